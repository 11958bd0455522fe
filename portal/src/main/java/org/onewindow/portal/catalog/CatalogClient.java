package org.onewindow.portal.catalog;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.onewindow.portal.publicapi.BusyException;
import org.onewindow.portal.system.GatewayUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

/**
 * The catalog's public reads, through the gateway. A gateway that does not answer, or a service
 * behind it that is down (5xx, the gateway's circuit-breaker fallback), becomes
 * {@link GatewayUnavailableException}; the rate limit's 429 is {@link BusyException}; an unknown item
 * is an empty result, not an error.
 */
@Component
public class CatalogClient {

    private final RestClient gateway;

    CatalogClient(RestClient gateway) {
        this.gateway = gateway;
    }

    public ItemPage search(SearchRequest request) {
        try {
            return gateway.get().uri(uri -> searchUri(uri, request)).exchange((call, response) -> {
                failIfDown(response.getStatusCode().value(), "catalog search");
                if (response.getStatusCode().isError()) {
                    throw new IllegalStateException("the catalog refused the portal's search: "
                            + response.getStatusCode() + " " + call.getURI());
                }
                return response.bodyTo(ItemPage.class);
            });
        } catch (RestClientException e) {
            throw new GatewayUnavailableException("catalog search failed", e);
        }
    }

    public Optional<PublishedItem> item(String code) {
        return published("catalog item " + code, "/api/catalog/items/{code}", code);
    }

    /** The version an application was made under: its form and materials, even after a newer one. */
    public Optional<PublishedItem> version(String code, int version) {
        return published(
                "catalog item " + code + " version " + version,
                "/api/catalog/items/{code}/versions/{version}",
                code,
                version);
    }

    private Optional<PublishedItem> published(String what, String uri, Object... variables) {
        try {
            return gateway.get().uri(uri, variables).exchange((call, response) -> {
                if (response.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                    return Optional.empty();
                }
                failIfDown(response.getStatusCode().value(), what);
                if (response.getStatusCode().isError()) {
                    throw new IllegalStateException("the catalog refused " + what + ": " + response.getStatusCode());
                }
                return Optional.ofNullable(response.bodyTo(PublishedItem.class));
            });
        } catch (RestClientException e) {
            throw new GatewayUnavailableException(what + " failed", e);
        }
    }

    private static URI searchUri(UriBuilder uri, SearchRequest request) {
        // values go in as variables so that Chinese and reserved characters are encoded
        var values = new HashMap<String, Object>();
        uri.path("/api/catalog/items").queryParam("page", request.page()).queryParam("size", request.size());
        addIfPresent(uri, values, "q", request.q());
        addIfPresent(uri, values, "department", request.department());
        addIfPresent(uri, values, "serviceObject", request.serviceObject());
        return uri.build(values);
    }

    private static void addIfPresent(UriBuilder uri, Map<String, Object> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, "{" + name + "}");
            values.put(name, value.strip());
        }
    }

    private static void failIfDown(int status, String what) {
        // the gateway's rate limit: "wait a moment", not an error page
        if (status == HttpStatus.TOO_MANY_REQUESTS.value()) {
            throw new BusyException(what);
        }
        if (status >= 500) {
            throw new GatewayUnavailableException(what + " answered " + status);
        }
    }
}
