package org.onewindow.review.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.onewindow.review.ReviewServiceApplication;
import org.onewindow.review.ReviewTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail made tamper-evident (issue 13, point 8): once a checkpoint has anchored a case's head,
 * deleting its newest entries, or rewriting and re-hashing its whole trail, shows in the case's
 * audit report and in the scheduled verification's metric. Each would pass the links alone.
 */
@SpringBootTest(classes = ReviewServiceApplication.class)
@AutoConfigureMockMvc
class AuditCheckpointIntegrationTest {

    static final RequestPostProcessor SUPERVISOR = Tokens.staff("supervisor", "supervisor", "bureau");
    static final RequestPostProcessor CLERK = Tokens.staff("clerk", "clerk", "service-hall");
    static final RequestPostProcessor REVIEWER = Tokens.staff("reviewer-rtv", "reviewer", "radio-tv");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "review_audit_test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditCheckpointer checkpointer;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    MeterRegistry meters;

    @Autowired
    CheckpointStore checkpoints;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void deletingTheNewestEntriesAfterACheckpointIsDetected() throws Exception {
        var caseNo = caseWithFourEntries("202603166001");
        checkpointer.checkpoint();
        audit(caseNo)
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.anchoredSequence").value(4));
        int before = verifier.verifyAll();

        jdbc.sql("delete from audit_entry where case_no = :c and sequence >= 3")
                .param("c", caseNo)
                .update();

        assertThat(AuditChain.firstBroken(trail.of(caseNo)))
                .as("the links alone still hold")
                .isEmpty();
        audit(caseNo)
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.firstBrokenSequence").value(3));
        assertThat(verifier.verifyAll()).isEqualTo(before + 1);
        assertThat(meters.get("onewindow.audit.verification.failures").gauge().value())
                .isEqualTo(before + 1);
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("onewindow_audit_verification_failures")));
    }

    @Test
    void aTrailRewrittenAndRehashedAfterACheckpointIsDetected() throws Exception {
        var caseNo = caseWithFourEntries("202603166002");
        checkpointer.checkpoint();
        int before = verifier.verifyAll();

        rewriteFromTheStart(caseNo, "不予受理");

        assertThat(AuditChain.firstBroken(trail.of(caseNo)))
                .as("the links alone still hold")
                .isEmpty();
        audit(caseNo)
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.firstBrokenSequence").value(4));
        assertThat(verifier.verifyAll()).isEqualTo(before + 1);
    }

    @Test
    void rewritingTheAnchorAlongWithTheTrailBreaksTheCheckpointsSignature() throws Exception {
        var caseNo = caseWithFourEntries("202603166003");
        var checkpoint = checkpointer.checkpoint().orElseThrow();
        int before = verifier.verifyAll();

        rewriteFromTheStart(caseNo, "不予受理");
        var newHead = trail.of(caseNo).get(3).hash();
        jdbc.sql("update audit_anchor set hash = :h where case_no = :c")
                .param("h", newHead)
                .param("c", caseNo)
                .update();

        audit(caseNo)
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(
                        jsonPath("$.problem").value(org.hamcrest.Matchers.containsString("checkpoint " + checkpoint)));
        assertThat(verifier.verifyAll())
                .as("the checkpoint, and every case it anchored")
                .isGreaterThan(before + 1);
    }

    @Test
    void theNextCheckpointAnchorsOnlyTrailsThatMovedAndNeverATamperedOne() throws Exception {
        var moved = caseWithFourEntries("202603166004");
        var tampered = caseWithFourEntries("202603166005");
        checkpointer.checkpoint();
        mvc.perform(post("/api/review/cases/" + moved + "/special-procedure/end")
                        .with(REVIEWER))
                .andExpect(status().isConflict());
        startAndEndSpecialProcedure(moved);
        jdbc.sql("update audit_entry set opinion = 'x' where case_no = :c and sequence = 2")
                .param("c", tampered)
                .update();
        startAndEndSpecialProcedure(tampered);

        var next = checkpointer.checkpoint().orElseThrow();

        assertThat(jdbc.sql("select case_no || ':' || sequence from audit_anchor where checkpoint_id = :id")
                        .param("id", next)
                        .query(String.class)
                        .list())
                .contains(moved + ":6")
                .doesNotContain(tampered + ":6");
        audit(moved)
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.anchoredSequence").value(6));
        audit(tampered).andExpect(jsonPath("$.verified").value(false));
    }

    /** A checkpoint's anchors go in a page of rows a statement: two pages and a part all arrive, once each. */
    @Test
    void aCheckpointOfManyHeadsKeepsEveryAnchor() {
        transactions.executeWithoutResult(status -> {
            var heads = IntStream.range(0, 2 * Pages.SIZE + 345)
                    .mapToObj(i -> new AuditHead("MANY" + i, i + 1L, String.format("%064d", i)))
                    .toList();
            checkpoints.insert(
                    new Checkpoint(1_000_000L, OffsetDateTime.now(), AuditChain.GENESIS, heads), "sig", "SM2", "key");

            assertThat(checkpoints.after(999_999L, 1).get(0).checkpoint().heads())
                    .containsExactlyInAnyOrderElementsOf(heads);
            // nothing of it stays: the other tests verify every checkpoint
            status.setRollbackOnly();
        });
    }

    /**
     * A new case's first link is written without reading the trail (issue 16); were there a trail
     * already, the primary key refuses a second first link, and nothing forks the chain.
     */
    @Test
    void aSecondFirstLinkIsRefusedAndTheTrailStaysAsItWas() throws Exception {
        var caseNo = ReviewTestEvents.ITEM + "202603166009";
        ReviewTestEvents.publishItem(kafka);
        ReviewTestEvents.submit(kafka, caseNo, "ONLINE");
        await().atMost(Duration.ofSeconds(30)).until(() -> trail.of(caseNo).size() == 1);
        var first = trail.of(caseNo).get(0);

        assertThatThrownBy(() -> trail.start(first.facts())).isInstanceOf(DuplicateKeyException.class);
        assertThat(trail.of(caseNo)).containsExactly(first);
        assertThat(AuditChain.firstBroken(trail.of(caseNo))).isEmpty();
    }

    /** Every entry's facts given a new opinion, and the whole chain hashed again as the trail would. */
    private void rewriteFromTheStart(String caseNo, String opinion) {
        AuditEntry previous = null;
        for (var entry : trail.of(caseNo)) {
            var f = entry.facts();
            var forged = AuditChain.append(
                    previous,
                    new AuditFacts(
                            f.caseNo(),
                            f.actor(),
                            f.role(),
                            f.department(),
                            f.at(),
                            f.action(),
                            opinion,
                            f.statusBefore(),
                            f.statusAfter()));
            jdbc.sql("""
                            update audit_entry set opinion = :opinion, previous_hash = :previous, hash = :hash
                            where case_no = :c and sequence = :s
                            """)
                    .param("opinion", opinion)
                    .param("previous", forged.previousHash())
                    .param("hash", forged.hash())
                    .param("c", caseNo)
                    .param("s", forged.sequence())
                    .update();
            previous = forged;
        }
    }

    /** Received, accepted, a special procedure started and ended: four entries. */
    private String caseWithFourEntries(String suffix) throws Exception {
        var caseNo = ReviewTestEvents.ITEM + suffix;
        ReviewTestEvents.publishItem(kafka);
        ReviewTestEvents.submit(kafka, caseNo, "ONLINE");
        await().atMost(Duration.ofSeconds(30)).until(() -> trail.of(caseNo).size() == 1);
        mvc.perform(post("/api/review/cases/" + caseNo + "/accept")
                        .with(CLERK)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk());
        startAndEndSpecialProcedure(caseNo);
        assertThat(trail.of(caseNo)).hasSize(4);
        return caseNo;
    }

    private void startAndEndSpecialProcedure(String caseNo) throws Exception {
        mvc.perform(post("/api/review/cases/" + caseNo + "/special-procedure")
                        .with(REVIEWER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"procedure\": \"EXPERT_REVIEW\", \"note\": \"专家评审\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/review/cases/" + caseNo + "/special-procedure/end")
                        .with(REVIEWER))
                .andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions audit(String caseNo) throws Exception {
        return mvc.perform(get("/api/review/cases/" + caseNo + "/audit").with(SUPERVISOR));
    }
}
