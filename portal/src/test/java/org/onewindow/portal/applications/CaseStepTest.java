package org.onewindow.portal.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which step a case in each status of API.md is at: one table for 我的办件 and the progress page alike. */
class CaseStepTest {

    @ParameterizedTest(name = "{0} after [{1}] is at {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DRAFT                | DRAFT                                                    | SUBMIT
            SUBMITTED            | DRAFT SUBMITTED                                          | ACCEPT
            SUPPLEMENT_REQUESTED | DRAFT SUBMITTED SUPPLEMENT_REQUESTED                     | ACCEPT
            SUPPLEMENT_REQUESTED | DRAFT SUBMITTED ACCEPTED IN_REVIEW SUPPLEMENT_REQUESTED  | REVIEW
            ACCEPTED             | DRAFT SUBMITTED ACCEPTED                                 | REVIEW
            NOT_ACCEPTED         | DRAFT SUBMITTED NOT_ACCEPTED                             | ACCEPT
            IN_REVIEW            | DRAFT SUBMITTED ACCEPTED IN_REVIEW                       | REVIEW
            APPROVED             | DRAFT SUBMITTED ACCEPTED IN_REVIEW APPROVED              | COMPLETE
            DENIED               | DRAFT SUBMITTED ACCEPTED IN_REVIEW DENIED                | COMPLETE
            COMPLETED            | DRAFT SUBMITTED ACCEPTED IN_REVIEW APPROVED COMPLETED    | COMPLETE
            WITHDRAWN            | DRAFT WITHDRAWN                                          | SUBMIT
            WITHDRAWN            | DRAFT SUBMITTED WITHDRAWN                                | ACCEPT
            WITHDRAWN            | DRAFT SUBMITTED SUPPLEMENT_REQUESTED WITHDRAWN           | ACCEPT
            WITHDRAWN            | DRAFT SUBMITTED ACCEPTED IN_REVIEW WITHDRAWN             | REVIEW
            WITHDRAWN            | SUBMITTED ACCEPTED SUPPLEMENT_REQUESTED WITHDRAWN        | REVIEW
            """)
    void eachStatusIsAtOneStep(String status, String history, CaseStep expected) {
        assertThat(CaseStep.at(status, statuses(history))).contains(expected);
    }

    /** A decision taken is a step done: the case waits for completion (办结), as 准予许可，正在办结 says. */
    @ParameterizedTest
    @ValueSource(strings = {"APPROVED", "DENIED"})
    void aDecidedCaseHasItsDecisionDoneAndWaitsForCompletion(String status) {
        var at = CaseStep.at(status, statuses("SUBMITTED ACCEPTED IN_REVIEW " + status))
                .orElseThrow();

        assertThat(at).isGreaterThan(CaseStep.DECIDE).isEqualTo(CaseStep.COMPLETE);
    }

    /** The statuses of API.md: each has a step, whatever its history. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "DRAFT",
                "SUBMITTED",
                "SUPPLEMENT_REQUESTED",
                "ACCEPTED",
                "NOT_ACCEPTED",
                "IN_REVIEW",
                "APPROVED",
                "DENIED",
                "COMPLETED",
                "WITHDRAWN"
            })
    void everyStatusOfTheApiHasAStep(String status) {
        assertThat(CaseStep.at(status, List.of())).isPresent();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"SOMETHING_NEW", "approved"})
    void aStatusThePortalDoesNotKnowHasNone(String status) {
        assertThat(CaseStep.at(status, List.of(status == null ? "SUBMITTED" : status)))
                .isEmpty();
    }

    private static List<String> statuses(String history) {
        return Arrays.asList(history.trim().split("\\s+"));
    }
}
