package org.onewindow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onewindow.application.item.ItemVersions;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Draft → form → materials → pre-review → submit, on the real PostgreSQL and Kafka, with
 * catalog-service down: the item version comes from its ItemPublished event alone.
 */
@SpringBootTest(classes = ApplicationServiceApplication.class)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationFlowIntegrationTest {

    static final String CODE = "11530000MB00000012XK00012000701";
    static final RequestPostProcessor APPLICANT = ApplicationTestSupport.applicant("applicant-1");
    static final RequestPostProcessor STRANGER =
            Tokens.applicant("applicant-2", "530102198805120033", "张三", "13700137000");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "application_flow_test");
        registry.add("onewindow.catalog.uri", () -> "http://127.0.0.1:9"); // catalog-service is down
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ItemVersions itemVersions;

    @BeforeAll
    void publishTheItem() throws Exception {
        publishAndAwaitTheCopy(CODE);
    }

    /** Publishes version 1 of an item and waits until application-service holds it as current. */
    void publishAndAwaitTheCopy(String code) throws Exception {
        ApplicationTestSupport.publish(kafka, code, 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from item_current where code = :code")
                                .param("code", code)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    UUID draft(RequestPostProcessor who) throws Exception {
        var body = mvc.perform(post("/api/applications")
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ApplicationTestSupport.newApplication(CODE)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(EventJson.mapper().readTree(body).get("id").asString());
    }

    void upload(UUID id, String materialId, String name, String type, byte[] content, int expected) throws Exception {
        mvc.perform(multipart("/api/applications/" + id + "/materials/" + materialId)
                        .file(new MockMultipartFile("file", name, type, content))
                        .with(APPLICANT))
                .andExpect(status().is(expected));
    }

    @Test
    void draftPreReviewFixAndSubmitOnceDespiteARetry() throws Exception {
        var id = draft(APPLICANT);
        mvc.perform(get("/api/applications/" + id).with(APPLICANT))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.channel").value("ONLINE"))
                .andExpect(jsonPath("$.itemVersion").value(1))
                .andExpect(jsonPath("$.applicant.idNumber").value("530102********1238"));
        mvc.perform(get("/api/applications/" + id).with(STRANGER)).andExpect(status().isNotFound());

        mvc.perform(
                        put("/api/applications/" + id + "/form")
                                .with(APPLICANT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"unitName\": \"新华书店示例分店\", \"premisesOwnership\": \"LEASED\", \"areaSquareMeters\": -3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems[*].code").value(hasItems("FORM_FIELD_REQUIRED", "FORM_FIELD_INVALID")));
        // premises-proof takes PDF and JPEG: a PNG is refused at upload, not first at pre-review
        upload(id, "premises-proof", "场所证明.png", "image/png", ApplicationTestSupport.png(), 415);

        mvc.perform(post("/api/applications/" + id + "/pre-review").with(APPLICANT))
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.problems[*].code")
                        .value(hasItems("MATERIAL_MISSING", "FORM_FIELD_REQUIRED", "FORM_FIELD_INVALID")))
                .andExpect(jsonPath("$.problems[*].materialId").value(hasItems("application-form")))
                // the lease contract and the premises proof (its PNG was refused) may follow after
                // acceptance with gaps (容缺): told, not blocking
                .andExpect(jsonPath("$.notices[*].code").value(hasItems("MATERIAL_MAY_FOLLOW")))
                .andExpect(jsonPath("$.notices[*].materialId").value(hasItems("lease-contract", "premises-proof")))
                .andExpect(jsonPath("$.problems[*].field").value(hasItems("address", "areaSquareMeters")));
        mvc.perform(post("/api/applications/" + id + "/submit")
                        .with(APPLICANT)
                        .header("Idempotency-Key", "first-try-0001"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:pre-review-failed"));

        mvc.perform(put("/api/applications/" + id + "/form")
                        .with(APPLICANT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ApplicationTestSupport.COMPLETE_FORM))
                .andExpect(jsonPath("$.problems").isEmpty());
        upload(id, "application-form", "申请书.pdf", "application/pdf", ApplicationTestSupport.pdf("application"), 200);
        upload(id, "business-license", "营业执照.pdf", "application/pdf", ApplicationTestSupport.pdf("license"), 200);
        upload(id, "premises-proof", "场所证明.pdf", "application/pdf", ApplicationTestSupport.pdf("premises"), 200);
        mvc.perform(post("/api/applications/" + id + "/pre-review").with(APPLICANT))
                .andExpect(jsonPath("$.passed").value(true));

        var key = "submit-" + id;
        var first = submit(id, key, 200);
        var second = submit(id, key, 200);
        assertThat(second.get("caseNo")).isEqualTo(first.get("caseNo"));
        var caseNo = first.get("caseNo").asString();
        assertThat(caseNo).matches(CODE + "\\d{8}\\d{4}");
        mvc.perform(post("/api/applications/" + id + "/submit")
                        .with(APPLICANT)
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"other\": true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:idempotency-key-reused"));
        mvc.perform(post("/api/applications/" + id + "/submit").with(APPLICANT)).andExpect(status().isConflict());

        var submitted = InfrastructureSupport.readUntil(
                        Topics.APPLICATION,
                        Duration.ofSeconds(30),
                        seen -> seen.stream().anyMatch(r -> caseNo.equals(r.key())))
                .stream()
                .filter(r -> caseNo.equals(r.key()))
                .toList();
        assertThat(submitted).hasSize(1);
        var event = EventJson.read(submitted.get(0).value());
        assertThat(event.type()).isEqualTo("ApplicationSubmitted");
        assertThat(event.payload().get("channel").asString()).isEqualTo("ONLINE");
        assertThat(event.payload().get("itemVersion").asInt()).isEqualTo(1);
        // the event says what review needs and nothing personal: no form, no files, no numbers in full
        assertThat(event.payload().has("materials")).isFalse();
        assertThat(event.payload().has("form")).isFalse();

        mvc.perform(get("/api/applications/" + id).with(APPLICANT))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.timeline[*].action")
                        .value(hasItems("DRAFT_CREATED", "MATERIAL_UPLOADED", "SUBMITTED")));
        mvc.perform(get("/api/applications/by-case/" + caseNo).with(STRANGER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/applications/by-case/" + caseNo)
                        .with(Tokens.staff("reviewer-pub", "reviewer", "publishing")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/applications/by-case/" + caseNo)
                        .with(Tokens.staff("reviewer-rtv", "reviewer", "radio-tv")))
                .andExpect(status().isNotFound());
    }

    @Test
    void identityAndPhoneNumbersAreEncryptedAtRest() throws Exception {
        var id = draft(APPLICANT);
        var row = jdbc.sql("select applicant_id_enc || ' ' || applicant_phone_enc from application where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(row)
                .matches("v2:\\S+ v2:\\S+")
                .doesNotContain(ApplicationTestSupport.APPLICANT_ID)
                .doesNotContain(ApplicationTestSupport.APPLICANT_PHONE);
    }

    MockHttpServletRequestBuilder file(RequestPostProcessor who, String applicant) {
        return post("/api/applications")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"itemCode\": \"" + CODE + "\", \"applicant\": " + applicant + "}");
    }

    long applicationsOf(String owner) {
        return jdbc.sql("select count(*) from application where owner_subject = :owner")
                .param("owner", owner)
                .query(Long.class)
                .single();
    }

    @Test
    void anOnlineApplicantWhoGivesNoIdentityFilesInTheNameHerTokenVerified() throws Exception {
        mvc.perform(file(APPLICANT, "{\"type\": \"NATURAL_PERSON\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicant.name").value(ApplicationTestSupport.APPLICANT_NAME))
                .andExpect(jsonPath("$.applicant.idNumber").value("530102********1238"))
                .andExpect(jsonPath("$.applicant.phone").value("138****8000"))
                .andExpect(jsonPath("$.agent").doesNotExist());
    }

    @Test
    void anOnlineApplicantGivingAnotherPersonsIdentityNumberIsRefusedAndToldWhy() throws Exception {
        var before = applicationsOf("applicant-1");
        mvc.perform(file(
                        APPLICANT,
                        "{\"type\": \"NATURAL_PERSON\", \"name\": \"张三\", \"idNumber\": \"530102198805120033\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:not-own-identity"))
                .andExpect(jsonPath("$.detail")
                        .value("an online applicant files in their own name; to file for someone else, go to the"
                                + " service hall"));
        assertThat(applicationsOf("applicant-1")).isEqualTo(before);
    }

    @Test
    void anAccountWithoutAVerifiedIdentityCannotFileOnline() throws Exception {
        mvc.perform(post("/api/applications")
                        .with(Tokens.user("applicant-unverified", "applicant"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ApplicationTestSupport.newApplication(CODE)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:no-verified-identity"))
                .andExpect(jsonPath("$.detail").value(containsString("no verified identity")));
        assertThat(applicationsOf("applicant-unverified")).isZero();
    }

    @Test
    void aLegalPersonsOnlineFilingRecordsTheUnitAndTheSignedInPersonAsAgent() throws Exception {
        var body = mvc.perform(file(
                        APPLICANT,
                        "{\"type\": \"LEGAL_PERSON\", \"name\": \"示例图书批发有限公司\","
                                + " \"idNumber\": \"91350100M000100Y43\", \"phone\": \"13800000000\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicant.type").value("LEGAL_PERSON"))
                .andExpect(jsonPath("$.applicant.name").value("示例图书批发有限公司"))
                .andExpect(jsonPath("$.agent.name").value(ApplicationTestSupport.APPLICANT_NAME))
                .andExpect(jsonPath("$.agent.idNumber").value("530102********1238"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var id = UUID.fromString(EventJson.mapper().readTree(body).get("id").asString());
        var row = jdbc.sql("select applicant_id_enc, agent_name, agent_id_enc from application where id = :id")
                .param("id", id)
                .query((rs, n) -> List.of(
                        rs.getString("applicant_id_enc"), rs.getString("agent_name"), rs.getString("agent_id_enc")))
                .single();
        assertThat(row.get(1)).isEqualTo(ApplicationTestSupport.APPLICANT_NAME);
        assertThat(row.get(2)).startsWith("v2:").doesNotContain(ApplicationTestSupport.APPLICANT_ID);
        assertThat(row.get(0)).startsWith("v2:").doesNotContain("91350100M000100Y43");
    }

    @Test
    void anIdentityNumberCopiedIntoAnotherApplicationIsAnErrorNeverTheOtherPersonsNumber() throws Exception {
        var clerk = Tokens.staff("clerk", "clerk", "service-hall");
        var zhangSan = idOf(mvc.perform(file(
                        clerk,
                        "{\"type\": \"NATURAL_PERSON\", \"name\": \"张三\", \"idNumber\": \"530102198805120033\"}"))
                .andExpect(status().isCreated()));
        var liSi = idOf(mvc.perform(file(
                        clerk,
                        "{\"type\": \"NATURAL_PERSON\", \"name\": \"李四\", \"idNumber\": \"530102199003071238\"}"))
                .andExpect(status().isCreated()));
        jdbc.sql("update application set applicant_id_enc = (select applicant_id_enc from application where id = :from)"
                        + " where id = :to")
                .param("from", zhangSan)
                .param("to", liSi)
                .update();
        mvc.perform(get("/api/applications/" + liSi).with(clerk))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(not(containsString("0033"))));
    }

    static UUID idOf(org.springframework.test.web.servlet.ResultActions created) throws Exception {
        var body = created.andReturn().getResponse().getContentAsString();
        return UUID.fromString(EventJson.mapper().readTree(body).get("id").asString());
    }

    @Test
    void clerksAndTheProvincialPlatformStillFileForAnyone() throws Exception {
        var zhangSan = "{\"type\": \"NATURAL_PERSON\", \"name\": \"张三\", \"idNumber\": \"530102198805120033\","
                + " \"phone\": \"13700137000\"}";
        mvc.perform(file(Tokens.staff("clerk", "clerk", "service-hall"), zhangSan))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("WINDOW"))
                .andExpect(jsonPath("$.applicant.name").value("张三"))
                .andExpect(jsonPath("$.applicant.idNumber").value("530102********0033"))
                .andExpect(jsonPath("$.agent").doesNotExist());
        mvc.perform(file(Tokens.user("service-account-provincial-platform", "provincial-platform"), zhangSan))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("PROVINCIAL"))
                .andExpect(jsonPath("$.applicant.idNumber").value("530102********0033"));
    }

    @Test
    void badFilesAreRefusedAndNothingIsStored() throws Exception {
        var id = draft(APPLICANT);
        upload(id, "application-form", "申请书.pdf", "application/pdf", ApplicationTestSupport.png(), 415);
        upload(id, "application-form", "../../etc/申请书.pdf", "application/pdf", ApplicationTestSupport.pdf("x"), 400);
        upload(id, "application-form", "big.pdf", "application/pdf", new byte[5121 * 1024], 413);
        upload(id, "no-such-material", "a.pdf", "application/pdf", ApplicationTestSupport.pdf("x"), 404);
        // a true PNG, honestly named, for a material that takes PDF only
        mvc.perform(multipart("/api/applications/" + id + "/materials/application-form")
                        .file(new MockMultipartFile("file", "申请书.png", "image/png", ApplicationTestSupport.png()))
                        .with(APPLICANT))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:file-type-not-accepted"))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/applications/" + id + "/materials/application-form")
                        .file(new MockMultipartFile(
                                "file", "a.pdf", "application/pdf", ApplicationTestSupport.pdf("x")))
                        .with(STRANGER))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from application_material where application_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void unknownItemsAndBadIdentitiesAreAllReportedAtOnce() throws Exception {
        // at the counter, where the clerk types what the applicant's papers say
        mvc.perform(
                        post("/api/applications")
                                .with(Tokens.staff("clerk", "clerk", "service-hall"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"itemCode\": \"11530000MB00000012XK99999000001\", \"applicant\": {\"type\": \"NATURAL_PERSON\","
                                                + " \"name\": \"\", \"idNumber\": \"530102199003071239\", \"phone\": \"123\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code")
                        .value(hasItems("unknown-item", "invalid-id-number", "required", "pattern")));
        mvc.perform(post("/api/applications")
                        .with(APPLICANT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:malformed-request"));
    }

    @Test
    void aRetiredItemTakesNoNewDrafts() throws Exception {
        var retired = "11530000MB00000012XK00012000703";
        ApplicationTestSupport.publish(kafka, retired, 1);
        var now = java.time.OffsetDateTime.now();
        var envelope = org.onewindow.contracts.EventEnvelope.of(
                org.onewindow.contracts.EventTypes.ITEM_RETIRED,
                retired,
                new org.onewindow.contracts.catalog.ItemRetired(retired, 1, now, "merged into another item"),
                now);
        kafka.send(Topics.CATALOG_ITEM, retired, EventJson.write(envelope)).get();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from item_current where code = :code and retired")
                                .param("code", retired)
                                .query(Long.class)
                                .single()
                        == 1);
        mvc.perform(post("/api/applications")
                        .with(APPLICANT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ApplicationTestSupport.newApplication(retired)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("item-retired"));
        assertThat(jdbc.sql("select count(*) from application where item_code = :code")
                        .param("code", retired)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aClerkFilesAtTheCounterForAnApplicantWhoIsPresent() throws Exception {
        var id = draft(Tokens.staff("clerk", "clerk", "service-hall"));
        mvc.perform(get("/api/applications/" + id).with(Tokens.staff("clerk", "clerk", "service-hall")))
                .andExpect(jsonPath("$.channel").value("WINDOW"))
                .andExpect(jsonPath("$.timeline[0].actorRole").value("clerk"));
        mvc.perform(get("/api/applications/" + id).with(APPLICANT)).andExpect(status().isNotFound());
    }

    @Test
    void aVersionReadOnceIsServedFromMemoryEvenWhenItsCopyIsGone() throws Exception {
        var code = "11530000MB00000012XK00012000702";
        publishAndAwaitTheCopy(code);
        assertThat(itemVersions.version(code, 1)).isPresent();

        jdbc.sql("delete from item_current where code = :code")
                .param("code", code)
                .update();
        jdbc.sql("delete from item_copy where code = :code").param("code", code).update();

        // catalog-service is down and the copy gone: only the memory can answer
        assertThat(itemVersions.version(code, 1))
                .hasValueSatisfying(v -> assertThat(v.guide().code()).isEqualTo(code));
        assertThat(itemVersions.version(code, 2)).isEmpty();
    }

    @Test
    void withdrawBeforeADecisionOnly() throws Exception {
        var id = draft(APPLICANT);
        mvc.perform(post("/api/applications/" + id + "/withdraw").with(APPLICANT))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/applications/" + id + "/withdraw").with(APPLICANT))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/applications/" + id).with(APPLICANT))
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
    }

    @Test
    void theTenThousandthCaseOfAnItemInADayIsRefusedPlainlyAndTheApplicationKept() throws Exception {
        var id = ApplicationTestSupport.completedDraft(mvc, APPLICANT, CODE);
        var day = LocalDate.now(clock);
        var sequence = "select last_value from case_sequence where item_code = :code and day = :day";
        var before = jdbc.sql(sequence)
                .param("code", CODE)
                .param("day", day)
                .query(Integer.class)
                .optional();
        jdbc.sql("insert into case_sequence (item_code, day, last_value) values (:code, :day, 9999)"
                        + " on conflict (item_code, day) do update set last_value = 9999")
                .param("code", CODE)
                .param("day", day)
                .update();
        try {
            mvc.perform(post("/api/applications/" + id + "/submit").with(APPLICANT))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(containsString("9999 case numbers")));
            mvc.perform(get("/api/applications/" + id).with(APPLICANT))
                    .andExpect(jsonPath("$.status").value("DRAFT"));
            assertThat(jdbc.sql(sequence)
                            .param("code", CODE)
                            .param("day", day)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(9999);
        } finally {
            jdbc.sql("update case_sequence set last_value = :value where item_code = :code and day = :day")
                    .param("value", before.orElse(0))
                    .param("code", CODE)
                    .param("day", day)
                    .update();
        }
    }

    private JsonNode submit(UUID id, String key, int expected) throws Exception {
        var body = mvc.perform(post("/api/applications/" + id + "/submit")
                        .with(APPLICANT)
                        .header("Idempotency-Key", key))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return EventJson.mapper().readTree(body);
    }
}
