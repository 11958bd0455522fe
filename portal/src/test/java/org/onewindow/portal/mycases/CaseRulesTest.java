package org.onewindow.portal.mycases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.portal.applications.Application;

/** The plain rules of the case page: steps, what to do now, which actions a status allows, dates. */
class CaseRulesTest {

    static final OffsetDateTime T = OffsetDateTime.parse("2026-12-01T10:15:00+08:00");

    /** Before a decision, and not withdrawn: application-service's ApplicationLifecycle.UNDECIDED. */
    static final EnumSet<CaseStatus> WITHDRAWABLE = EnumSet.of(
            CaseStatus.DRAFT,
            CaseStatus.SUBMITTED,
            CaseStatus.SUPPLEMENT_REQUESTED,
            CaseStatus.ACCEPTED,
            CaseStatus.IN_REVIEW);

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void withdrawalIsOfferedExactlyBeforeADecision(CaseStatus status) {
        assertThat(CaseActions.of(application(status, List.of(), false)).withdraw())
                .isEqualTo(WITHDRAWABLE.contains(status));
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void supplementIsOfferedOnlyWhenAskedFor(CaseStatus status) {
        assertThat(CaseActions.of(application(status, List.of(), false)).supplement())
                .isEqualTo(status == CaseStatus.SUPPLEMENT_REQUESTED);
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void gapMaterialsAreTakenOnlyWhileTheCaseIsHandledAndSomethingIsOwed(CaseStatus status) {
        var owing = CaseActions.of(application(status, List.of("identity-card"), false));
        var owingNothing = CaseActions.of(application(status, List.of(), false));

        assertThat(owing.gapMaterials()).isEqualTo(status == CaseStatus.ACCEPTED || status == CaseStatus.IN_REVIEW);
        assertThat(owingNothing.gapMaterials()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void ratingIsOfferedOnlyForACompletedCaseTheApiTakesARatingFor(CaseStatus status) {
        assertThat(CaseActions.of(application(status, List.of(), true)).rate())
                .isEqualTo(status == CaseStatus.COMPLETED);
        assertThat(CaseActions.of(application(status, List.of(), false)).rate()).isFalse();
    }

    @Test
    void aStatusThisPortalDoesNotKnowOffersNothing() {
        var unknown = application("ON_HOLD", List.of(), null, true);

        assertThat(CaseStatus.of(unknown)).isEqualTo(CaseStatus.UNKNOWN);
        assertThat(CaseActions.of(unknown)).isEqualTo(new CaseActions(false, false, false, false, false));
        assertThat(NextStep.of(unknown, null).kind()).isEqualTo("unknown");
        assertThat(CaseSteps.of(unknown)).noneMatch(CaseSteps.Step::current);
    }

    @Test
    void aSupplementAskedBeforeAcceptanceIsAtTheAcceptanceStepAndAfterItAtTheReviewStep() {
        var beforeAcceptance = application(CaseStatus.SUPPLEMENT_REQUESTED, List.of(), false, "SUBMITTED");
        var duringReview = application(CaseStatus.SUPPLEMENT_REQUESTED, List.of(), false, "SUBMITTED", "ACCEPTED");

        assertThat(currentStep(beforeAcceptance)).isEqualTo("accept");
        assertThat(currentStep(duringReview)).isEqualTo("review");
    }

    @Test
    void aWithdrawnCaseStopsAtTheStepItHadReached() {
        var fromDraft = application(CaseStatus.WITHDRAWN, List.of(), false, "WITHDRAWN");
        var fromReview =
                application(CaseStatus.WITHDRAWN, List.of(), false, "SUBMITTED", "ACCEPTED", "IN_REVIEW", "WITHDRAWN");

        assertThat(currentStep(fromDraft)).isEqualTo("submit");
        assertThat(currentStep(fromReview)).isEqualTo("review");
        assertThat(CaseSteps.of(fromReview))
                .extracting(CaseSteps.Step::progress)
                .containsExactly(
                        CaseSteps.Progress.DONE,
                        CaseSteps.Progress.DONE,
                        CaseSteps.Progress.CURRENT,
                        CaseSteps.Progress.NOT_REACHED,
                        CaseSteps.Progress.NOT_REACHED);
    }

    @Test
    void everyStatusHasExactlyOneCurrentStepWithItsWord() {
        for (var status : CaseStatus.values()) {
            if (status == CaseStatus.UNKNOWN) {
                continue;
            }
            var steps = CaseSteps.of(application(status, List.of(), false, "SUBMITTED", status.name()));
            assertThat(steps.stream().filter(CaseSteps.Step::current))
                    .as(status.name())
                    .hasSize(1);
            assertThat(steps.stream()
                            .filter(CaseSteps.Step::current)
                            .findFirst()
                            .orElseThrow()
                            .noteKey())
                    .isEqualTo("case.status." + status.name());
        }
    }

    /** As on the progress page (CaseStep): the decision is taken, the case waits to be completed. */
    @ParameterizedTest
    @ValueSource(strings = {"APPROVED", "DENIED"})
    void aDecidedCaseIsAtCompletionWithItsDecisionDone(CaseStatus status) {
        var steps = CaseSteps.of(
                application(status, List.of(), false, "SUBMITTED", "ACCEPTED", "IN_REVIEW", status.name()));

        assertThat(steps)
                .extracting(step -> step.key() + ":" + step.progress())
                .containsExactly("submit:DONE", "accept:DONE", "review:DONE", "decide:DONE", "complete:CURRENT");
        assertThat(steps.get(steps.size() - 1).noteKey()).isEqualTo("case.status." + status.name());
    }

    @Test
    void theApplicantIsAskedToActOnlyWhenSheHasSomethingToDo() {
        assertThat(NextStep.of(application(CaseStatus.SUPPLEMENT_REQUESTED, List.of(), false), null)
                        .actionNeeded())
                .isTrue();
        assertThat(NextStep.of(application(CaseStatus.IN_REVIEW, List.of("x"), false), "2026年12月20日"))
                .isEqualTo(new NextStep("gap", true, "2026年12月20日", null));
        assertThat(NextStep.of(application(CaseStatus.IN_REVIEW, List.of(), false), null)
                        .actionNeeded())
                .isFalse();
        assertThat(NextStep.of(application(CaseStatus.COMPLETED, List.of(), true), null)
                        .kind())
                .isEqualTo("rate");
        assertThat(NextStep.of(application(CaseStatus.COMPLETED, List.of(), false), null)
                        .actionNeeded())
                .isFalse();
    }

    @Test
    void datesAreWrittenAsPeopleWriteThemInTheBureausTimeZone() {
        // 17:30 UTC on 30 November is 1:30 on 1 December in Beijing
        var late = OffsetDateTime.parse("2026-11-30T17:30:00Z");

        assertThat(CaseDates.day(late, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年12月1日");
        assertThat(CaseDates.moment(late, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年12月1日 01:30");
        assertThat(CaseDates.day(LocalDate.of(2026, 12, 20), Locale.ENGLISH)).isEqualTo("20 December 2026");
        assertThat(CaseDates.day((OffsetDateTime) null, Locale.ENGLISH)).isNull();
    }

    private static String currentStep(Application application) {
        return CaseSteps.of(application).stream()
                .filter(CaseSteps.Step::current)
                .findFirst()
                .orElseThrow()
                .key();
    }

    /** An application in {@code status} whose timeline went through {@code history}. */
    private static Application application(
            CaseStatus status, List<String> gapMaterials, boolean mayBeRated, String... history) {
        var timeline = new java.util.ArrayList<Application.TimelineEntry>();
        for (int i = 0; i < history.length; i++) {
            timeline.add(new Application.TimelineEntry(T.plusHours(i), history[i], history[i], "clerk", null));
        }
        return application(status.name(), gapMaterials, timeline, mayBeRated);
    }

    private static Application application(
            String status, List<String> gapMaterials, List<Application.TimelineEntry> timeline, boolean mayBeRated) {
        return new Application(
                UUID.randomUUID(),
                "CASE-1",
                "ITEM",
                1,
                "事项",
                status,
                null,
                null,
                null,
                null,
                null,
                null,
                T,
                T,
                timeline,
                gapMaterials,
                gapMaterials.isEmpty() ? null : LocalDate.of(2026, 12, 20),
                mayBeRated);
    }
}
