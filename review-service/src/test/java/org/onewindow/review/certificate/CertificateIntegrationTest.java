package org.onewindow.review.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.review.ReviewServiceApplication;
import org.onewindow.review.ReviewTestEvents;
import org.onewindow.review.signing.Sm2Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certificates in public (issue 13, point 3): a number alone tells only its standing, its content
 * takes the printed code and masks a natural person's name, only the bureau's trusted keys make a
 * signature count, and an expired certificate is not valid. Every tampering here is on a certificate
 * that is not revoked.
 */
@SpringBootTest(classes = ReviewServiceApplication.class)
@AutoConfigureMockMvc
class CertificateIntegrationTest {

    static final AtomicInteger CASES = new AtomicInteger();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "review_certificates_test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Certificates certificates;

    @Autowired
    VerificationCodes codes;

    @Autowired
    Sm2Keys keys;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    CertificateContent issue(String holder, String holderType) {
        return certificates
                .issue(
                        "CASE-CERT-" + CASES.incrementAndGet() + "-" + System.nanoTime(),
                        ReviewTestEvents.ITEM,
                        "广播电视节目制作经营许可",
                        holder,
                        holderType,
                        "LEGAL_PERSON".equals(holderType) ? "91530100MA6K000017" : "530102********0033",
                        "符合条件",
                        List.of("radio-tv", "publishing"))
                .orElseThrow();
    }

    static String url(CertificateContent c) {
        return "/api/review/certificates/" + c.certificateNo();
    }

