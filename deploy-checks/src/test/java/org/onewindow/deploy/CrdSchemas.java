package org.onewindow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The CRD schemas kept in src/test/resources/crds (their README says where each comes from), by
 * {@code group/version/Kind}, made strict: every object schema that lists its properties and neither
 * allows others nor preserves unknown fields is closed, as a cluster's strict field validation is.
 */
final class CrdSchemas {

    static final Path FOLDER = Path.of("src/test/resources/crds");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    private final Map<String, JsonSchema> schemas = new HashMap<>();

    CrdSchemas() {
        try (var files = Files.list(FOLDER)) {
            for (var file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                // SnakeYAML, not Jackson: the CRDs use anchors, which it resolves
                Object loaded = new Yaml(new LoaderOptions()).load(Files.readString(file));
                JsonNode crd = Repo.JSON.valueToTree(loaded);
                var spec = crd.path("spec");
                for (var version : spec.path("versions")) {
                    var schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                    close(schema);
                    var key = spec.path("group").asText() + "/"
                            + version.path("name").asText() + "/"
                            + spec.path("names").path("kind").asText();
                    schemas.put(key, FACTORY.getSchema(schema));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema for a document's apiVersion and kind, if one is kept here. */
    Optional<JsonSchema> of(JsonNode document) {
        return Optional.ofNullable(schemas.get(document.path("apiVersion").asText() + "/"
                + document.path("kind").asText()));
    }

    /** Every problem the schema finds in the document. */
    static List<String> problems(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream().map(Object::toString).sorted().toList();
    }

    private static void close(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return;
        }
        if (object.has("properties")
                && !object.has("additionalProperties")
                && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            object.put("additionalProperties", false);
        }
        object.properties().forEach(entry -> {
            if (entry.getValue().isArray()) {
                entry.getValue().forEach(CrdSchemas::close);
            } else {
                close(entry.getValue());
            }
        });
    }
}
