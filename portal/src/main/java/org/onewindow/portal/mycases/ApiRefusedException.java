package org.onewindow.portal.mycases;

/**
 * The API refused what the applicant asked (400, 409, 413, 415, 422...): the page shows why in
 * plain words and what to do, next to the field concerned.
 */
class ApiRefusedException extends RuntimeException {

    private final int status;
    private final ApiProblem problem;

    ApiRefusedException(int status, ApiProblem problem) {
        super("the API answered " + status + " " + problem.slug());
        this.status = status;
        this.problem = problem;
    }

    int status() {
        return status;
    }

    ApiProblem problem() {
        return problem;
    }

    boolean conflict() {
        return status == 409;
    }
}
