package org.onewindow.portal.publicapi;

import java.net.URI;
import java.util.Set;
import java.util.function.Function;
import org.onewindow.portal.system.GatewayUnavailableException;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

/**
 * The anonymous calls of the pages for people without an account, through the gateway's public
 * API. A gateway that does not answer, or a service behind it that is down (5xx), becomes
 * {@link GatewayUnavailableException} (the calm page); the statuses a page has words for come back
 * as an {@link Answer}; anything else is a bug of the portal's, not the person's.
 *
 * <p>What is described in {@code what} goes to the log: never put a query code in it.
 */
@Component
public class PublicApi {

    /** The statuses a page explains in plain words; the rest are the portal's own mistakes. */
    private static final Set<Integer> EXPLAINED = Set.of(400, 404, 409, 422, 429);

    private final RestClient gateway;

    PublicApi(RestClient gateway) {
        this.gateway = gateway;
    }

    public <T> Answer<T> get(String what, Function<UriBuilder, URI> uri, ParameterizedTypeReference<T> type) {
        return exchange(what, gateway.get().uri(uri), type);
    }

    public <T> Answer<T> post(
            String what, Function<UriBuilder, URI> uri, Object body, ParameterizedTypeReference<T> type) {
        return exchange(
                what,
                gateway.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body),
                type);
    }

    private <T> Answer<T> exchange(
            String what, RestClient.RequestHeadersSpec<?> request, ParameterizedTypeReference<T> type) {
        try {
            return request.exchange((call, response) -> {
                int status = response.getStatusCode().value();
                if (status >= 500) {
                    throw new GatewayUnavailableException(what + " answered " + status);
                }
                if (status >= 200 && status < 300) {
                    return new Answer<>(status, status == 204 ? null : response.bodyTo(type), null);
                }
                if (EXPLAINED.contains(status)) {
                    return new Answer<>(status, null, problem(response, status));
                }
                // 401, 403, 405...: the portal called something it should not have; the log says what
                throw new IllegalStateException(what + " was refused with " + status);
            });
        } catch (RestClientException e) {
            throw new GatewayUnavailableException(what + " failed", e);
        }
    }

    private static ApiProblem problem(
            RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response, int status) {
        try {
            var problem = response.bodyTo(ApiProblem.class);
            return problem == null ? ApiProblem.ofStatus(status) : problem;
        } catch (RuntimeException unreadable) {
            // a problem we cannot read is still an answer with this status
            return ApiProblem.ofStatus(status);
        }
    }
}
