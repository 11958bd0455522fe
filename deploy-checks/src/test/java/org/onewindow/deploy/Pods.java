package org.onewindow.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pods a rendering makes, by their labels: those of the Deployments' templates, and those the
 * operators make for their resources, with the labels each operator documents for its pods.
 */
final class Pods {

    private final Map<String, Map<String, String>> labels = new LinkedHashMap<>();

    static Pods of(List<JsonNode> documents) {
        var pods = new Pods();
        for (var document : documents) {
            var name = Repo.name(document);
            switch (document.path("kind").asText()) {
                case "Deployment" -> {
                    var template = new LinkedHashMap<String, String>();
                    document.path("spec")
                            .path("template")
                            .path("metadata")
                            .path("labels")
                            .fields()
                            .forEachRemaining(
                                    e -> template.put(e.getKey(), e.getValue().asText()));
                    pods.labels.put("Deployment " + name, template);
                }
                // CloudNativePG: every instance carries cnpg.io/cluster
                case "Cluster" ->
                    pods.labels.put("Cluster " + name, Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance"));
                // Strimzi: brokers, controllers, the entity operator and the exporter carry
                // strimzi.io/cluster and strimzi.io/kind of the Kafka they belong to
                case "Kafka" -> {
                    pods.labels.put(
                            "Kafka " + name,
                            Map.of(
                                    "strimzi.io/cluster",
                                    name,
                                    "strimzi.io/kind",
                                    "Kafka",
                                    "strimzi.io/name",
                                    name + "-kafka"));
                    pods.labels.put(
                            "Kafka " + name + "-entity-operator",
                            Map.of(
                                    "strimzi.io/cluster",
                                    name,
                                    "strimzi.io/kind",
                                    "Kafka",
                                    "strimzi.io/name",
                                    name + "-entity-operator"));
                }
                // the Keycloak operator: app=keycloak and the instance's name
                case "Keycloak" ->
                    pods.labels.put(
                            "Keycloak " + name,
                            Map.of(
                                    "app", "keycloak",
                                    "app.kubernetes.io/instance", name,
                                    "app.kubernetes.io/managed-by", "keycloak-operator"));
                case "KeycloakRealmImport" ->
                    pods.labels.put(
                            "KeycloakRealmImport " + name, Map.of("app.kubernetes.io/managed-by", "keycloak-operator"));
                default -> {}
            }
        }
        return pods;
    }

    /** The pods a label selector (matchLabels and matchExpressions) picks; an empty selector picks all. */
    List<String> matching(JsonNode selector) {
        var matched = new ArrayList<String>();
        labels.forEach((pod, podLabels) -> {
            if (matches(selector, podLabels)) {
                matched.add(pod);
            }
        });
        return matched;
    }

    private static boolean matches(JsonNode selector, Map<String, String> podLabels) {
        var ok = true;
        for (var entry : iterable(selector.path("matchLabels"))) {
            ok &= entry.getValue().asText().equals(podLabels.get(entry.getKey()));
        }
        for (var expression : selector.path("matchExpressions")) {
            var value = podLabels.get(expression.path("key").asText());
            var listed = new ArrayList<String>();
            expression.path("values").forEach(v -> listed.add(v.asText()));
            ok &= switch (expression.path("operator").asText()) {
                case "In" -> listed.contains(value);
                case "NotIn" -> !listed.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("operator of " + expression);
            };
        }
        return ok;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
