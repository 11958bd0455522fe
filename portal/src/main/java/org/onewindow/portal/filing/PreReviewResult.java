package org.onewindow.portal.filing;

import java.util.List;

/**
 * POST /api/applications/{id}/pre-review: every problem at once (一次性告知), and notices that do not
 * stop a submission (a material that may follow after acceptance, 容缺).
 */
record PreReviewResult(boolean passed, List<Problem> problems, List<Problem> notices) {

    PreReviewResult {
        problems = problems == null ? List.of() : List.copyOf(problems);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** {@code message} is the API's Chinese; {@code messageEn} is left unread. */
    record Problem(String code, String field, String materialId, String message) {

        Issue issue() {
            return new Issue(code, Issue.topLevel(field), materialId, message);
        }
    }

    List<Issue> problemIssues() {
        return problems.stream().map(Problem::issue).toList();
    }

    List<Issue> noticeIssues() {
        return notices.stream().map(Problem::issue).toList();
    }
}
