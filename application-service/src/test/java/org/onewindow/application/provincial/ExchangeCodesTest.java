package org.onewindow.application.provincial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every timeline step that the province hears of, and the ones it does not (DOMAIN.md's codes). */
class ExchangeCodesTest {

    @Test
    void eachStepReportsItsCodes() {
        assertThat(ExchangeCodes.of("SUBMITTED", "7")).containsExactly("1");
        assertThat(ExchangeCodes.of("ACCEPTED", "7")).containsExactly("3", "8");
        assertThat(ExchangeCodes.of("DEEMED_ACCEPTED", "7")).containsExactly("3", "8");
        assertThat(ExchangeCodes.of("NOT_ACCEPTED", "7")).containsExactly("4");
        assertThat(ExchangeCodes.of("SUPPLEMENT_REQUESTED", "7")).containsExactly("6");
        assertThat(ExchangeCodes.of("RESUBMITTED", "6E")).containsExactly("6E");
        assertThat(ExchangeCodes.of("SPECIAL_PROCEDURE_STARTED", "7")).containsExactly("9");
        assertThat(ExchangeCodes.of("SPECIAL_PROCEDURE_ENDED", "7")).containsExactly("10");
        assertThat(ExchangeCodes.of("COMPLETED", "7")).containsExactly("11");
    }

    @Test
    void stepsWithoutACodeReportNothing() {
        for (var action : new String[] {
            "DRAFT_CREATED",
            "MATERIAL_UPLOADED",
            "OPINION_RECORDED",
            "APPROVED",
            "DENIED",
            "CERTIFICATE_ISSUED",
            "EVALUATED"
        }) {
            assertThat(ExchangeCodes.of(action, "7")).as(action).isEmpty();
        }
    }
}
