package org.onewindow.portal.applications;

import org.onewindow.portal.system.GatewayUnavailableException;
import org.onewindow.portal.system.NotFoundException;
import org.onewindow.portal.system.SignInAgainException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * What an answer of application-service means to a page: 404 the calm not-found page (another
 * person's application is a 404 too, as if it did not exist); 401 signing in again and coming back;
 * 5xx, 429 or no answer the calm unavailable page; any other refusal an {@link ApiRefusedException}
 * the page explains. Other staff features read their own APIs through it too.
 */
public final class ApiAnswers {

    private ApiAnswers() {}

    /** The answer's body as {@code type}, or null when {@code type} is null (the body is not read). */
    public static <T> T read(String what, RestClient.RequestHeadersSpec<?> request, Class<T> type) {
        try {
            return request.exchange((call, response) -> {
                var status = response.getStatusCode().value();
                if (response.getStatusCode().is2xxSuccessful()) {
                    return type == null ? null : response.bodyTo(type);
                }
                if (status == 401) {
                    throw new SignInAgainException("the API no longer takes the token (" + what + ")");
                }
                if (status == 404) {
                    throw new NotFoundException(what + ": not found, or not this person's");
                }
                if (status >= 500 || status == 429) {
                    throw new GatewayUnavailableException(what + " answered " + status);
                }
                throw new ApiRefusedException(what, problem(response, status));
            });
        } catch (RestClientException e) {
            throw new GatewayUnavailableException(what + " failed", e);
        }
    }

    private static ApiProblem problem(
            RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response, int status) {
        try {
            var problem = response.bodyTo(ApiProblem.class);
            return problem == null ? ApiProblem.of(status) : problem.withStatus(status);
        } catch (RestClientException e) {
            // not a problem document (a proxy's page): the status alone still says what happened
            return ApiProblem.of(status);
        }
    }
}
