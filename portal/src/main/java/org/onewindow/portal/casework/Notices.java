package org.onewindow.portal.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.portal.applications.Application;
import org.onewindow.portal.publicapi.PublicFormat;

/**
 * The written notices of acceptance (art. 32: dated, with the reason): 受理通知书 once the case is
 * accepted, 不予受理通知书 once refused, 补正材料通知书 while corrections are asked for. Which exist,
 * and the day each was decided on. Plain Java.
 */
final class Notices {

    static final String ACCEPTANCE = "acceptance";
    static final String NOT_ACCEPTED = "not-accepted";
    static final String SUPPLEMENT = "supplement";

    private Notices() {}

    static List<String> available(ReviewCase reviewCase, Application application) {
        var kinds = new ArrayList<String>();
        if (reviewCase.reviewCase().acceptedOn() != null) {
            kinds.add(ACCEPTANCE);
        }
        if ("NOT_ACCEPTED".equals(reviewCase.reviewCase().status())) {
            kinds.add(NOT_ACCEPTED);
        }
        if (!application.supplement().isEmpty()) {
            kinds.add(SUPPLEMENT);
        }
        return kinds;
    }

    /** The day the notice's decision was taken: acceptance's own day, else its timeline step's; today if neither says. */
    static LocalDate dated(String kind, ReviewCase reviewCase, Application application, LocalDate today) {
        if (ACCEPTANCE.equals(kind) && reviewCase.reviewCase().acceptedOn() != null) {
            return reviewCase.reviewCase().acceptedOn();
        }
        var action = NOT_ACCEPTED.equals(kind) ? "NOT_ACCEPTED" : "SUPPLEMENT_REQUESTED";
        return application
                .last(action)
                .map(Application.TimelineEntry::at)
                .filter(at -> at != null)
                .map(at -> at.atZoneSameInstant(PublicFormat.BUREAU).toLocalDate())
                .orElse(today);
    }
}
