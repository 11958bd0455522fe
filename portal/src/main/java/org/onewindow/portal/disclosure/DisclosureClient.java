package org.onewindow.portal.disclosure;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.onewindow.portal.publicapi.Answer;
import org.onewindow.portal.publicapi.BusyException;
import org.onewindow.portal.publicapi.PublicApi;
import org.onewindow.portal.publicapi.Slice;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriBuilder;

/**
 * disclosure-service's public reads (信息公开). Lists come back as a {@link Slice}: the API tells no
 * total. A 429 is the gateway's rate limit ({@link BusyException}); a 400 on a list is the
 * portal's own mistake; the period of the statistics is the person's, and comes back as problems.
 */
@Component
class DisclosureClient {

    /** The API's largest page: the item filter offers the first hundred published guides. */
    static final int MAX_SIZE = 100;

    private final PublicApi api;

    DisclosureClient(PublicApi api) {
        this.api = api;
    }

    List<Disclosed.Item> items() {
        return list(
                        "disclosed items",
                        uri -> uri.path("/api/disclosure/items")
                                .queryParam("page", 0)
                                .queryParam("size", MAX_SIZE)
                                .build(),
                        new ParameterizedTypeReference<List<Disclosed.Item>>() {})
                .items();
    }

    Slice<Disclosed.Result> results(String itemCode, int page, int size) {
        return list(
                "disclosed results",
                uri -> paged(uri.path("/api/disclosure/results"), page, size, "itemCode", itemCode),
                new ParameterizedTypeReference<List<Disclosed.Result>>() {},
                page,
                size);
    }

    Slice<Disclosed.Correction> corrections(int page, int size) {
        return list(
                "correction column",
                uri -> paged(uri.path("/api/disclosure/corrections"), page, size, null, null),
                new ParameterizedTypeReference<List<Disclosed.Correction>>() {},
                page,
                size);
    }

    Slice<Disclosed.NoticeSummary> notices(String kind, int page, int size) {
        return list(
                "notices",
                uri -> paged(uri.path("/api/disclosure/notices"), page, size, "kind", kind),
                new ParameterizedTypeReference<List<Disclosed.NoticeSummary>>() {},
                page,
                size);
    }

    Optional<Disclosed.Notice> notice(String number) {
        var answer = api.get(
                "notice",
                uri -> uri.path("/api/disclosure/notices/{number}").build(Map.of("number", number)),
                new ParameterizedTypeReference<Disclosed.Notice>() {});
        return readable("notice", answer).found();
    }

    /** 400 with {@code from}/{@code to} problems when the period is not one. */
    Answer<Statistics> statistics(String department, LocalDate from, LocalDate to) {
        return readable(
                "statistics",
                api.get(
                        "statistics",
                        uri -> withPeriod(uri.path("/api/disclosure/statistics"), department, from, to)
                                .build(),
                        new ParameterizedTypeReference<>() {}));
    }

    Answer<EvaluationSummary> evaluations(String department, LocalDate from, LocalDate to, int page, int size) {
        return readable(
                "evaluations",
                api.get(
                        "evaluations",
                        uri -> withPeriod(uri.path("/api/disclosure/evaluations"), department, from, to)
                                .queryParam("page", page)
                                .queryParam("size", size)
                                .build(),
                        new ParameterizedTypeReference<>() {}));
    }

    private <T> Slice<T> list(String what, Function<UriBuilder, URI> uri, ParameterizedTypeReference<List<T>> type) {
        return list(what, uri, type, 0, MAX_SIZE);
    }

    private <T> Slice<T> list(
            String what, Function<UriBuilder, URI> uri, ParameterizedTypeReference<List<T>> type, int page, int size) {
        var answer = readable(what, api.get(what, uri, type));
        if (!answer.ok()) {
            throw new IllegalStateException(what + " refused the portal's query: " + answer.status());
        }
        return new Slice<>(answer.body(), page, size);
    }

    private static <T> Answer<T> readable(String what, Answer<T> answer) {
        if (answer.tooMany()) {
            throw new BusyException(what);
        }
        return answer;
    }

    /** A filter goes in as a URI variable (encoded); an empty one is left out. */
    private static URI paged(UriBuilder uri, int page, int size, String filter, String value) {
        uri.queryParam("page", page).queryParam("size", size);
        if (filter == null || value == null || value.isBlank()) {
            return uri.build();
        }
        return uri.queryParam(filter, "{" + filter + "}").build(Map.of(filter, value));
    }

    private static UriBuilder withPeriod(UriBuilder uri, String department, LocalDate from, LocalDate to) {
        if (department != null && !department.isBlank()) {
            uri.queryParam("department", department);
        }
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        return uri;
    }
}
