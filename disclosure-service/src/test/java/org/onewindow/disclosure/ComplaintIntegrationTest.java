package org.onewindow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Complaints from anyone, answered by supervisors, published to the correction column; notices. */
@SpringBootTest(classes = DisclosureServiceApplication.class)
@AutoConfigureMockMvc
class ComplaintIntegrationTest {

    static final String SCRIPT = "<script>alert('x')</script><b>窗口</b>";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "disclosure_complaints_test");
        registry.add("onewindow.disclosure.consumer-group", () -> "disclosure-complaints-test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    long complaints() {
        return jdbc.sql("select count(*) from complaint").query(Long.class).single();
    }

    @Test
    void aComplaintIsFiledQueriedAnsweredAndPublished() throws Exception {
        var filed = mvc.perform(post("/api/disclosure/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "COMPLAINT", "subject": "窗口办理拖延%s", "department": "publishing",
                                 "content": "我于三月办理，身份证530102199003071238，至今未答复。%s",
                                 "contact": {"name": "张三丰", "phone": "13800001234"}}
                                """.formatted(SCRIPT, SCRIPT)))
                .andExpect(status().isCreated())
                .andExpect(
                        header().string("Location", org.hamcrest.Matchers.startsWith("/api/disclosure/complaints/TS")))
                .andReturn();
        var body = json.readTree(filed.getResponse().getContentAsString(StandardCharsets.UTF_8));
        var ticket = body.get("ticket").asString();
        var code = body.get("queryCode").asString();
        assertThat(code).hasSize(12);
        assertThat(jdbc.sql("select query_code_hash from complaint where ticket = :t")
                        .param("t", ticket)
                        .query(String.class)
                        .single())
                .as("only a hash is stored")
                .doesNotContain(code);

        // the filer follows it with the code; the text comes back exactly as written, as JSON
        var status = mvc.perform(get("/api/disclosure/complaints/" + ticket).param("code", code.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", "private, no-store"))
                .andExpect(jsonPath("$.subject").value("窗口办理拖延" + SCRIPT))
                .andExpect(jsonPath("$.answered").value(false))
                .andExpect(jsonPath("$.overdue").value(false))
                .andReturn();
        // spelt with an encoded letter it is the same complaint, and no shared cache may keep it
        mvc.perform(get(java.net.URI.create("/api/disclosure/%63omplaints/" + ticket + "?code=" + code)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "private, no-store"));
        assertThat(status.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("13800001234", "contact");

        // a wrong code and an unknown ticket get the same answer
        var wrong = mvc.perform(get("/api/disclosure/complaints/" + ticket).param("code", "AAAAAAAAAAAA"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var unknown = mvc.perform(
                        get("/api/disclosure/complaints/TS20990101999999").param("code", code))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(wrong).get("detail"))
                .isEqualTo(json.readTree(unknown).get("detail"));
        assertThat(json.readTree(wrong).get("type"))
                .isEqualTo(json.readTree(unknown).get("type"));

        // only a supervisor answers, and only once
        var answer = """
                {"answer": "经核查属实，已督促整改；来电13800001234已回复。", "publish": true}
                """;
        var path = "/api/disclosure/complaints/" + ticket + "/answer";
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(answer))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(path)
                        .with(Tokens.staff("clerk", "clerk", "service-hall"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(answer))
                .andExpect(status().isForbidden());
        var supervisor = Tokens.staff("supervisor", "supervisor", "bureau");
        mvc.perform(post(path)
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(answer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answered").value(true))
                .andExpect(jsonPath("$.published").value(true));
        mvc.perform(post(path)
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(answer))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/disclosure/complaints/TS20990101999999/answer")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(answer))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/disclosure/complaints/" + ticket).param("code", code))
                .andExpect(jsonPath("$.answer").value("经核查属实，已督促整改；来电13800001234已回复。"));

        // the correction column shows subject and answer, numbers masked, never the complaint's text
        var column = mvc.perform(get("/api/disclosure/corrections").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=30"))
                .andExpect(jsonPath("$[?(@.ticket == '" + ticket + "')].answer")
                        .value(hasItems("经核查属实，已督促整改；来电138****1234已回复。")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(column).doesNotContain("530102199003071238", "张三丰", "13800001234", "我于三月办理");
    }

    @Test
    void aCodeHashedTheOldWayStillOpensItsComplaintAndIsThenKeptAsAnHmac() throws Exception {
        var filed = mvc.perform(post("/api/disclosure/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "REPORT", "subject": "旧查询码", "content": "升级前提交的投诉"}
                                """))
                .andExpect(status().isCreated())
                .andReturn();
        var body = json.readTree(filed.getResponse().getContentAsString(StandardCharsets.UTF_8));
        var ticket = body.get("ticket").asString();
        var code = body.get("queryCode").asString();
        assertThat(storedHash(ticket)).startsWith("hmac-sha256$");
        // as a complaint filed before the HMAC was stored
        var old = new org.springframework.security.crypto.password.Pbkdf2PasswordEncoder(
                        "",
                        16,
                        20_000,
                        org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm
                                .PBKDF2WithHmacSHA256)
                .encode(code);
        jdbc.sql("update complaint set query_code_hash = :hash where ticket = :ticket")
                .param("hash", old)
                .param("ticket", ticket)
                .update();

        mvc.perform(get("/api/disclosure/complaints/" + ticket).param("code", "AAAAAAAAAAAA"))
                .andExpect(status().isNotFound());
        assertThat(storedHash(ticket)).isEqualTo(old);
        mvc.perform(get("/api/disclosure/complaints/" + ticket).param("code", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("旧查询码"));
        assertThat(storedHash(ticket)).startsWith("hmac-sha256$").doesNotContain(code);
        mvc.perform(get("/api/disclosure/complaints/" + ticket).param("code", code))
                .andExpect(status().isOk());
    }

    @Test
    void everyListRefusesPagesThatMakeNoSenseNamingTheField() throws Exception {
        var supervisor = Tokens.staff("supervisor", "supervisor", "bureau");
        for (var list : new String[] {
            "/api/disclosure/items",
            "/api/disclosure/results",
            "/api/disclosure/evaluations",
            "/api/disclosure/corrections",
            "/api/disclosure/notices",
            "/api/disclosure/complaints"
        }) {
            for (var bad : new String[][] {{"page", "-1"}, {"size", "0"}, {"size", "10000"}}) {
                mvc.perform(get(list).param(bad[0], bad[1]).with(supervisor))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.type").value("urn:onewindow:problem:validation"))
                        .andExpect(jsonPath("$.errors[0].field").value(bad[0]));
            }
            mvc.perform(get(list).param("page", "0").param("size", "100").with(supervisor))
                    .andExpect(status().isOk());
        }
    }

    String storedHash(String ticket) {
        return jdbc.sql("select query_code_hash from complaint where ticket = :t")
                .param("t", ticket)
                .query(String.class)
                .single();
    }

    @Test
    void everyProblemOfABadComplaintIsReportedAndNothingIsWritten() throws Exception {
        long before = complaints();
        mvc.perform(post("/api/disclosure/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "COMPLAINT", "subject": "", "content": "%s", "caseNo": "x",
                                 "contact": {"phone": "12345"}}
                                """.formatted("长".repeat(2001))))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(
                        jsonPath("$.errors[*].field").value(hasItems("subject", "content", "caseNo", "contact.phone")));
        mvc.perform(post("/api/disclosure/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"COMPLAINT\", \"subject\": \"x\", \"content\": "))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/disclosure/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"PRAISE\", \"subject\": \"x\", \"content\": \"y\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/disclosure/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"COMPLAINT\", \"subject\": \"x\", \"content\": \"y\", \"admin\": true}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/disclosure/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"COMPLAINT\", \"subject\": \"x\", \"content\": \"" + "长".repeat(600_000)
                                + "\"}"))
                .andExpect(status().isPayloadTooLarge());
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void supervisorsSeeTheirWorklistWithLateComplaintsFlagged() throws Exception {
        var filed = json.readTree(mvc.perform(post("/api/disclosure/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"REPORT\", \"subject\": \"无证经营\", \"content\": \"某书店无证销售出版物\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        var ticket = filed.get("ticket").asString();
        // as if filed a month ago
        jdbc.sql("update complaint set filed_at = :at where ticket = :t")
                .param("at", OffsetDateTime.now().minusDays(30))
                .param("t", ticket)
                .update();
        mvc.perform(get("/api/disclosure/complaints")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/disclosure/complaints").with(Tokens.user("applicant", "applicant")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/disclosure/complaints")
                        .param("size", "100")
                        .with(Tokens.staff("supervisor", "supervisor", "bureau")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "private, no-store"))
                .andExpect(jsonPath("$[?(@.complaint.ticket == '" + ticket + "')].complaint.overdue")
                        .value(hasItems(true)));
    }

    @Test
    void supervisorsPublishNoticesAndEveryoneReadsThem() throws Exception {
        var notice = """
                {"kind": "POLICY", "title": "关于优化出版物经营许可办理流程的通知", "documentNo": "示例〔2026〕1号",
                 "body": "%s 即日起，出版物零售单位设立审批承诺时限压缩至5个工作日。"}
                """.formatted(SCRIPT);
        mvc.perform(post("/api/disclosure/notices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(notice))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/disclosure/notices")
                        .with(Tokens.staff("clerk", "clerk", "service-hall"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(notice))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/disclosure/notices")
                        .with(Tokens.staff("supervisor", "supervisor", "bureau"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"POLICY\", \"title\": \"\", \"body\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("title", "body")));
        var created = json.readTree(mvc.perform(post("/api/disclosure/notices")
                        .with(Tokens.staff("supervisor", "supervisor", "bureau"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(notice))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        var number = created.get("number").asString();
        mvc.perform(get("/api/disclosure/notices").param("kind", "POLICY"))
                .andExpect(jsonPath("$[0].number").value(number))
                .andExpect(jsonPath("$[0].body").doesNotExist());
        mvc.perform(get("/api/disclosure/notices/" + number))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value(org.hamcrest.Matchers.startsWith(SCRIPT)));
        mvc.perform(get("/api/disclosure/notices/1999-00001")).andExpect(status().isNotFound());
    }
}