    @Test
    void aNumberAloneTellsItsStandingAndNothingAboutTheHolder() throws Exception {
        var issued = issue("张三", "NATURAL_PERSON");

        var body = mvc.perform(get(url(issued)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.content").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("张").doesNotContain(issued.caseNo());
        mvc.perform(get("/api/review/certificates/" + issued.certificateNo().replace(".1.", ".2.")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePrintedCodeOpensTheContentWithANaturalPersonsNameMasked() throws Exception {
        var person = issue("欧阳娜娜", "NATURAL_PERSON");
        var unit = issue("示例影视文化有限公司", "LEGAL_PERSON");

        mvc.perform(get(url(person)).param("code", codes.of(person.certificateNo())))
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.content.holder").value("欧阳**"))
                .andExpect(jsonPath("$.content.itemName").value("广播电视节目制作经营许可"))
                .andExpect(jsonPath("$.signature").doesNotExist());
        mvc.perform(get(url(unit)).param("code", codes.of(unit.certificateNo())))
                .andExpect(jsonPath("$.content.holder").value("示例影视文化有限公司"));
        mvc.perform(get(url(person)).param("code", codes.of(unit.certificateNo())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.content").doesNotExist());
    }

    @Test
    void contentAlteredInTheDatabaseDoesNotVerifyThoughNotRevoked() throws Exception {
        var issued = issue("示例影视文化有限公司", "LEGAL_PERSON");
        mvc.perform(get(url(issued) + "/verify")).andExpect(jsonPath("$.valid").value(true));

        jdbc.sql("update certificate set content = replace(content, :holder, '冒名顶替有限公司') where certificate_no = :no")
                .param("holder", issued.holder())
                .param("no", issued.certificateNo())
                .update();

        mvc.perform(get(url(issued) + "/verify"))
                .andExpect(jsonPath("$.revoked").value(false))
                .andExpect(jsonPath("$.signatureValid").value(false))
                .andExpect(jsonPath("$.valid").value(false));
        mvc.perform(get(url(issued))).andExpect(jsonPath("$.status").value("INVALID"));
    }

    @Test
    void alteredContentPresentedDoesNotVerifyThoughNotRevoked() throws Exception {
        var issued = issue("示例影视文化有限公司", "LEGAL_PERSON");
        var whole = certificates.ofCase(issued.caseNo()).orElseThrow();
        var presented = "{\"content\": " + json.writeValueAsString(whole.content()) + ", \"signature\": \""
                + whole.signature() + "\"}";
        mvc.perform(post("/api/review/certificates/verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(presented))
                .andExpect(jsonPath("$.valid").value(true));

        mvc.perform(post("/api/review/certificates/verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(presented.replace(issued.validUntil().toString(), "2099-12-31")))
                .andExpect(jsonPath("$.revoked").value(false))
                .andExpect(jsonPath("$.signatureValid").value(false))
                .andExpect(jsonPath("$.valid").value(false));
    }

    @Test
    void contentResignedWithAKeyStoredInItsOwnRowIsNotTrusted() throws Exception {
        var issued = issue("示例影视文化有限公司", "LEGAL_PERSON");
        var intruder = new Sm2Keys("", Files.createTempDirectory("keys").resolve("intruder.key"));
        var forged = json.writeValueAsString(new CertificateContent(
                issued.certificateNo(),
                issued.caseNo(),
                "冒名顶替有限公司",
                issued.itemCode(),
                issued.itemName(),
                issued.issuingBody(),
                issued.issuerCode(),
                issued.issuedOn(),
                LocalDate.of(2099, 12, 31),
                issued.decision(),
                issued.reviewedBy(),
                issued.faceData()));

        jdbc.sql("update certificate set content = :content, signature = :signature, public_key = :key"
                        + " where certificate_no = :no")
                .param("content", forged)
                .param("signature", intruder.sign(forged.getBytes(StandardCharsets.UTF_8)))
                .param("key", intruder.publicKeyHex())
                .param("no", issued.certificateNo())
                .update();

        mvc.perform(get(url(issued) + "/verify"))
                .andExpect(jsonPath("$.signatureValid").value(false))
                .andExpect(jsonPath("$.valid").value(false));
    }

    @Test
    void anExpiredCertificateDoesNotVerifyAsValid() throws Exception {
        var today = LocalDate.now(clock);
        var expired = new CertificateContent(
                CertificateNumbers.of("XK00031000", "11530000MB00000012", 90_000_000 + CASES.incrementAndGet(), 1),
                "CASE-EXPIRED-" + System.nanoTime(),
                "示例影视文化有限公司",
                ReviewTestEvents.ITEM,
                "广播电视节目制作经营许可",
                "示例省新闻出版广电局（示例数据）",
                "11530000MB00000012",
                today.minusYears(3).minusDays(1),
                today.minusDays(1),
                "符合条件",
                List.of("radio-tv"),
                null); // issued before certificate types: no face data, and it still verifies
        var text = json.writeValueAsString(expired);
        var signature = keys.sign(text.getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                        insert into certificate (certificate_no, case_no, content, signature, algorithm, public_key,
                                                 holder_type, issued_at)
                        values (:no, :caseNo, :content, :signature, 'SM2-SM3', :key, 'LEGAL_PERSON', :at)
                        """)
                .param("no", expired.certificateNo())
                .param("caseNo", expired.caseNo())
                .param("content", text)
                .param("signature", signature)
                .param("key", keys.publicKeyHex())
                .param("at", OffsetDateTime.now(clock).minusYears(3))
                .update();

        mvc.perform(get(url(expired) + "/verify"))
                .andExpect(jsonPath("$.signatureValid").value(true))
                .andExpect(jsonPath("$.expired").value(true))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.reason").value(CertificateStatus.EXPIRED.reason()));
        mvc.perform(get(url(expired))).andExpect(jsonPath("$.status").value("EXPIRED"));
        mvc.perform(post("/api/review/certificates/verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\": " + text + ", \"signature\": \"" + signature + "\"}"))
                .andExpect(jsonPath("$.signatureValid").value(true))
                .andExpect(jsonPath("$.expired").value(true))
                .andExpect(jsonPath("$.valid").value(false));
    }

    @Test
    void theDirectoryIsPublicAndACertificatesFaceFollowsItsType() throws Exception {
        mvc.perform(get("/api/review/certificate-types"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'GBJMZZ')].itemCodes[0]").value("XK00031000"))
                .andExpect(jsonPath("$[?(@.code == 'CBWJYXK')].resourceCode").value("11530000MB00000012/00001"));
        mvc.perform(get("/api/review/certificate-types/GBJMZZ"))
                .andExpect(jsonPath("$.name").value("广播电视节目制作经营许可证"))
                .andExpect(jsonPath("$.faceItems[1].field").value("holder"))
                .andExpect(jsonPath("$.faceItems[1].label").value("机构名称"));
        mvc.perform(get("/api/review/certificate-types/NONE")).andExpect(status().isNotFound());

        var unit = issue("示例影视文化有限公司", "LEGAL_PERSON");
        assertThat(unit.certificateNo()).startsWith("1.2.156.3005.2.GBJMZZ.");
        assertThat(unit.faceData())
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("certificateNo", unit.certificateNo()),
                        org.assertj.core.api.Assertions.entry("holder", "示例影视文化有限公司"),
                        org.assertj.core.api.Assertions.entry("holderCode", "91530100MA6K000017"),
                        org.assertj.core.api.Assertions.entry("itemName", "广播电视节目制作经营许可"),
                        org.assertj.core.api.Assertions.entry("issuingBody", unit.issuingBody()),
                        org.assertj.core.api.Assertions.entry(
                                "issuedOn", unit.issuedOn().toString()),
                        org.assertj.core.api.Assertions.entry(
                                "validUntil", unit.validUntil().toString()));
        var person = issue("欧阳娜娜", "NATURAL_PERSON");
        mvc.perform(get(url(person)).param("code", codes.of(person.certificateNo())))
                .andExpect(jsonPath("$.content.faceData.holder").value("欧阳**"))
                .andExpect(jsonPath("$.content.faceData.holderCode").value("530102********0033"));
        var whole = certificates.ofCase(person.caseNo()).orElseThrow();
        mvc.perform(post("/api/review/certificates/verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\": " + json.writeValueAsString(whole.content()) + ", \"signature\": \""
                                + whole.signature() + "\"}"))
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void anItemNoRegisteredTypeNamesIssuesNoCertificate() {
        var none = certificates.issue(
                "CASE-CERT-NONE-" + System.nanoTime(),
                "11530000MB00000012GG00001000001",
                "出版物经营许可信息查询",
                "示例公司",
                "LEGAL_PERSON",
                "91530100MA6K000017",
                "符合条件",
                List.of("publishing"));
        assertThat(none).isEmpty();
    }
}
