package org.onewindow.application.provincial;

import java.util.List;

/**
 * Which provincial exchange codes (DOMAIN.md) a step of the timeline reports: 1 received, 3
 * accepted, 4 not accepted, 6 supplement started, 8 department handling started, 9/10 special
 * procedure start/end, 11 completed. Acceptance hands the case to the departments, so it reports
 * 3 and then 8. A decision is reported by the completion that follows it.
 */
public final class ExchangeCodes {

    private ExchangeCodes() {}

    public static List<String> of(String action, String supplementEndCode) {
        return switch (action) {
            case "SUBMITTED" -> List.of("1");
            case "SUPPLEMENT_REQUESTED" -> List.of("6");
            case "RESUBMITTED" -> List.of(supplementEndCode);
            case "ACCEPTED", "DEEMED_ACCEPTED" -> List.of("3", "8");
            case "NOT_ACCEPTED" -> List.of("4");
            case "SPECIAL_PROCEDURE_STARTED" -> List.of("9");
            case "SPECIAL_PROCEDURE_ENDED" -> List.of("10");
            case "COMPLETED" -> List.of("11");
            default -> List.of();
        };
    }
}
