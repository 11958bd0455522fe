package org.onewindow.e2e.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onewindow.e2e.fuzz.Operation.In;

/**
 * The bad requests for one operation, each wrong in one place: its token (none, forged,
 * unsigned), its caller (another user's id, the wrong role), a path id, a query parameter, a
 * header, or its body ({@link BodyMutations}). The seed chooses among the bad values; the counts
 * are bounded so that the whole run keeps to the CI budget.
 */
final class Mutations {

    static final int MAX_CASES = 48;
    private static final int PATH_VALUES_PER_PARAMETER = 4;
    private static final int MAX_PATH_CASES = 6;
    private static final int QUERY_VALUES_PER_PARAMETER = 3;
    private static final int MAX_QUERY_CASES = 8;
    private static final int HEADER_VALUES_PER_PARAMETER = 2;
    private static final List<String> METHODS = List.of("DELETE", "PATCH", "PUT", "POST", "GET");

    private final Samples samples;
    private final Fixtures fixtures;
    private final Intruders intruders;

    /**
     * @param forged a forged token with the claims of the given identity's real token
     * @param unsigned an {@code alg: none} token with them
     */
    Mutations(Fixtures fixtures, Function<String, String> forged, Function<String, String> unsigned) {
        this.samples = new Samples(fixtures);
        this.fixtures = fixtures;
        this.intruders = new Intruders(fixtures, forged, unsigned);
    }

    /** Every case for the operation; {@code draft} is the applicant's draft it may change. */
    List<FuzzCase> of(Operation operation, UUID draft, Random random) {
        var who = Callers.of(operation);
        var pathValues = pathValues(operation, draft);
        var base = base(operation, who, pathValues);
        var cases = new ArrayList<FuzzCase>();
        cases.addAll(intruders.tokens(operation, base, who));
        cases.addAll(intruders.strangers(operation, base, who, pathValues));
        cases.addAll(paths(operation, base, pathValues, random));
        cases.addAll(queries(operation, base, random));
        cases.addAll(headers(operation, base, random));
        if (operation.hasBody()) {
            cases.addAll(
                    operation.body().multipart()
                            ? BodyMutations.multipart(operation, base, random)
                            : BodyMutations.json(operation, base, samples.body(operation), random));
        }
        if (Callers.isGuessThrottled(operation)) {
            cases.removeIf(c -> !c.atDoor());
        }
        return cases.size() <= MAX_CASES ? cases : BodyMutations.pickSome(random, cases, MAX_CASES);
    }

