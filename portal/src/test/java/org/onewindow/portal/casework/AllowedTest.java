package org.onewindow.portal.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which forms a role gets at which step: the API's rules, read from review-service. */
class AllowedTest {

    @Test
    void aClerkDecidesOnAcceptanceOfASubmittedCaseOnly() {
        var allowed = Allowed.of(Set.of("clerk"), "service-hall", reviewCase("SUBMITTED", null, List.of(), 0));

        assertThat(allowed.accept()).isTrue();
        assertThat(allowed.notAccept()).isTrue();
        assertThat(allowed.supplement()).isTrue();
        assertThat(allowed.acceptWithGaps()).isTrue();
        assertThat(allowed.opinion() || allowed.decide() || allowed.extend() || allowed.startSpecial())
                .isFalse();
    }

    @Test
    void noSupplementWhileASpecialProcedureStopsTheClock() {
        var allowed = Allowed.of(Set.of("clerk"), "service-hall", reviewCase("IN_REVIEW", "HEARING", List.of(), 0));

        assertThat(allowed.supplement()).isFalse();
        assertThat(allowed.any()).isFalse();
    }

    @Test
    void aReviewerGivesHerListedDepartmentsOpinionOnce() {
        var open = reviewCase("ACCEPTED", null, List.of(), 0);
        assertThat(Allowed.of(Set.of("reviewer"), "publishing", open).opinion()).isTrue();
        assertThat(Allowed.of(Set.of("reviewer"), "printing", open).opinion())
                .as("not listed")
                .isFalse();
        assertThat(Allowed.of(Set.of("reviewer"), "printing", open).startSpecial())
                .isFalse();

        var given = reviewCase("IN_REVIEW", null, List.of("publishing"), 0);
        assertThat(Allowed.of(Set.of("reviewer"), "publishing", given).opinion())
                .isFalse();
    }

    @Test
    void theApproverDecidesOnlyWithEveryOpinionInAndExtendsOnlyOnce() {
        assertThat(Allowed.of(Set.of("approver"), "bureau", reviewCase("IN_REVIEW", null, List.of("publishing"), 0))
                        .decide())
                .isFalse();
        var allIn = Allowed.of(
                Set.of("approver"), "bureau", reviewCase("IN_REVIEW", null, List.of("publishing", "radio-tv"), 0));
        assertThat(allIn.decide()).isTrue();
        assertThat(allIn.extend()).isTrue();
        assertThat(Allowed.of(
                                Set.of("approver"),
                                "bureau",
                                reviewCase("IN_REVIEW", null, List.of("publishing", "radio-tv"), 10))
                        .extend())
                .isFalse();
    }

    private static ReviewCase reviewCase(
            String status, String specialProcedure, List<String> opinionsFrom, int extensionDays) {
        var summary = new ReviewCase.Summary(
                "C1",
                null,
                "ITEM",
                1,
                "item",
                "publishing",
                List.of("publishing", "radio-tv"),
                "ONLINE",
                "张*",
                status,
                null,
                null,
                null,
                null,
                15,
                0,
                extensionDays,
                "RUNNING",
                specialProcedure,
                List.of(),
                null,
                "NONE",
                null,
                null);
        var opinions = opinionsFrom.stream()
                .map(d -> new ReviewCase.Opinion(d, "r", "同意", true, OffsetDateTime.now()))
                .toList();
        return new ReviewCase(summary, opinions, List.of(), null);
    }
}
