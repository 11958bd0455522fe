package org.onewindow.portal.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A case's progress in the words a person reads (PORTAL.md: 受理, 补正, 办结, never the API's enum
 * names): where it stands as a step indicator, what to do now, and every change. Plain Java, so
 * that the rules are tested without a page; the words are in the bundle under {@code progress.}.
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

    /**
     * One change of the case; its words are {@code progress.change.<action>}.
     *
     * @param department the department that gave an opinion, or null
     * @param procedure a special procedure (HEARING, EXPERT_REVIEW, INSPECTION), or null
     * @param certificateNo the electronic certificate issued, or null
     * @param notes what the step says in its own words (a reason, each thing to correct)
     */
    record Change(
            OffsetDateTime at,
            String action,
            String department,
            String procedure,
            String certificateNo,
            LocalDate deadline,
            List<String> notes) {}

    /** Actions the bundle has words for; anything newer reads as a plain "the case was updated". */
    static final Set<String> KNOWN_ACTIONS = Set.of(
            "SUBMITTED",
            "RESUBMITTED",
            "WITHDRAWN",
            "ACCEPTED",
            "DEEMED_ACCEPTED",
            "NOT_ACCEPTED",
            "SUPPLEMENT_REQUESTED",
            "SUPPLEMENT_RECEIVED",
            "GAP_OPENED",
            "GAP_MATERIAL_PROVIDED",
            "GAP_CLOSED",
            "OPINION_RECORDED",
            "APPROVED",
            "DENIED",
            "CERTIFICATE_ISSUED",
            "COMPLETED",
            "WITHDRAWAL_REFUSED",
            "CASE_EXTENDED",
            "SPECIAL_PROCEDURE_STARTED",
            "SPECIAL_PROCEDURE_ENDED",
            "EVALUATED",
            "FOLLOW_UP_EVALUATED",
            "RECTIFICATION_REPORTED");

    /** The clerk's work before the case was submitted: nothing the applicant needs to read. */
    private static final Set<String> BEFORE_SUBMISSION = Set.of("DRAFT_CREATED", "MATERIAL_UPLOADED");

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

    /** Submitted, accepted, reviewed, decided, completed; a case that ended early stops where it ended. */
    public List<Stage> stages() {
        boolean accepted = happened("ACCEPTED") || happened("DEEMED_ACCEPTED");
        var decision = decision();
        var decide = decision == null ? "DECIDE" : decision;
        return switch (String.valueOf(progress.status())) {
            case "SUBMITTED" -> stages(1, "SUBMIT", "ACCEPT", "REVIEW", decide, "COMPLETE");
            case "SUPPLEMENT_REQUESTED" -> stages(accepted ? 2 : 1, "SUBMIT", "ACCEPT", "REVIEW", decide, "COMPLETE");
            case "ACCEPTED", "IN_REVIEW" -> stages(2, "SUBMIT", "ACCEPT", "REVIEW", decide, "COMPLETE");
            case "APPROVED", "DENIED" -> stages(4, "SUBMIT", "ACCEPT", "REVIEW", decide, "COMPLETE");
            case "COMPLETED" -> stages(4, "SUBMIT", "ACCEPT", "REVIEW", decide, "COMPLETE");
            case "NOT_ACCEPTED" -> stages(1, "SUBMIT", "NOT_ACCEPTED");
            case "WITHDRAWN" ->
                accepted ? stages(2, "SUBMIT", "ACCEPT", "WITHDRAWN") : stages(1, "SUBMIT", "WITHDRAWN");
            default -> stages(0, "SUBMIT", "ACCEPT", "REVIEW", decide, "COMPLETE");
        };
    }

    /** When the case is due to be decided, while the clock runs; null while it stands still or is done. */
    public LocalDate deadline() {
        if (!"ACCEPTED".equals(progress.status()) && !"IN_REVIEW".equals(progress.status())) {
            return null;
        }
        LocalDate deadline = null;
        for (var step : progress.timeline()) {
            var moved = date(step.detail(), "deadline");
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
                open = text(step.detail(), "procedure");
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
        return lastOf("SUPPLEMENT_REQUESTED").map(ProgressView::notes).orElse(List.of());
    }

    /** Why the case was not accepted or was denied, when that is how it ended. */
    public List<String> reasons() {
        if ("NOT_ACCEPTED".equals(progress.status())) {
            return lastOf("NOT_ACCEPTED").map(ProgressView::notes).orElse(List.of());
        }
        if ("DENIED".equals(decision())) {
            return lastOf("DENIED").map(ProgressView::notes).orElse(List.of());
        }
        return List.of();
    }

    /** The electronic certificate of an approved case, to check on the certificate page. */
    public String certificateNo() {
        return lastOf("CERTIFICATE_ISSUED")
                .map(step -> text(step.detail(), "certificateNo"))
                .orElse(null);
    }

    /** Every change since submission, oldest first. */
    public List<Change> changes() {
        var changes = new ArrayList<Change>();
        for (var step : progress.timeline()) {
            if (step.action() != null && BEFORE_SUBMISSION.contains(step.action())) {
                continue;
            }
            var action = step.action() != null && KNOWN_ACTIONS.contains(step.action()) ? step.action() : "other";
            var detail = step.detail();
            changes.add(new Change(
                    step.at(),
                    action,
                    "OPINION_RECORDED".equals(action) ? text(detail, "department") : null,
                    action.startsWith("SPECIAL_PROCEDURE") ? text(detail, "procedure") : null,
                    "CERTIFICATE_ISSUED".equals(action) ? text(detail, "certificateNo") : null,
                    "CASE_EXTENDED".equals(action) || "GAP_OPENED".equals(action) ? date(detail, "deadline") : null,
                    notes(step)));
        }
        return changes;
    }

    private List<Stage> stages(int current, String... names) {
        var stages = new ArrayList<Stage>();
        for (int i = 0; i < names.length; i++) {
            stages.add(new Stage(names[i], i < current ? State.DONE : i == current ? State.CURRENT : State.UPCOMING));
        }
        return stages;
    }

    private boolean happened(String action) {
        return progress.timeline().stream().anyMatch(step -> action.equals(step.action()));
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

    /** The words a step carries for the applicant: a reason, or each thing to correct. */
    private static List<String> notes(PublicProgress.Step step) {
        var detail = step.detail();
        var notes = new ArrayList<String>();
        switch (String.valueOf(step.action())) {
            case "SUPPLEMENT_REQUESTED" -> {
                var items = detail == null ? null : detail.get("items");
                if (items != null && items.isArray()) {
                    for (var item : items) {
                        addIfPresent(notes, text(item, "description"));
                    }
                }
            }
            case "NOT_ACCEPTED" -> addIfPresent(notes, text(detail, "legalReason"));
            case "DENIED", "APPROVED", "CASE_EXTENDED", "WITHDRAWAL_REFUSED" ->
                addIfPresent(notes, text(detail, "reason"));
            case "SPECIAL_PROCEDURE_STARTED" -> addIfPresent(notes, text(detail, "note"));
            default -> {
                // the other steps say all there is in their own sentence
            }
        }
        return List.copyOf(notes);
    }

    private static void addIfPresent(List<String> notes, String note) {
        if (note != null && !note.isBlank()) {
            notes.add(note.strip());
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        var value = node.get(field);
        return value == null || value.isNull() || value.isContainer() ? null : value.asString();
    }

    private static LocalDate date(JsonNode node, String field) {
        var value = text(node, field);
        if (value == null || value.isBlank() || "null".equals(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
