package org.onewindow.portal.filing;

/**
 * The API refused a step (400, 403, 409, 413, 415, 422): the page that asked shows why, in the
 * person's words; never the API's answer itself.
 */
class ApiProblemException extends RuntimeException {

    private final transient ApiProblem problem;

    ApiProblemException(String what, ApiProblem problem) {
        super(what + " refused: " + problem.status() + " " + problem.slug());
        this.problem = problem;
    }

    ApiProblem problem() {
        return problem;
    }

    int status() {
        return problem.status() == null ? 0 : problem.status();
    }
}
