package org.onewindow.application.prereview;

import java.util.List;

/**
 * Passed, or every problem at once; and what may follow after acceptance with gaps (容缺), told
 * as notices that do not stop the submission.
 */
public record PreReviewResult(boolean passed, List<PreReviewProblem> problems, List<PreReviewProblem> notices) {

    public static PreReviewResult of(List<PreReviewProblem> problems, List<PreReviewProblem> notices) {
        return new PreReviewResult(problems.isEmpty(), List.copyOf(problems), List.copyOf(notices));
    }
}
