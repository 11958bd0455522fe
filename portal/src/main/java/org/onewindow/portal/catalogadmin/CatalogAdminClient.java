package org.onewindow.portal.catalogadmin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.onewindow.portal.applications.ApiAnswers;
import org.onewindow.portal.catalogadmin.AdminItems.Draft;
import org.onewindow.portal.catalogadmin.AdminItems.Page;
import org.onewindow.portal.catalogadmin.AdminItems.Version;
import org.onewindow.portal.catalogadmin.AdminItems.VersionLine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * catalog-service's admin API through the gateway as the signed-in catalog admin: the API decides
 * what is valid and who may change it. What each answer means to a page is {@link ApiAnswers}'.
 */
@Component
class CatalogAdminClient {

    static final int PAGE_SIZE = 50;

    private final RestClient gateway;

    CatalogAdminClient(@Qualifier("userGateway") RestClient gateway) {
        this.gateway = gateway;
    }

    Page list(int page) {
        return ApiAnswers.read(
                "the catalog admin's item list",
                gateway.get()
                        .uri(uri -> uri.path("/api/catalog/items")
                                .queryParam("status", "")
                                .queryParam("page", page)
                                .queryParam("size", PAGE_SIZE)
                                .build()),
                Page.class);
    }

    Draft draft(String code) {
        return ApiAnswers.read(
                "draft of " + code, gateway.get().uri("/api/catalog/items/{code}/draft", code), Draft.class);
    }

    Draft create(ObjectNode guide) {
        return ApiAnswers.read(
                "new item",
                gateway.post()
                        .uri("/api/catalog/items")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(guide),
                Draft.class);
    }

    /** The draft as edited from {@code revision}: someone else's save in between is a conflict, not lost work. */
    Draft save(String code, ObjectNode guide, Integer revision) {
        var request = gateway.put()
                .uri("/api/catalog/items/{code}/draft", code)
                .contentType(MediaType.APPLICATION_JSON)
                .body(guide);
        if (revision != null) {
            request.header("If-Match", "\"" + revision + "\"");
        }
        return ApiAnswers.read("draft of " + code, request, Draft.class);
    }

    Version publish(String code) {
        return ApiAnswers.read(
                "publication of " + code, gateway.post().uri("/api/catalog/items/{code}/publish", code), Version.class);
    }

    void retire(String code, String reason) {
        ApiAnswers.read(
                "retirement of " + code,
                gateway.post()
                        .uri("/api/catalog/items/{code}/retire", code)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("reason", reason)),
                null);
    }

    List<VersionLine> versions(String code) {
        var found = ApiAnswers.read(
                "history of " + code,
                gateway.get().uri("/api/catalog/items/{code}/versions", code),
                VersionLine[].class);
        return found == null ? List.of() : Arrays.asList(found);
    }

    Version version(String code, int version) {
        return ApiAnswers.read(
                "version " + version + " of " + code,
                gateway.get().uri("/api/catalog/items/{code}/versions/{version}", code, version),
                Version.class);
    }
}
