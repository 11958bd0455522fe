package org.onewindow.portal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rules of the progress page, without a page: where a case stands, and which changes are shown. */
class ProgressViewTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-16T10:30:00+08:00");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aCaseNotAcceptedEndsAtAcceptanceWithItsLegalReason() {
        var view = view(
                "NOT_ACCEPTED", step("SUBMITTED", null), step("NOT_ACCEPTED", "{\"legalReason\": \"不属于本机关职权范围\"}"));

        assertThat(view.stages()).extracting(ProgressView.Stage::name).containsExactly("SUBMIT", "NOT_ACCEPTED");
        assertThat(view.stages().get(1).current()).isTrue();
        assertThat(view.reasons()).containsExactly("不属于本机关职权范围");
        assertThat(view.deadline()).isNull();
    }

    @Test
    void aWithdrawalAfterAcceptanceKeepsTheAcceptanceDone() {
        var view = view(
                "WITHDRAWN",
                step("SUBMITTED", "SUBMITTED", null),
                step("ACCEPTED", "ACCEPTED", null),
                step("WITHDRAWN", "WITHDRAWN", null));

        assertThat(view.stages())
                .extracting(stage -> stage.name() + ":" + stage.state())
                .containsExactly("SUBMIT:DONE", "ACCEPT:DONE", "WITHDRAWN:CURRENT");
    }

    /** As on 我的办件 (CaseStep): the decision is taken, named, and the case waits to be completed. */
    @ParameterizedTest
    @ValueSource(strings = {"APPROVED", "DENIED"})
    void aDecidedCaseIsAtCompletionWithItsDecisionDone(String decision) {
        var view = view(
                decision,
                step("SUBMITTED", "SUBMITTED", null),
                step("ACCEPTED", "ACCEPTED", null),
                step("IN_REVIEW", "OPINION_RECORDED", null),
                step(decision, decision, null));

        assertThat(view.stages())
                .extracting(stage -> stage.name() + ":" + stage.state())
                .containsExactly("SUBMIT:DONE", "ACCEPT:DONE", "REVIEW:DONE", decision + ":DONE", "COMPLETE:CURRENT");
    }

    @Test
    void aSpecialProcedureUnderWayHidesTheDeadlineAndSaysWhy() {
        var view = view(
                "IN_REVIEW",
                step("ACCEPTED", "{\"deadline\": \"2026-03-30\"}"),
                step("SPECIAL_PROCEDURE_STARTED", "{\"procedure\": \"HEARING\", \"note\": \"申请人要求听证\"}"));

        assertThat(view.deadline()).isNull();
        assertThat(view.specialProcedure()).isEqualTo("HEARING");
        assertThat(view.changes().get(1).notes()).containsExactly("申请人要求听证");
    }

    @Test
    void aStepThePortalDoesNotKnowReadsAsAnUpdateAndTheClerksDraftingIsLeftOut() {
        var view = view(
                "SUBMITTED",
                step("DRAFT_CREATED", null),
                step("MATERIAL_UPLOADED", null),
                step("SUBMITTED", null),
                step("SOMETHING_NEW", "{\"whatever\": [1, 2]}"));

        assertThat(view.changes()).extracting(Changes.Change::action).containsExactly("SUBMITTED", "other");
    }

    @Test
    void aStatusMissingFromTheAnswerIsNoFailure() {
        var view = view(null);

        assertThat(view.status()).isEqualTo("other");
        assertThat(view.stages()).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/public.properties", "i18n/public_en.properties"})
    void everyStatusStageAndChangeHasItsWords(String bundle) throws IOException {
        var words = new Properties();
        try (var in = new ClassPathResource(bundle).getInputStream()) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var keys = new java.util.ArrayList<String>();
        Changes.KNOWN_ACTIONS.forEach(action -> keys.add("progress.change." + action));
        keys.add("progress.change.other");
        for (var status : List.of(
                "SUBMITTED",
                "SUPPLEMENT_REQUESTED",
                "ACCEPTED",
                "IN_REVIEW",
                "APPROVED",
                "DENIED",
                "NOT_ACCEPTED",
                "COMPLETED",
                "WITHDRAWN",
                "other")) {
            keys.add("progress.status." + status);
            keys.add("progress.next." + status);
        }
        Arrays.stream(ProgressView.State.values()).forEach(state -> keys.add("progress.stageState." + state));
        List.of("SUBMIT", "ACCEPT", "REVIEW", "DECIDE", "APPROVED", "DENIED", "COMPLETE", "NOT_ACCEPTED", "WITHDRAWN")
                .forEach(stage -> keys.add("progress.stage." + stage));

        assertThat(keys)
                .allSatisfy(key -> assertThat(words.getProperty(key)).as(key).isNotBlank());
    }

    private static ProgressView view(String status, PublicProgress.Step... steps) {
        return ProgressView.of(
                new PublicProgress("C1", "出版物零售单位设立审批", "WINDOW", status, "李*", AT, false, List.of(steps)));
    }

    private static PublicProgress.Step step(String action, String detail) {
        return step(null, action, detail);
    }

    /** A step that left the case in {@code status}, as the API says it. */
    private static PublicProgress.Step step(String status, String action, String detail) {
        JsonNode node = detail == null ? null : JSON.readTree(detail);
        return new PublicProgress.Step(AT, status, action, node);
    }
}
