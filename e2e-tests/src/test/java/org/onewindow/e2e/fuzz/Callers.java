package org.onewindow.e2e.fuzz;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who calls each operation legitimately (API.md and the services' SecurityConfig), so that a bad
 * input meets the service's checks instead of a 403. The OpenAPI documents carry no security
 * requirements, hence this table; an operation it does not know is called as a supervisor and
 * named in the report.
 */
final class Callers {

    static final String ANONYMOUS = "anonymous";

    /** Another department's system: the dev realm's demo sharing client, by the client-credentials grant. */
    static final String SHARING_CLIENT = "sharing-demo";

    /** Every demo identity with a token, besides the anonymous caller. */
    static final List<String> IDENTITIES = List.of(
            "applicant",
            "applicant2",
            "clerk",
            "reviewer-pub",
            "reviewer-rtv",
            "reviewer-prt",
            "approver",
            "catalog-admin",
            "supervisor",
            "provincial-platform");

    private static final Set<String> STAFF =
            Set.of("clerk", "reviewer-pub", "reviewer-rtv", "reviewer-prt", "approver", "supervisor", "catalog-admin");

    private record Rule(String method, Pattern path, String who) {

        boolean matches(Operation operation) {
            return (method.equals("*") || method.equals(operation.method()))
                    && path.matcher(operation.path()).matches();
        }
    }

    // first match wins; {vars} are matched by [^/]+
    private static final List<Rule> RULES = List.of(
            rule("*", "/api/[^/]+/(dead-letters|outbox)(/.*)?", "supervisor"),
            rule("GET", "/api/catalog/items/[^/]+/draft", "catalog-admin"),
            rule("GET", "/api/catalog/items(/.*)?", ANONYMOUS),
            rule("GET", "/api/catalog/resources(/.*)?", ANONYMOUS),
            rule("*", "/api/catalog/changes(/.*)?", "provincial-platform"),
            rule("*", "/api/catalog/.*", "catalog-admin"),
            rule("*", "/api/applications/progress/.*", ANONYMOUS),
            rule("*", "/api/applications/provincial/.*", "supervisor"),
            rule("*", "/api/applications(/.*)?", "applicant"),
            rule("GET", "/api/review/certificates/.*", ANONYMOUS),
            rule("GET", "/api/review/certificate-types(/.*)?", ANONYMOUS),
            rule("POST", "/api/review/certificates/verify", ANONYMOUS),
            rule("POST", "/api/review/certificates/[^/]+/revoke", "approver"),
            rule("*", "/api/review/calendar/.*", "supervisor"),
            rule("POST", "/api/review/cases/[^/]+/(accept|not-accept|request-supplement)", "clerk"),
            rule("POST", "/api/review/cases/[^/]+/(opinions|special-procedure|special-procedure/end)", "reviewer-pub"),
            rule("POST", "/api/review/cases/[^/]+/(decision|extension)", "approver"),
            rule("GET", "/api/review/tasks", "clerk"),
            rule("GET", "/api/review/cases/.*", "clerk"),
            rule("GET", "/api/sharing/access-log", "supervisor"),
            rule("*", "/api/sharing/.*", SHARING_CLIENT),
            rule("POST", "/api/disclosure/complaints", ANONYMOUS),
            rule("GET", "/api/disclosure/complaints", "supervisor"),
            rule("POST", "/api/disclosure/.*", "supervisor"),
            rule("GET", "/api/disclosure/.*", ANONYMOUS));

    private Callers() {}

    static String of(Operation operation) {
        return RULES.stream()
                .filter(rule -> rule.matches(operation))
                .map(Rule::who)
                .findFirst()
                .orElse("supervisor");
    }

    static boolean isKnown(Operation operation) {
        return RULES.stream().anyMatch(rule -> rule.matches(operation));
    }

    static boolean isStaff(String who) {
        return STAFF.contains(who) || who.equals("provincial-platform") || who.equals(SHARING_CLIENT);
    }

    /**
     * The public progress lookup counts every unknown case or wrong code against the caller's
     * address (GuessThrottle: 20 in 15 minutes), and behind the gateway every caller has the
     * gateway's address. Guesses here would lock the lookup for the other e2e tests, so only inputs
     * refused before the lookup are sent.
     */
    static boolean isGuessThrottled(Operation operation) {
        return operation.path().startsWith("/api/applications/progress/");
    }

    /** Anonymous complaint filing: 5 at once, then 1 a minute per client, at the gateway. */
    static boolean isRateLimited(Operation operation) {
        return operation.method().equals("POST") && operation.path().equals("/api/disclosure/complaints");
    }

    private static Rule rule(String method, String path, String who) {
        return new Rule(method, Pattern.compile(path), who);
    }
}
