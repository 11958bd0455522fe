package org.onewindow.portal.mycases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.onewindow.portal.applications.Application;
import org.onewindow.portal.applications.CaseStep;

/**
 * The step indicator of a case: 提交申请 → 受理 → 审查 → 决定 → 办结, each done, current, still to
 * come, or not reached (a case refused acceptance or withdrawn stops where it was); which step is
 * current is {@link CaseStep}'s to say. The current step carries the status in plain words (待补正,
 * 不予受理, 已撤回...).
 */
final class CaseSteps {

    static final List<String> STEPS =
            Arrays.stream(CaseStep.values()).map(CaseSteps::key).toList();

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
        var history = application.timeline().stream()
                .map(Application.TimelineEntry::status)
                .toList();
        var at = CaseStep.at(state.name(), history).orElseThrow();
        boolean stopped = state == CaseStatus.NOT_ACCEPTED || state == CaseStatus.WITHDRAWN;
        var steps = new ArrayList<Step>();
        for (var step : CaseStep.values()) {
            Progress progress;
            if (step.compareTo(at) < 0) {
                progress = Progress.DONE;
            } else if (step == at) {
                progress = Progress.CURRENT;
            } else {
                progress = stopped ? Progress.NOT_REACHED : Progress.UPCOMING;
            }
            steps.add(new Step(key(step), progress, step == at ? state.wordKey() : null));
        }
        return List.copyOf(steps);
    }

    private static String key(CaseStep step) {
        return step.name().toLowerCase(Locale.ROOT);
    }
}
