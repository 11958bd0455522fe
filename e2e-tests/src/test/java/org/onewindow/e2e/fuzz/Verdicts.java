package org.onewindow.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the issue asks of every answer: never a 5xx; every 4xx an {@code application/problem+json}
 * whose {@code status} is the answer's; nothing written on a refusal; and what must be refused
 * (no token, a forged one, another user's id, the wrong role) refused.
 */
final class Verdicts {

    private Verdicts() {}

    /** Why this answer fails, if it does: one line per reason. */
    static List<String> judge(FuzzCase fuzzCase, FuzzClient.Outcome outcome, Map<String, Long> rowsChanged) {
        var reasons = new ArrayList<String>();
        if (!outcome.answered()) {
            if (!fuzzCase.mayCloseConnection()) {
                reasons.add("no answer: " + outcome.error());
            }
            return reasons;
        }
        int status = outcome.status();
        if (status >= 500) {
            reasons.add("server error " + status);
        }
        if (status >= 400 && status < 500) {
            problemIn(outcome).ifPresent(reasons::add);
        }
        if (fuzzCase.mustRefuse() && status < 400) {
            reasons.add("answered " + status + " to a request it must refuse");
        }
        if (status >= 400 && !rowsChanged.isEmpty()) {
            reasons.add("wrote on a refusal: row counts changed " + rowsChanged);
        }
        return reasons;
    }

    /**
     * The one exception, named: a request line longer than 8 KB (414) or headers over their limit
     * (431) are refused by the gateway's HTTP decoder (Reactor Netty) before any of our code or
     * Spring's runs, with a bare status line and no way to give it a body. Nothing reaches a
     * service, and the status says what is wrong; an empty body is all there is to these.
     */
    static final java.util.Set<Integer> BARE_DECODER_REFUSALS = java.util.Set.of(414, 431);

    private static java.util.Optional<String> problemIn(FuzzClient.Outcome outcome) {
        int status = outcome.status();
        if (BARE_DECODER_REFUSALS.contains(status) && outcome.body().length == 0) {
            return java.util.Optional.empty();
        }
        if (!outcome.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/problem+json")) {
            var type = outcome.contentType().isEmpty() ? "no Content-Type" : "Content-Type " + outcome.contentType();
            return java.util.Optional.of(
                    status + " without application/problem+json (" + type + ", " + outcome.body().length + " bytes)");
        }
        try {
            var problem = Json.read(new String(outcome.body(), StandardCharsets.UTF_8));
            if (!problem.isObject() || problem.path("status").asInt(-1) != status || !problem.has("type")) {
                return java.util.Optional.of(
                        status + " with a problem body that does not say type and status " + status);
            }
        } catch (RuntimeException e) {
            return java.util.Optional.of(status + " with a problem body that is not JSON");
        }
        return java.util.Optional.empty();
    }
}
