package org.onewindow.portal.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onewindow.portal.applications.CaseStep;

/**
 * A case's progress in the words a person reads (PORTAL.md: 受理, 补正, 办结, never the API's enum
 * names): where it stands as a step indicator and what to do now; its changes are read by {@link Changes}.
 * Plain Java, so that the rules are tested without a page; the words are in the bundle under
 * {@code progress.}.
 */
final class ProgressView {

    enum State {
        DONE,
        CURRENT,
        UPCOMING
    }

    /** One step of the indicator; its words are {@code progress.stage.<name>}. */
    record Stage(String name, State state) {

        public boolean current() {
            return state == State.CURRENT;
        }
    }

    private static final Set<String> KNOWN_STATUSES = Set.of(
            "SUBMITTED",
            "SUPPLEMENT_REQUESTED",
            "ACCEPTED",
            "IN_REVIEW",
            "APPROVED",
            "DENIED",
            "NOT_ACCEPTED",
            "COMPLETED",
            "WITHDRAWN");

    private final PublicProgress progress;

    private ProgressView(PublicProgress progress) {
        this.progress = progress;
    }

    static ProgressView of(PublicProgress progress) {
        return new ProgressView(progress);
    }

    public PublicProgress progress() {
        return progress;
    }

    /** The status in plain words: {@code progress.status.<status>}, {@code .other} for one the portal does not know. */
    public String status() {
        return progress.status() != null && KNOWN_STATUSES.contains(progress.status()) ? progress.status() : "other";
    }

    public boolean ratable() {
        return progress.mayBeRated() && "COMPLETED".equals(progress.status());
    }

    /** APPROVED or DENIED once the approver decided, else null. */
    public String decision() {
        String decision = null;
        for (var step : progress.timeline()) {
            if ("APPROVED".equals(step.action()) || "DENIED".equals(step.action())) {
                decision = step.action();
            }
        }
        return decision;
    }

    /**
     * Submitted, accepted, reviewed, decided, completed, the current one as {@link CaseStep} says;
     * the decision named once taken; a case that ended early stops where it ended.
     */
    public List<Stage> stages() {
        var history =
                progress.timeline().stream().map(PublicProgress.Step::status).toList();
        var at = CaseStep.at(progress.status(), history);
        if (at.isEmpty()) {
            return stages(0, full());
        }
        int current = at.get().ordinal();
        return switch (progress.status()) {
            case "NOT_ACCEPTED", "WITHDRAWN" -> {
                // the steps it went through, then how it ended in place of the rest
                var names = new ArrayList<>(full().subList(0, current));
                names.add(progress.status());
                yield stages(current, names);
            }
            default -> stages(current, full());
        };
    }

    /** Every step's name, the decision's in place of DECIDE once it is taken. */
    private List<String> full() {
        var decision = decision();
        return Arrays.stream(CaseStep.values())
                .map(step -> step == CaseStep.DECIDE && decision != null ? decision : step.name())
                .toList();
    }

    /** When the case is due to be decided, while the clock runs; null while it stands still or is done. */
    public LocalDate deadline() {
        if (!"ACCEPTED".equals(progress.status()) && !"IN_REVIEW".equals(progress.status())) {
            return null;
        }
        LocalDate deadline = null;
        for (var step : progress.timeline()) {
            var moved = StepDetail.date(step.detail(), "deadline");
            if (moved != null && !"GAP_OPENED".equals(step.action())) {
                deadline = moved;
            }
        }
        return specialProcedure() == null ? deadline : null;
    }

    /** The special procedure going on now (its time is not counted), or null. */
    public String specialProcedure() {
        String open = null;
        for (var step : progress.timeline()) {
            if ("SPECIAL_PROCEDURE_STARTED".equals(step.action())) {
                open = StepDetail.text(step.detail(), "procedure");
            } else if ("SPECIAL_PROCEDURE_ENDED".equals(step.action())) {
                open = null;
            }
        }
        return open;
    }

    /** Everything to correct, at once (一次性告知), while a supplement is asked for. */
    public List<String> toCorrect() {
        if (!"SUPPLEMENT_REQUESTED".equals(progress.status())) {
            return List.of();
        }
        return lastOf("SUPPLEMENT_REQUESTED").map(StepDetail::notes).orElse(List.of());
    }

    /** Why the case was not accepted or was denied, when that is how it ended. */
    public List<String> reasons() {
        if ("NOT_ACCEPTED".equals(progress.status())) {
            return lastOf("NOT_ACCEPTED").map(StepDetail::notes).orElse(List.of());
        }
        if ("DENIED".equals(decision())) {
            return lastOf("DENIED").map(StepDetail::notes).orElse(List.of());
        }
        return List.of();
    }

    /** The electronic certificate of an approved case, to check on the certificate page. */
    public String certificateNo() {
        return lastOf("CERTIFICATE_ISSUED")
                .map(step -> StepDetail.text(step.detail(), "certificateNo"))
                .orElse(null);
    }

    /** Every change since submission, oldest first. */
    public List<Changes.Change> changes() {
        return Changes.of(progress);
    }

    private static List<Stage> stages(int current, List<String> names) {
        var stages = new ArrayList<Stage>();
        for (int i = 0; i < names.size(); i++) {
            stages.add(
                    new Stage(names.get(i), i < current ? State.DONE : i == current ? State.CURRENT : State.UPCOMING));
        }
        return stages;
    }

    private Optional<PublicProgress.Step> lastOf(String action) {
        PublicProgress.Step last = null;
        for (var step : progress.timeline()) {
            if (action.equals(step.action())) {
                last = step;
            }
        }
        return Optional.ofNullable(last);
    }
}
