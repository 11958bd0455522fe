package org.onewindow.e2e.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.onewindow.e2e.fuzz.Operation.In;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the services' OpenAPI documents (springdoc, {@code /v3/api-docs/<service>}
 * through the gateway), in a stable order so that a seed means the same requests on every run.
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** The media types a body is sent as, best first: JSON, then an upload, then whatever is documented. */
    private static final List<String> PREFERRED_BODIES = List.of("application/json", "multipart/form-data");

    private OpenApiOperations() {}

    /** Reads each service's document with {@code fetch} (service name to its JSON) and lists its operations. */
    public static List<Operation> read(List<String> services, Function<String, String> fetch) {
        var operations = new ArrayList<Operation>();
        for (var service : services) {
            operations.addAll(parse(service, Json.read(fetch.apply(service))));
        }
        return List.copyOf(operations);
    }

    static List<Operation> parse(String service, JsonNode document) {
        var schemas = new Schemas(document);
        var operations = new ArrayList<Operation>();
        var paths = document.path("paths");
        for (var path : paths.properties()) {
            var item = schemas.resolve(path.getValue());
            for (var entry : item.properties()) {
                var method = entry.getKey().toLowerCase(Locale.ROOT);
                if (!METHODS.contains(method)) {
                    continue;
                }
                var operation = entry.getValue();
                var parameters = new LinkedHashMap<String, Operation.Parameter>();
                addParameters(item.path("parameters"), schemas, parameters);
                addParameters(operation.path("parameters"), schemas, parameters);
                operations.add(new Operation(
                        service,
                        method.toUpperCase(Locale.ROOT),
                        path.getKey(),
                        List.copyOf(parameters.values()),
                        body(operation.path("requestBody"), schemas),
                        schemas));
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    /**
     * Parameters by place and name, an operation's own replacing its path's. A query parameter that
     * is an object (a {@code @ModelAttribute} springdoc did not flatten) is bound by Spring from
     * its properties, one query parameter each: those are what the fuzz sends.
     */
    private static void addParameters(
            JsonNode declared, Schemas schemas, LinkedHashMap<String, Operation.Parameter> parameters) {
        for (var node : declared.values()) {
            var parameter = schemas.resolve(node);
            var in = In.of(parameter.path("in").asString("query"));
            var name = parameter.path("name").asString();
            var schema = parameter.path("schema");
            boolean required = parameter.path("required").asBoolean(in == In.PATH);
            if (in == In.QUERY && schemas.type(schema).equals("object")) {
                var requiredProperties = schemas.required(schema);
                for (var property : schemas.properties(schema).entrySet()) {
                    parameters.put(
                            In.QUERY + ":" + property.getKey(),
                            new Operation.Parameter(
                                    property.getKey(),
                                    In.QUERY,
                                    requiredProperties.contains(property.getKey()),
                                    property.getValue()));
                }
                continue;
            }
            parameters.put(in + ":" + name, new Operation.Parameter(name, in, required, schema));
        }
    }

    private static Operation.Body body(JsonNode requestBody, Schemas schemas) {
        if (requestBody.isMissingNode()) {
            return null;
        }
        var resolved = schemas.resolve(requestBody);
        var content = resolved.path("content");
        if (content.isEmpty()) {
            return null;
        }
        var mediaType = PREFERRED_BODIES.stream()
                .filter(content::has)
                .findFirst()
                .orElseGet(() -> content.propertyNames().iterator().next());
        return new Operation.Body(
                mediaType,
                content.path(mediaType).path("schema"),
                resolved.path("required").asBoolean(false));
    }
}
