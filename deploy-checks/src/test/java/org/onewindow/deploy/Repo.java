package org.onewindow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** The repository's deploy/ files, and the Kubernetes overlays as kustomize renders them. */
final class Repo {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path DEPLOY = ROOT.resolve("deploy");
    static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    static final List<String> OVERLAYS = List.of("local", "staging", "production");
    static final YAMLMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path KUBECTL = Path.of("/usr/bin/kubectl");

    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Repo() {}

    /** Every document of a YAML file (or of kustomize's output), empty ones left out. */
    static List<JsonNode> documents(String yaml) {
        var documents = new ArrayList<JsonNode>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            var values = YAML.readValues(parser, JsonNode.class);
            while (values.hasNext()) {
                var document = values.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static List<JsonNode> documents(Path file) {
        try {
            return documents(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One overlay as {@code kubectl kustomize} renders it (kustomize is built into kubectl, which the
     * machine image has). The rules and dashboards are read from deploy/prometheus and deploy/grafana,
     * outside the kustomization's root: hence the load restrictor, as deploy/kubernetes/README.md says.
     */
    static List<JsonNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Repo::render);
    }

    private static List<JsonNode> render(String overlay) {
        if (!Files.isExecutable(KUBECTL)) {
            throw new IllegalStateException("The manifest tests render the overlays with kubectl's built-in kustomize,"
                    + " and there is no " + KUBECTL + ". Install kubectl (the machine image ships it), then run:\n"
                    + "  kubectl kustomize --load-restrictor LoadRestrictionsNone deploy/kubernetes/overlays/"
                    + overlay);
        }
        try {
            var out = Files.createTempFile("kustomize-" + overlay, ".yaml");
            var err = Files.createTempFile("kustomize-" + overlay, ".err");
            var process = new ProcessBuilder(
                            KUBECTL.toString(),
                            "kustomize",
                            "--load-restrictor",
                            "LoadRestrictionsNone",
                            KUBERNETES.resolve("overlays").resolve(overlay).toString())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + overlay + " did not finish in 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + overlay + " failed:\n" + Files.readString(err));
            }
            var documents = documents(Files.readString(out));
            Files.delete(out);
            Files.delete(err);
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream()
                .filter(d -> kind.equals(d.path("kind").asText()))
                .toList();
    }

    static String name(JsonNode document) {
        return document.path("metadata").path("name").asText();
    }
}
