package org.onewindow.review.sharing;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.codes.CreditCode;
import org.onewindow.platform.security.RealmRolesConverter;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.onewindow.review.ReviewServiceApplication;
import org.onewindow.review.certificate.Certificates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 18, the sharing API on real PostgreSQL, the directory stood in for: a unit's licences and
 * a certificate's face answered as the directory and the client's grant allow, every call logged,
 * refusals too, and the log read by supervisors only.
 */
@SpringBootTest(classes = ReviewServiceApplication.class)
@AutoConfigureMockMvc
class SharingIntegrationTest {

    static final String PUBLICATIONS = "11530000MB00000012/00001";
    static final String PRINTING = "11530000MB00000012/00002";
    static final String PROGRAMMES = "11530000MB00000012/00003";
    static final String UNIT = "91530100MA6K00001" + CreditCode.checkCharacter("91530100MA6K00001");
    static final String CLIENT = "sharing-it";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "review_sharing_test");
    }

    @Autowired
    MockMvc mvc;

    @MockitoSpyBean
    Certificates certificates;

    @MockitoBean
    DirectoryClient directory;

    String publicationLicence;

    @BeforeEach
    void aUnitHoldsThreeLicencesAndTheDirectorySharesTwoOnCondition() {
        when(directory.directory("sharing"))
                .thenReturn(new DirectoryClient.Directory(List.of(
                        listed(PUBLICATIONS, DirectoryEntry.Attribute.CONDITIONAL),
                        listed(PRINTING, DirectoryEntry.Attribute.CONDITIONAL),
                        listed(PROGRAMMES, DirectoryEntry.Attribute.UNCONDITIONAL))));
        publicationLicence = issue("11530000MB00000012XK00012000001", "出版物零售单位设立审批");
        issue("11530000MB00000012XK00021000001", "印刷经营许可证核发");
        issue("11530000MB00000012XK00031000001", "广播电视节目制作经营许可证核发");
    }

    static DirectoryClient.Listed listed(String code, DirectoryEntry.Attribute sharing) {
        return new DirectoryClient.Listed(code, new DirectoryClient.Resource("示例资源", sharing));
    }

    String issue(String item, String name) {
        return certificates
                .issue(
                        "CASE-SHARE-" + System.nanoTime(),
                        item,
                        name,
                        "示例文化传媒有限公司",
                        "LEGAL_PERSON",
                        UNIT,
                        "符合条件",
                        List.of("publishing"))
                .orElseThrow()
                .certificateNo();
    }

    /** The demo client's token: role sharing-client, granted the publication licences. */
    static RequestPostProcessor client() {
        return client(CLIENT);
    }

    static RequestPostProcessor client(String id) {
        return jwt().jwt(token -> token.subject("service-account-" + id)
                        .claim("azp", id)
                        .claim(SharingGrant.RESOURCES_CLAIM, PUBLICATIONS + " 11530000MB00000012/00004")
                        .claim(SharingGrant.PURPOSES_CLAIM, "licence-check inspection")
                        .claim("realm_access", Map.of("roles", List.of("sharing-client"))))
                .authorities(new RealmRolesConverter());
    }

    static MockHttpServletRequestBuilder licences(String... query) {
        var request = get("/api/sharing/licences").param("creditCode", UNIT);
        for (int i = 0; i < query.length; i += 2) {
            request.param(query[i], query[i + 1]);
        }
        return request.with(client());
    }

    @Test
    void aGrantedClientWithAPurposeGetsTheLicencesOfEveryResourceItMayReadAndIsToldWhichNot() throws Exception {
        mvc.perform(licences().header("X-Purpose", "licence-check%20%E5%AE%A1%E6%89%B9%E6%A0%B8%E9%AA%8C"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.licences[*].type", hasItem("CBWJYXK")))
                .andExpect(jsonPath("$.licences[*].type", hasItem("GBJMZZ")))
                .andExpect(jsonPath("$.licences[*].type", not(hasItem("YSJYXK"))))
                .andExpect(jsonPath("$.licences[?(@.number == '" + publicationLicence + "')].status")
                        .value("VALID"))
                .andExpect(jsonPath("$.withheld[*].resource", containsInAnyOrder(PRINTING)));
        // without a purpose, only what is shared unconditionally
        mvc.perform(licences())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.licences[*].type", not(hasItem("CBWJYXK"))))
                .andExpect(jsonPath("$.withheld[*].resource", containsInAnyOrder(PUBLICATIONS, PRINTING)));
    }

    @Test
    void aRefusedPurposeOrResourceIsA403AndLoggedAsRefused() throws Exception {
        mvc.perform(licences("resource", PUBLICATIONS))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:sharing-refused"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("X-Purpose")));
        mvc.perform(licences("resource", PRINTING).header("X-Purpose", "inspection"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not granted")));
        mvc.perform(get("/api/sharing/access-log")
                        .param("client", CLIENT)
                        .param("resource", PRINTING)
                        .with(Tokens.role("supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.entries[0].purpose").value("inspection"))
                .andExpect(jsonPath("$.entries[0].subject").value(UNIT));
        mvc.perform(get("/api/sharing/licences")
                        .param("creditCode", "91530100MA6K00001X")
                        .with(client()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"));
    }

    @Test
    void aCertificatesFaceIsAnsweredWithItsLabelsAndTheCallLogged() throws Exception {
        mvc.perform(get("/api/sharing/certificates/" + publicationLicence)
                        .header("X-Purpose", "licence-check 530102199003071238")
                        .with(client()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("CBWJYXK"))
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.face[?(@.field == 'holderCode')].value").value(UNIT))
                .andExpect(jsonPath("$.face[?(@.field == 'holder')].label").value("单位名称"));
        mvc.perform(get("/api/sharing/certificates/" + publicationLicence).with(client()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/sharing/certificates/" + neverIssued()).with(client()))
                .andExpect(status().isNotFound());
        // the log keeps the purpose, an identity number written into it masked
        mvc.perform(get("/api/sharing/access-log")
                        .param("client", CLIENT)
                        .param("resource", PUBLICATIONS)
                        .with(Tokens.role("supervisor")))
                .andExpect(jsonPath("$.entries[*].subject", hasItem(publicationLicence)))
                .andExpect(jsonPath("$.entries[*].purpose", hasItem("licence-check 530102********1238")));
    }

    @Test
    void onlySharingClientsCallTheApiOnlySupervisorsReadTheLogAndWithoutTheDirectoryNothingIsShared() throws Exception {
        mvc.perform(get("/api/sharing/licences").param("creditCode", UNIT).with(Tokens.role("applicant")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/sharing/licences").param("creditCode", UNIT)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/sharing/access-log").with(client())).andExpect(status().isForbidden());
        when(directory.directory("sharing")).thenThrow(new IllegalStateException("catalog away"));
        mvc.perform(licences().header("X-Purpose", "licence-check"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:directory-unavailable"));
    }

    /** A client of its own, so that its rows in the log are only the test's. */
    static String aClientOfItsOwn() {
        return CLIENT + "-" + System.nanoTime();
    }

    org.springframework.test.web.servlet.ResultActions logOf(String client) throws Exception {
        return mvc.perform(
                        get("/api/sharing/access-log").param("client", client).with(Tokens.role("supervisor")))
                .andExpect(status().isOk());
    }

    @Test
    void badInputIsA400ListingEveryProblemAndLeavesOneRow() throws Exception {
        var client = aClientOfItsOwn();
        mvc.perform(get("/api/sharing/licences")
                        .param("resource", "11530000MB00000012/00001-and-more")
                        .header("X-Purpose", "x".repeat(201))
                        .with(client(client)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("creditCode", "resource", "X-Purpose")));
        logOf(client)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].outcome").value("INVALID"))
                .andExpect(jsonPath("$.entries[0].reason").value(org.hamcrest.Matchers.containsString("creditCode")));
        var other = aClientOfItsOwn();
        mvc.perform(get("/api/sharing/certificates/" + "1".repeat(121)).with(client(other)))
                .andExpect(status().isBadRequest());
        logOf(other)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].outcome").value("INVALID"));
    }

    @Test
    void withoutTheDirectoryTheCallIsA503AndLeavesOneRow() throws Exception {
        var client = aClientOfItsOwn();
        when(directory.directory("sharing")).thenThrow(new IllegalStateException("catalog away"));
        mvc.perform(get("/api/sharing/licences").param("creditCode", UNIT).with(client(client)))
                .andExpect(status().isServiceUnavailable());
        logOf(client)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].outcome").value("UNAVAILABLE"))
                .andExpect(jsonPath("$.entries[0].subject").value(UNIT));
    }

    /** A well-formed number of a certificate never issued: another sequence, its check character found. */
    String neverIssued() {
        var parts = publicationLicence.split("\\.");
        parts[parts.length - 3] = "99999999";
        var body = String.join(".", java.util.Arrays.copyOf(parts, parts.length - 1));
        return "0123456789ABCDEFGHJKLMNPQRTUWXY"
                .chars()
                .mapToObj(c -> body + "." + (char) c)
                .filter(Certificates::wellFormed)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anIdentityNumberInThePathIsRefusedBeforeTheLookupAndLoggedMasked() throws Exception {
        var client = aClientOfItsOwn();
        mvc.perform(get("/api/sharing/certificates/530102198805120033").with(client(client)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("certificateNo"));
        mvc.perform(get("/api/sharing/licences")
                        .param("creditCode", UNIT)
                        .param("resource", "530102198805120033")
                        .with(client(client)))
                .andExpect(status().isForbidden());
        logOf(client)
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.entries[1].outcome").value("INVALID"))
                .andExpect(jsonPath("$.entries[1].subject").value("530102********0033"))
                .andExpect(jsonPath("$.entries[0].resource").value("530102********0033"))
                .andExpect(jsonPath("$.entries[0].reason")
                        .value(org.hamcrest.Matchers.containsString("530102********0033")))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("530102198805120033"))));
    }

    @Test
    void aPurposeTheGrantDoesNotListIsA403LoggedAsRefusedAndOneThatIsNoCodeA400() throws Exception {
        var client = aClientOfItsOwn();
        mvc.perform(get("/api/sharing/licences")
                        .param("creditCode", UNIT)
                        .header("X-Purpose", "tax-audit")
                        .with(client(client)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:sharing-refused"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("tax-audit")));
        mvc.perform(get("/api/sharing/certificates/" + publicationLicence)
                        .header("X-Purpose", "%E5%AE%A1%E6%89%B9%E6%A0%B8%E9%AA%8C")
                        .with(client(client)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("X-Purpose"));
        logOf(client)
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.entries[1].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.entries[1].purpose").value("tax-audit"))
                .andExpect(jsonPath("$.entries[0].outcome").value("INVALID"));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aCertificateWhoseSignatureFailsShowsNoFace() throws Exception {
        var forged = issue("11530000MB00000012XK00031000001", "广播电视节目制作经营许可证核发");
        jdbc.sql("update certificate set signature = (select signature from certificate where certificate_no = :other)"
                        + " where certificate_no = :no")
                .param("other", publicationLicence)
                .param("no", forged)
                .update();
        mvc.perform(get("/api/sharing/certificates/" + forged).with(client()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.face").isEmpty());
    }

    @Test
    void aCallThatFailsBeforeItsAnswerStandsIsNotLoggedAsAnswered() throws Exception {
        var client = aClientOfItsOwn();
        org.mockito.Mockito.doThrow(new IllegalStateException("database away"))
                .when(certificates)
                .heldBy(UNIT);
        try {
            mvc.perform(get("/api/sharing/licences").param("creditCode", UNIT).with(client(client)))
                    .andExpect(status().is5xxServerError());
        } catch (Exception notHandled) {
            // without a handler for it the failure reaches the test: the call failed all the same
        }
        logOf(client)
                .andExpect(jsonPath("$.entries[*].outcome", not(hasItem("ANSWERED"))))
                .andExpect(jsonPath("$.entries[*].outcome", hasItem("REFUSED")));
    }

    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void theDirectoryIsAskedWithinTheTimeoutsOfItsOwnFeignClient() {
        var config = "spring.cloud.openfeign.client.config.sharingDirectory.";
        org.assertj.core.api.Assertions.assertThat(environment.getProperty(config + "connect-timeout", Integer.class))
                .isEqualTo(1000);
        org.assertj.core.api.Assertions.assertThat(environment.getProperty(config + "read-timeout", Integer.class))
                .isEqualTo(3000);
    }

    @Test
    void theOpenApiDocumentListsTheSharingApiSoThatTheFuzzReachesIt() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/sharing/licences'].get").exists())
                .andExpect(jsonPath("$.paths['/api/sharing/certificates/{certificateNo}'].get")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/sharing/access-log'].get").exists())
                .andExpect(
                        jsonPath("$.paths['/api/review/certificate-types'].get").exists());
    }
}
