package org.onewindow.portal.applications;

/**
 * The API refused what the applicant asked (400, 403, 409, 413, 415, 422...): the page that asked
 * shows why in plain words and what to do, never the API's answer itself.
 */
public class ApiRefusedException extends RuntimeException {

    private final transient ApiProblem problem;

    ApiRefusedException(String what, ApiProblem problem) {
        super(what + " refused: " + problem.status() + " " + problem.slug());
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }

    public int status() {
        return problem.status() == null ? 0 : problem.status();
    }

    /** The application is no longer in a state that allows this (someone or something was first). */
    public boolean conflict() {
        return status() == 409;
    }
}
