package org.onewindow.portal.applications;

import java.util.List;

/**
 * POST /api/applications/{id}/pre-review: every problem at once (一次性告知), and notices that do not
 * stop a submission (a material that may follow after acceptance, 容缺).
 */
public record PreReviewResult(boolean passed, List<Problem> problems, List<Problem> notices) {

    public PreReviewResult {
        problems = problems == null ? List.of() : List.copyOf(problems);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** {@code message} is the API's Chinese; {@code messageEn} is left unread. */
    public record Problem(String code, String field, String materialId, String message) {}
}
