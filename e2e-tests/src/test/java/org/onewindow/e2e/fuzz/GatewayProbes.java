package org.onewindow.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Requests the gateway answers by itself, whatever the operation: URLs its firewall or its HTTP
 * decoder refuses, paths with no route, bodies sent in chunks past the limit. Sent once per run,
 * not once per operation: the answer does not depend on the operation, and the issue asks that
 * the gateway's own 4xx be problem details too.
 */
final class GatewayProbes {

    private GatewayProbes() {}

    /** Each probe with the service whose database it could touch ({@code null}: none). */
    record Probe(String service, FuzzCase fuzzCase) {}

    static List<Probe> all(String itemCode) {
        var items = "/api/catalog/items/";
        return List.of(
                probe("catalog", "url: encoded slash in an id", items + "a%2Fb"),
                probe("catalog", "url: semicolon (path parameter)", items + encoded(itemCode) + ";jsessionid=1"),
                probe("catalog", "url: double slash", "/api/catalog//items"),
                probe("catalog", "url: encoded backslash", items + "a%5Cb"),
                probe("catalog", "url: encoded percent sign", items + "a%25b"),
                probe("catalog", "url: encoded dot segments", items + "%2e%2e/" + encoded(itemCode)),
                probe("catalog", "url: encoded line feed", items + "a%0Ab"),
                probe("catalog", "url: 9,000 characters", items + "A".repeat(9_000)),
                // short enough for the gateway's 4 KB request line, more than Tomcat's 1,000 parameters
                probe("catalog", "url: 1,100 query parameters", "/api/catalog/items?" + "p&".repeat(1_100) + "q=x"),
                new Probe(
                        "catalog",
                        FuzzCase.of("GET", "/api/catalog/items", Callers.ANONYMOUS)
                                .labelled("header: 20,000 characters")
                                .withHeader("X-Fuzz", "h".repeat(20_000))),
                new Probe(
                        "catalog",
                        FuzzCase.of("FUZZ", "/api/catalog/items", Callers.ANONYMOUS)
                                .labelled("method: not an HTTP method")),
                probe(null, "route: unknown API path, anonymous", "/api/nowhere"),
                new Probe(
                        null,
                        FuzzCase.of("GET", "/api/nowhere", "supervisor")
                                .labelled("route: unknown API path, signed in")),
                chunked("catalog", "/api/catalog/items", "catalog-admin"),
                chunked("application", "/api/applications", "applicant"),
                chunked("review", "/api/review/certificates/verify", Callers.ANONYMOUS),
                chunked("disclosure", "/api/disclosure/notices", "supervisor"));
    }

    private static Probe probe(String service, String label, String target) {
        int query = target.indexOf('?');
        var fuzzCase = FuzzCase.of("GET", query < 0 ? target : target.substring(0, query), Callers.ANONYMOUS)
                .labelled(label);
        return new Probe(service, query < 0 ? fuzzCase : fuzzCase.withQuery(target.substring(query + 1)));
    }

    /**
     * A JSON body past the limit, sent without a length: the gateway reads up to the limit and then
     * refuses. It may close the connection instead of reading the rest, and a client still writing
     * then sees a reset rather than the 413; that is counted as "closed", not as a failure.
     */
    private static Probe chunked(String service, String path, String who) {
        var body =
                ("{\"pad\":\"" + "a".repeat(BodyMutations.OVER_THE_LIMIT) + "\"}").getBytes(StandardCharsets.US_ASCII);
        return new Probe(
                service,
                FuzzCase.of("POST", path, who)
                        .labelled("body: over the 1 MB limit, chunked")
                        .withBody("application/json", body)
                        .chunkedBody());
    }

    private static String encoded(String text) {
        return Values.encode(text);
    }
}
