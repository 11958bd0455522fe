package org.onewindow.portal.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.onewindow.portal.publicapi.BusyException;
import org.onewindow.portal.system.GatewayUnavailableException;
import org.springframework.beans.factory.annotation.Value;
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
 *
 * <p>What it reads is the same for every visitor and changes only when an item is published or
 * retired, so an answer is kept for {@code onewindow.catalog.cache-ttl} (30 s): in a busy hour the
 * search and guide pages then cost no second hop through the gateway each. A published version
 * never changes and is kept until pushed out by size. Only answers are kept, never a failure.
 */
@Component
public class CatalogClient {

    private static final int KEPT = 2_000;

    private final RestClient gateway;
    private final Cache<SearchRequest, ItemPage> searches;
    private final Cache<String, PublishedItem> items;
    private final Cache<String, PublishedItem> versions;

    CatalogClient(RestClient gateway, @Value("${onewindow.catalog.cache-ttl:30s}") Duration ttl) {
        this.gateway = gateway;
        this.searches =
                Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(KEPT).build();
        this.items =
                Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(KEPT).build();
        this.versions =
                Caffeine.newBuilder().maximumSize(ttl.isZero() ? 0 : KEPT).build();
    }

    public ItemPage search(SearchRequest request) {
        return searches.get(request, this::searchNow);
    }

    public Optional<PublishedItem> item(String code) {
        return Optional.ofNullable(items.get(
                code,
                key -> published("catalog item " + code, "/api/catalog/items/{code}", code)
                        .orElse(null)));
    }

    /** The version an application was made under: its form and materials, even after a newer one. */
    public Optional<PublishedItem> version(String code, int version) {
        return Optional.ofNullable(versions.get(
                code + "/" + version,
                key -> published(
                                "catalog item " + code + " version " + version,
                                "/api/catalog/items/{code}/versions/{version}",
                                code,
                                version)
                        .orElse(null)));
    }

    private ItemPage searchNow(SearchRequest request) {
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