    /** A method the path does not declare, with the path's legitimate caller: 405 (or 401/403), never a 5xx. */
    FuzzCase undeclaredMethod(Operation operation, Set<String> declared) {
        var method =
                METHODS.stream().filter(m -> !declared.contains(m)).findFirst().orElse("PATCH");
        var base = base(
                operation,
                Callers.of(operation),
                pathValues(operation, fixtures.ownDrafts().get(0)));
        var probe = base.labelled("method " + method + " (not declared)")
                .withMethod(method)
                .atDoor(true);
        return method.equals("GET") || method.equals("DELETE")
                ? probe.withBody(null, null)
                : probe.withBody("application/json", "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private Map<String, String> pathValues(Operation operation, UUID draft) {
        var values = new LinkedHashMap<String, String>();
        for (var parameter : operation.in(In.PATH)) {
            values.put(parameter.name(), samples.path(operation, parameter, draft));
        }
        return values;
    }

    private FuzzCase base(Operation operation, String who, Map<String, String> pathValues) {
        var base = FuzzCase.of(operation.method(), render(operation.path(), pathValues, Map.of()), who);
        var query = operation.in(In.QUERY).stream()
                .filter(Operation.Parameter::required)
                .collect(Collectors.toMap(
                        Operation.Parameter::name,
                        p -> Values.encode(samples.parameter(operation, p)),
                        (a, b) -> a,
                        LinkedHashMap::new));
        base = base.withQuery(query.isEmpty() ? null : join(query));
        for (var header : operation.in(In.HEADER)) {
            if (header.required()) {
                base = base.withHeader(header.name(), samples.parameter(operation, header));
            }
        }
        if (operation.hasBody()) {
            base = operation.body().multipart()
                    ? base.withBody(
                            Multipart.CONTENT_TYPE,
                            Multipart.of(
                                    List.of(new Multipart.Part("file", "fuzz.pdf", "application/pdf", Multipart.PDF))))
                    : base.withBody("application/json", Json.bytes(samples.body(operation)));
        }
        return base;
    }

    private List<FuzzCase> paths(Operation operation, FuzzCase base, Map<String, String> pathValues, Random random) {
        var cases = new ArrayList<FuzzCase>();
        var schemas = operation.schemas();
        for (var parameter : operation.in(In.PATH)) {
            var sample = pathValues.get(parameter.name());
            var all = Values.path(schemas.type(parameter.schema()), schemas.text(parameter.schema(), "format"), sample);
            // always one the gateway's text filter must refuse, and the seed's choice of the rest
            var chosen = new ArrayList<Values.BadText>();
            chosen.add(all.get(0));
            chosen.addAll(BodyMutations.pickSome(random, all.subList(1, all.size()), PATH_VALUES_PER_PARAMETER - 1));
            for (var bad : chosen) {
                cases.add(base.labelled("path " + parameter.name() + ": " + bad.label())
                        .withPath(render(operation.path(), pathValues, Map.of(parameter.name(), bad.raw())))
                        .atDoor(bad.door()));
            }
        }
        return cases.size() <= MAX_PATH_CASES ? cases : BodyMutations.pickSome(random, cases, MAX_PATH_CASES);
    }

    private List<FuzzCase> queries(Operation operation, FuzzCase base, Random random) {
        var cases = new ArrayList<FuzzCase>();
        var schemas = operation.schemas();
        for (var parameter : operation.in(In.QUERY)) {
            var schema = parameter.schema();
            var all = Values.query(
                    schemas.type(schema), schemas.text(schema, "format"), schemas.enumValues(schema) != null);
            for (var bad : BodyMutations.pickSome(random, all, QUERY_VALUES_PER_PARAMETER)) {
                var query = base.rawQuery() == null ? "" : base.rawQuery();
                query = query.replaceAll("(^|&)" + java.util.regex.Pattern.quote(parameter.name()) + "=[^&]*", "");
                var pair = parameter.name() + "=" + bad.raw();
                cases.add(base.labelled("query " + parameter.name() + ": " + bad.label())
                        .withQuery(query.isEmpty() ? pair : query.replaceFirst("^&", "") + "&" + pair)
                        .atDoor(bad.door()));
            }
        }
        return cases.size() <= MAX_QUERY_CASES ? cases : BodyMutations.pickSome(random, cases, MAX_QUERY_CASES);
    }

    private List<FuzzCase> headers(Operation operation, FuzzCase base, Random random) {
        var cases = new ArrayList<FuzzCase>();
        for (var parameter : operation.in(In.HEADER)) {
            for (var bad : BodyMutations.pickSome(random, Values.header(), HEADER_VALUES_PER_PARAMETER)) {
                cases.add(base.labelled("header " + parameter.name() + ": " + bad.label())
                        .withHeader(parameter.name(), bad.raw()));
            }
        }
        return cases;
    }

    /** The path template with its values: samples encoded, overrides as given (already raw). */
    static String render(String template, Map<String, String> samples, Map<String, String> rawOverrides) {
        var path = template;
        for (var entry : samples.entrySet()) {
            var raw = rawOverrides.getOrDefault(entry.getKey(), Values.encode(entry.getValue()));
            path = path.replace("{" + entry.getKey() + "}", raw);
        }
        return path;
    }

    private static String join(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }
}
