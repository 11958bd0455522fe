package org.onewindow.portal.mycases;

import java.util.ArrayList;
import java.util.List;
import org.onewindow.portal.applications.Application;

/**
 * The step indicator of a case: 提交申请 → 受理 → 审查 → 决定 → 办结, each done, current, still to
 * come, or not reached (a case refused acceptance or withdrawn stops where it was). The current
 * step carries the status in plain words (待补正, 不予受理, 已撤回...).
 */
final class CaseSteps {

    static final List<String> STEPS = List.of("submit", "accept", "review", "decide", "complete");

    enum Progress {
        DONE,
        CURRENT,
        UPCOMING,
        NOT_REACHED
    }

    /**
     * One step.
     *
     * @param key {@code case.step.<key>} in the bundle
     * @param noteKey the status at the current step, or null
     */
    record Step(String key, Progress progress, String noteKey) {

        public boolean current() {
            return progress == Progress.CURRENT;
        }
    }

    private CaseSteps() {}

    static List<Step> of(Application application) {
        var state = CaseStatus.of(application);
        if (state == CaseStatus.UNKNOWN) {
            return STEPS.stream()
                    .map(key -> new Step(key, Progress.UPCOMING, null))
                    .toList();
        }
        int at = position(state, application);
        boolean stopped = state == CaseStatus.NOT_ACCEPTED || state == CaseStatus.WITHDRAWN;
        var steps = new ArrayList<Step>();
        for (int i = 0; i < STEPS.size(); i++) {
            Progress progress;
            if (i < at) {
                progress = Progress.DONE;
            } else if (i == at) {
                progress = Progress.CURRENT;
            } else {
                progress = stopped ? Progress.NOT_REACHED : Progress.UPCOMING;
            }
            steps.add(new Step(STEPS.get(i), progress, i == at ? state.wordKey() : null));
        }
        return List.copyOf(steps);
    }

    private static int position(CaseStatus state, Application application) {
        return switch (state) {
            case DRAFT -> 0;
            case SUBMITTED, NOT_ACCEPTED -> 1;
            case SUPPLEMENT_REQUESTED -> wasAccepted(application) ? 2 : 1;
            case ACCEPTED, IN_REVIEW -> 2;
            case APPROVED, DENIED -> 3;
            case COMPLETED -> 4;
            case WITHDRAWN -> withdrawnAt(application);
            case UNKNOWN -> 0;
        };
    }

    /** Whether the case was accepted at some point (a supplement can be asked before or after). */
    private static boolean wasAccepted(Application application) {
        return application.timeline().stream()
                .anyMatch(entry -> "ACCEPTED".equals(entry.status()) || "IN_REVIEW".equals(entry.status()));
    }

    /** Where the case stood when it was withdrawn: the status of the step before the withdrawal. */
    private static int withdrawnAt(Application application) {
        var before = CaseStatus.DRAFT;
        for (var entry : application.timeline()) {
            var status = CaseStatus.of(entry.status());
            if (status == CaseStatus.WITHDRAWN) {
                break;
            }
            before = status;
        }
        return before == CaseStatus.WITHDRAWN || before == CaseStatus.UNKNOWN ? 0 : position(before, application);
    }
}
