package org.onewindow.review.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.security.RealmRolesConverter;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.onewindow.review.ReviewServiceApplication;
import org.onewindow.review.ReviewTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff see what they need (issue 13, point 6): a case of radio-tv and publishing, its audit trail
 * and its clock are there for those departments' reviewers, the receiving hall's clerks and the
 * bureau; for anyone else the case does not exist.
 */
@SpringBootTest(classes = ReviewServiceApplication.class)
@AutoConfigureMockMvc
class CaseAccessIntegrationTest {

    static final RequestPostProcessor CLERK = Tokens.staff("clerk", "clerk", "service-hall");
    static final RequestPostProcessor REVIEWER_RTV = Tokens.staff("reviewer-rtv", "reviewer", "radio-tv");
    static final RequestPostProcessor REVIEWER_PRT = Tokens.staff("reviewer-prt", "reviewer", "printing");
    static final RequestPostProcessor APPROVER = Tokens.staff("approver", "approver", "bureau");
    static final RequestPostProcessor SUPERVISOR = Tokens.staff("supervisor", "supervisor", "bureau");
    static final String SPECIAL = "{\"procedure\": \"HEARING\", \"note\": \"听证\"}";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "review_access_test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReviewerOfAnotherDepartmentFindsNoCaseNoTrailAndNoClockToStop() throws Exception {
        var caseNo = accepted("202603168001");

        mvc.perform(get(url(caseNo)).with(REVIEWER_PRT))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:not-found"));
        mvc.perform(get(url(caseNo) + "/audit").with(REVIEWER_PRT)).andExpect(status().isNotFound());
        mvc.perform(json(post(url(caseNo) + "/special-procedure").with(REVIEWER_PRT), SPECIAL))
                .andExpect(status().isNotFound());
        mvc.perform(post(url(caseNo) + "/special-procedure/end").with(REVIEWER_PRT))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/review/tasks").with(REVIEWER_PRT))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')]").isEmpty());
        assertThat(specialProcedureRuns(caseNo)).as("nothing written").isFalse();
        // the same answer as for a case that does not exist at all
        mvc.perform(get(url(ReviewTestEvents.ITEM + "202603168999")).with(REVIEWER_PRT))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCasesOwnReviewerStopsAndRestartsItsClock() throws Exception {
        var caseNo = accepted("202603168002");

        mvc.perform(get(url(caseNo)).with(REVIEWER_RTV)).andExpect(status().isOk());
        mvc.perform(get(url(caseNo) + "/audit").with(REVIEWER_RTV))
                .andExpect(jsonPath("$.verified").value(true));
        mvc.perform(json(post(url(caseNo) + "/special-procedure").with(REVIEWER_RTV), SPECIAL))
                .andExpect(jsonPath("$.clock").value("STOPPED"));
        mvc.perform(post(url(caseNo) + "/special-procedure/end").with(REVIEWER_RTV))
                .andExpect(jsonPath("$.clock").value("RUNNING"));
        assertThat(jdbc.sql("select role || ' ' || department from audit_entry where case_no = :c"
                                + " and action like 'SPECIAL_PROCEDURE%'")
                        .param("c", caseNo)
                        .query(String.class)
                        .list())
                .containsOnly("reviewer radio-tv");
    }

    @Test
    void theHallsClerkTheApproverAndTheSupervisorReadTheCaseAndItsTrail() throws Exception {
        var caseNo = accepted("202603168003");

        for (var reader : List.of(CLERK, APPROVER, SUPERVISOR)) {
            mvc.perform(get(url(caseNo)).with(reader))
                    .andExpect(jsonPath("$.reviewCase.caseNo").value(caseNo));
            mvc.perform(get(url(caseNo) + "/audit").with(reader))
                    .andExpect(jsonPath("$.verified").value(true));
        }
    }

    @Test
    void aClerkOutsideTheReceivingHallFindsNoCaseAndNoQueue() throws Exception {
        var caseNo = ReviewTestEvents.ITEM + "202603168004";
        submitted(caseNo);
        var otherClerk = Tokens.staff("clerk-prt", "clerk", "printing");

        mvc.perform(get(url(caseNo)).with(otherClerk)).andExpect(status().isNotFound());
        mvc.perform(json(post(url(caseNo) + "/accept").with(otherClerk), "{}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/review/tasks").with(otherClerk))
                .andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/api/review/tasks").with(CLERK))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')].step")
                        .value(org.hamcrest.Matchers.contains("ACCEPT")));
    }

    @Test
    void rolesThatMayNeverStopTheClockOrExtendAreForbidden() throws Exception {
        var caseNo = accepted("202603168005");

        mvc.perform(json(post(url(caseNo) + "/special-procedure").with(SUPERVISOR), SPECIAL))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(url(caseNo) + "/special-procedure").with(CLERK), SPECIAL))
                .andExpect(status().isForbidden());
        mvc.perform(json(
                        post(url(caseNo) + "/extension").with(REVIEWER_RTV),
                        "{\"workingDays\": 5, \"reason\": \"需要现场核查\"}"))
                .andExpect(status().isForbidden());
        assertThat(specialProcedureRuns(caseNo)).isFalse();
        // the approver, who sees every case, may
        mvc.perform(json(post(url(caseNo) + "/special-procedure").with(APPROVER), SPECIAL))
                .andExpect(jsonPath("$.clock").value("STOPPED"));
    }

    @Test
    void theTrailRecordsTheSeniorRoleOfACallerWithSeveral() throws Exception {
        var caseNo = accepted("202603168006");
        var both = jwt().jwt(token -> token.subject("lead")
                        .claim("preferred_username", "lead")
                        .claim("department", "bureau")
                        .claim("realm_access", Map.of("roles", List.of("supervisor", "offline_access", "approver"))))
                .authorities(new RealmRolesConverter());

        mvc.perform(json(post(url(caseNo) + "/special-procedure").with(both), SPECIAL))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("select role from audit_entry where case_no = :c and action like 'SPECIAL_PROCEDURE%'")
                        .param("c", caseNo)
                        .query(String.class)
                        .single())
                .isEqualTo("approver");
    }

    private String accepted(String suffix) throws Exception {
        var caseNo = ReviewTestEvents.ITEM + suffix;
        submitted(caseNo);
        mvc.perform(json(post(url(caseNo) + "/accept").with(CLERK), "{}")).andExpect(status().isOk());
        return caseNo;
    }

    private void submitted(String caseNo) throws Exception {
        ReviewTestEvents.publishItem(kafka);
        ReviewTestEvents.submit(kafka, caseNo, "ONLINE");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from review_case where case_no = :c")
                                .param("c", caseNo)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    private boolean specialProcedureRuns(String caseNo) {
        return jdbc.sql("select special_procedure is not null from review_case where case_no = :c")
                .param("c", caseNo)
                .query(Boolean.class)
                .single();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String url(String caseNo) {
        return "/api/review/cases/" + caseNo;
    }
}
