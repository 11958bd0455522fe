package org.onewindow.application.prereview;

import java.util.List;

/** Passed, or every problem at once. */
public record PreReviewResult(boolean passed, List<PreReviewProblem> problems) {

    public static PreReviewResult of(List<PreReviewProblem> problems) {
        return new PreReviewResult(problems.isEmpty(), List.copyOf(problems));
    }
}
