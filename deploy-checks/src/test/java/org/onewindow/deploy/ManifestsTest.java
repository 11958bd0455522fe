package org.onewindow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every Kubernetes manifest of deploy/kubernetes, as each overlay renders it: core kinds read strictly
 * into fabric8's models, Strimzi's into Strimzi's, CloudNativePG's and Keycloak's checked against
 * CRD schemas; then the rules of issue 17 (probes, limits, non-root, declared secrets, policies that
 * select real pods) and agreement with what compose runs (ACLs, topics, realm, settings).
 */
class ManifestsTest {

    static final List<String> OVERLAYS = Repo.OVERLAYS;
    static final List<String> APPS = List.of(
            "catalog-service", "application-service", "review-service", "disclosure-service", "gateway", "portal");

    /** The core kinds and the fabric8 model each must read into, by apiVersion/kind. */
    static final Map<String, Class<?>> CORE = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "v1/Secret", Secret.class,
            "v1/PersistentVolumeClaim", PersistentVolumeClaim.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    static final Map<String, Class<?>> STRIMZI = Map.of(
            "kafka.strimzi.io/v1/Kafka", Kafka.class,
            "kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class,
            "kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class,
            "kafka.strimzi.io/v1/KafkaUser", KafkaUser.class);

    static final CrdSchemas CRDS = new CrdSchemas();

    static String type(JsonNode document) {
        return document.path("apiVersion").asText() + "/"
                + document.path("kind").asText();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDocumentIsOfAKindThatIsCheckedAndReadsStrictly(String overlay) {
        var problems = new ArrayList<String>();
        var kinds = new TreeSet<String>();
        for (var document : Repo.rendered(overlay)) {
            var type = type(document);
            kinds.add(type);
            var where = type + " " + Repo.name(document) + ": ";
            if (CORE.containsKey(type)) {
                StrictModels.unknownFields(document, CORE.get(type)).forEach(p -> problems.add(where + p));
            } else if (STRIMZI.containsKey(type)) {
                StrictModels.unknownFields(document, STRIMZI.get(type)).forEach(p -> problems.add(where + p));
            } else {
                var schema = CRDS.of(document);
                if (schema.isEmpty()) {
                    problems.add(where + "no model and no CRD schema checks this kind");
                } else {
                    CrdSchemas.problems(schema.get(), document).forEach(p -> problems.add(where + p));
                }
            }
        }
        assertThat(problems).as(overlay).isEmpty();
        assertThat(kinds)
                .as("the operators' resources are all there")
                .contains(
                        "postgresql.cnpg.io/v1/Cluster",
                        "postgresql.cnpg.io/v1/Database",
                        "kafka.strimzi.io/v1/Kafka",
                        "kafka.strimzi.io/v1/KafkaNodePool",
                        "kafka.strimzi.io/v1/KafkaTopic",
                        "kafka.strimzi.io/v1/KafkaUser",
                        "k8s.keycloak.org/v2alpha1/Keycloak",
                        "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");
    }

    @Test
    void theStrictReadingRefusesAnUnknownOrMisspeltField() throws IOException {
        var deployment =
                Repo.ofKind(Repo.rendered("production"), "Deployment").get(0).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        deployment.path("spec").path("template").path("spec"))
                .put("runAsNonroot", true);
        assertThat(StrictModels.unknownFields(deployment, Deployment.class))
                .containsExactly(".spec.template.spec.runAsNonroot");
        var cluster = Repo.ofKind(Repo.rendered("production"), "Cluster").get(0).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) cluster.path("spec")).put("instance", 3);
        assertThat(CrdSchemas.problems(CRDS.of(cluster).orElseThrow(), cluster)).hasSize(1);
        var user = Repo.ofKind(Repo.rendered("production"), "KafkaUser").get(0).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) user.path("spec")).put("quota", 1);
        assertThat(StrictModels.unknownFields(user, KafkaUser.class)).isNotEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyAppRunsAsADeploymentWithProbesLimitsNonRootAndAReadOnlyRoot(String overlay) {
        var documents = Repo.rendered(overlay);
        var deployments = Repo.ofKind(documents, "Deployment");
        assertThat(deployments.stream().map(Repo::name)).containsExactlyInAnyOrderElementsOf(APPS);
        for (var deployment : deployments) {
            var name = Repo.name(deployment);
            var pod = deployment.path("spec").path("template").path("spec");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean())
                    .as(name)
                    .isTrue();
            var tmp = new HashSet<String>();
            pod.path("volumes").forEach(v -> {
                if (v.has("emptyDir")) {
                    tmp.add(v.path("name").asText());
                }
            });
            for (var container : pod.path("containers")) {
                var what = name + "/" + container.path("name").asText();
                for (var probe : List.of("livenessProbe", "readinessProbe")) {
                    assertThat(container
                                    .path(probe)
                                    .path("httpGet")
                                    .path("path")
                                    .asText())
                            .as(what + " " + probe + " on the actuator's group")
                            .isEqualTo("/actuator/health/" + probe.replace("Probe", ""));
                }
                for (var resource : List.of("cpu", "memory")) {
                    assertThat(container
                                    .path("resources")
                                    .path("limits")
                                    .path(resource)
                                    .isMissingNode())
                            .as(what + " limits " + resource)
                            .isFalse();
                    assertThat(container
                                    .path("resources")
                                    .path("requests")
                                    .path(resource)
                                    .isMissingNode())
                            .as(what + " requests " + resource)
                            .isFalse();
                }
                var security = container.path("securityContext");
                assertThat(security.path("readOnlyRootFilesystem").asBoolean())
                        .as(what)
                        .isTrue();
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true))
                        .as(what)
                        .isFalse();
                assertThat(container.path("volumeMounts").findValuesAsText("mountPath"))
                        .as(what)
                        .contains("/tmp");
                container.path("volumeMounts").forEach(mount -> {
                    if (mount.path("mountPath").asText().equals("/tmp")) {
                        assertThat(tmp)
                                .as(what + ": /tmp is an emptyDir")
                                .contains(mount.path("name").asText());
                    }
                });
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyAppHasAServiceAnAutoscalerADisruptionBudgetAndItsConfigMap(String overlay) {
        var documents = Repo.rendered(overlay);
        var configMaps =
                Repo.ofKind(documents, "ConfigMap").stream().map(Repo::name).toList();
        for (var deployment : Repo.ofKind(documents, "Deployment")) {
            var name = Repo.name(deployment);
            var labels =
                    deployment.path("spec").path("template").path("metadata").path("labels");
            assertThat(Repo.ofKind(documents, "Service"))
                    .as(name + "'s Service")
                    .anySatisfy(s -> assertThat(selects(s.path("spec").path("selector"), labels))
                            .isTrue());
            assertThat(Repo.ofKind(documents, "HorizontalPodAutoscaler"))
                    .as(name + "'s HPA")
                    .anySatisfy(h -> assertThat(h.path("spec")
                                    .path("scaleTargetRef")
                                    .path("name")
                                    .asText())
                            .isEqualTo(name));
            assertThat(Repo.ofKind(documents, "PodDisruptionBudget"))
                    .as(name + "'s PDB")
                    .anySatisfy(p -> assertThat(
                                    selects(p.path("spec").path("selector").path("matchLabels"), labels))
                            .isTrue());
            var refs = deployment.findValues("configMapRef");
            assertThat(refs).as(name + " takes a ConfigMap").isNotEmpty();
            refs.forEach(ref -> assertThat(configMaps).contains(ref.path("name").asText()));
        }
    }

    @Test
    void everySecretTheManifestsNameIsDeclaredInSecretsExampleWithItsKeysAndNoValue() {
        var declared = new HashMap<String, Set<String>>();
        for (var secret : Repo.documents(Repo.KUBERNETES.resolve("secrets.example.yaml"))) {
            assertThat(secret.path("kind").asText()).isEqualTo("Secret");
            assertThat(secret.has("data")).as("no base64 values either").isFalse();
            var keys = new TreeSet<String>();
            secret.path("stringData").fields().forEachRemaining(e -> {
                assertThat(e.getValue().asText())
                        .as(Repo.name(secret) + "." + e.getKey() + " has no value")
                        .isEmpty();
                keys.add(e.getKey());
            });
            declared.put(Repo.name(secret), keys);
        }
        for (var overlay : OVERLAYS) {
            var documents = Repo.rendered(overlay);
            assertThat(Repo.ofKind(documents, "Secret"))
                    .as("no Secret is rendered: values stay out of the repo")
                    .isEmpty();
            var named = secretsNamed(documents);
            assertThat(named).as("the manifests name secrets").isNotEmpty();
            named.forEach((secret, keys) -> {
                assertThat(declared)
                        .as(overlay + ": secrets.example.yaml declares " + secret)
                        .containsKey(secret);
                assertThat(declared.get(secret))
                        .as(overlay + ": keys of " + secret)
                        .containsAll(keys);
            });
        }
    }

    /** Secret name → the keys used of it, from every place these manifests name a Secret. */
    static Map<String, Set<String>> secretsNamed(List<JsonNode> documents) {
        var named = new TreeMap<String, Set<String>>();
        java.util.function.BiConsumer<String, String> use =
                (name, key) -> named.computeIfAbsent(name, n -> new TreeSet<>()).add(key);
        for (var document : documents) {
            for (var ref : document.findValues("secretKeyRef")) {
                use.accept(ref.path("name").asText(), ref.path("key").asText());
            }
            for (var ref : document.findValues("secretRef")) {
                named.computeIfAbsent(ref.path("name").asText(), n -> new TreeSet<>());
            }
            switch (document.path("kind").asText()) {
                case "Ingress" ->
                    document.path("spec").path("tls").forEach(tls -> {
                        use.accept(tls.path("secretName").asText(), "tls.crt");
                        use.accept(tls.path("secretName").asText(), "tls.key");
                    });
                case "Cluster" -> {
                    var spec = document.path("spec");
                    spec.path("managed").path("roles").forEach(role -> {
                        use.accept(role.path("passwordSecret").path("name").asText(), "username");
                        use.accept(role.path("passwordSecret").path("name").asText(), "password");
                    });
                    var initdb = spec.path("bootstrap").path("initdb").path("secret");
                    if (!initdb.isMissingNode()) {
                        use.accept(initdb.path("name").asText(), "username");
                        use.accept(initdb.path("name").asText(), "password");
                    }
                    spec.path("backup")
                            .path("barmanObjectStore")
                            .path("s3Credentials")
                            .forEach(ref -> use.accept(
                                    ref.path("name").asText(), ref.path("key").asText()));
                }
                case "Keycloak" -> {
                    var spec = document.path("spec");
                    for (var field : List.of("usernameSecret", "passwordSecret")) {
                        var ref = spec.path("db").path(field);
                        use.accept(ref.path("name").asText(), ref.path("key").asText());
                    }
                    var admin = spec.path("bootstrapAdmin")
                            .path("user")
                            .path("secret")
                            .asText();
                    use.accept(admin, "username");
                    use.accept(admin, "password");
                }
                case "KeycloakRealmImport" ->
                    document.path("spec")
                            .path("placeholders")
                            .forEach(p -> use.accept(
                                    p.path("secret").path("name").asText(),
                                    p.path("secret").path("key").asText()));
                default -> {}
            }
        }
        return named;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyNetworkPolicySelectsRealPodsAndOnlyTheGatewayAndTheLoginPagesTakeIngress(String overlay) {
        var documents = Repo.rendered(overlay);
        var pods = Pods.of(documents);
        var policies = Repo.ofKind(documents, "NetworkPolicy");
        assertThat(policies)
                .as("a default-deny policy for every pod, both ways")
                .anySatisfy(p -> {
                    assertThat(p.path("spec").path("podSelector").size()).isZero();
                    assertThat(p.path("spec").path("ingress").size()).isZero();
                    assertThat(p.path("spec").path("egress").size()).isZero();
                    assertThat(p.path("spec").path("policyTypes").toString()).contains("Ingress", "Egress");
                });
        var fromIngressController = new TreeSet<String>();
        for (var policy : policies) {
            var name = Repo.name(policy);
            var selector = policy.path("spec").path("podSelector");
            assertThat(pods.matching(selector)).as(name + " selects pods").isNotEmpty();
            for (var direction : List.of("ingress", "egress")) {
                for (var rule : policy.path("spec").path(direction)) {
                    for (var peer : rule.path(direction.equals("ingress") ? "from" : "to")) {
                        if (peer.has("podSelector") && !peer.has("namespaceSelector")) {
                            assertThat(pods.matching(peer.path("podSelector")))
                                    .as(name + " " + direction + " peer " + peer)
                                    .isNotEmpty();
                        }
                        if (direction.equals("ingress")
                                && peer.path("namespaceSelector").toString().contains("ingress-nginx")) {
                            pods.matching(selector).forEach(fromIngressController::add);
                        }
                    }
                }
            }
        }
        assertThat(fromIngressController)
                .as("the gateway alone takes the public's traffic; Keycloak the browsers' logins")
                .containsExactlyInAnyOrder("Deployment gateway", "Keycloak keycloak");
        var ingress = Repo.ofKind(documents, "Ingress");
        assertThat(ingress).hasSize(1);
        assertThat(ingress.get(0).path("spec").path("tls").size()).isEqualTo(2);
        assertThat(ingress.get(0).findValuesAsText("name")).contains("gateway", "keycloak-service");
        assertThat(ingress.get(0).findValuesAsText("path")).doesNotContain("/admin", "/admin/");
    }

    @Test
    void kafkaUsersTopicsAndAclsAreThoseOfTheComposeInitScript() throws IOException {
        var script = Files.readAllLines(Repo.DEPLOY.resolve("kafka/init-acls.sh"));
        var writes = new TreeMap<String, Set<String>>();
        var reads = new TreeMap<String, Set<String>>();
        var groups = new TreeMap<String, String>();
        var topics = new TreeSet<String>();
        for (var line : script) {
            var words = line.strip().split("\\s+");
            switch (words[0]) {
                case "writes" ->
                    writes.put(words[1], new TreeSet<>(List.of(words).subList(2, words.length)));
                case "reads" -> {
                    groups.put(words[1], words[2]);
                    reads.put(words[1], new TreeSet<>(List.of(words).subList(3, words.length)));
                }
                case "topics" ->
                    Stream.of(words).skip(1).forEach(t -> {
                        topics.add(t);
                        topics.add(t + ".DLT");
                    });
                default -> {}
            }
        }
        assertThat(writes).isNotEmpty();
        for (var overlay : OVERLAYS) {
            var documents = Repo.rendered(overlay);
            assertThat(Repo.ofKind(documents, "KafkaTopic").stream()
                            .map(t -> t.path("spec").path("topicName").asText()))
                    .containsExactlyInAnyOrderElementsOf(topics);
            var users = Repo.ofKind(documents, "KafkaUser");
            assertThat(users.stream().map(Repo::name)).containsExactlyInAnyOrderElementsOf(writes.keySet());
            for (var user : users) {
                var name = Repo.name(user);
                assertThat(user.path("spec").path("authentication").path("type").asText())
                        .isEqualTo("scram-sha-512");
                var written = new TreeSet<String>();
                var read = new TreeSet<String>();
                var readGroups = new TreeSet<String>();
                for (var acl : user.path("spec").path("authorization").path("acls")) {
                    var resource = acl.path("resource");
                    var operations = acl.path("operations").toString();
                    switch (resource.path("type").asText()) {
                        case "topic" -> {
                            assertThat(resource.path("patternType").asText()).isEqualTo("literal");
                            if (operations.equals("[\"Write\",\"Describe\"]")) {
                                written.add(resource.path("name").asText());
                            } else {
                                assertThat(operations).isEqualTo("[\"Read\",\"Describe\"]");
                                read.add(resource.path("name").asText());
                            }
                        }
                        case "group" -> {
                            assertThat(resource.path("patternType").asText()).isEqualTo("prefix");
                            assertThat(operations).isEqualTo("[\"Read\"]");
                            readGroups.add(resource.path("name").asText());
                        }
                        default -> throw new AssertionError(name + ": an ACL on " + resource);
                    }
                }
                assertThat(written).as(name + " writes").isEqualTo(writes.get(name));
                assertThat(read).as(name + " reads").isEqualTo(reads.getOrDefault(name, Set.of()));
                assertThat(readGroups)
                        .as(name + "'s groups")
                        .isEqualTo(groups.containsKey(name) ? Set.of(groups.get(name)) : Set.of());
            }
            var kafka = Repo.ofKind(documents, "Kafka").get(0).path("spec").path("kafka");
            assertThat(kafka.path("config").path("auto.create.topics.enable").asBoolean(true))
                    .isFalse();
            assertThat(kafka.path("authorization").path("type").asText()).isEqualTo("simple");
            assertThat(kafka.path("listeners").findValuesAsText("type")).containsOnly("internal", "scram-sha-512");
            var roles = new TreeSet<String>();
            Repo.ofKind(documents, "KafkaNodePool")
                    .forEach(p -> p.path("spec").path("roles").forEach(r -> roles.add(r.asText())));
            assertThat(roles)
                    .as("KRaft: controllers and brokers, no ZooKeeper")
                    .containsExactly("broker", "controller");
        }
    }

    @Test
    void theRealmImportIsTheDeploymentRealmFile() throws IOException {
        var realm = Repo.JSON.readTree(
                Repo.DEPLOY.resolve("keycloak/onewindow-realm.json").toFile());
        for (var overlay : OVERLAYS) {
            var imports = Repo.ofKind(Repo.rendered(overlay), "KeycloakRealmImport");
            assertThat(imports).hasSize(1);
            assertThat(imports.get(0).path("spec").path("realm"))
                    .as("base/identity/realm-import.yaml is stale: run deploy/kubernetes/render-realm-import.py")
                    .isEqualTo(realm);
            var placeholders = new TreeSet<String>();
            imports.get(0).path("spec").path("placeholders").fieldNames().forEachRemaining(placeholders::add);
            var used = new TreeSet<String>();
            java.util.regex.Pattern.compile("\\$\\{([A-Z_]+)}")
                    .matcher(realm.toString())
                    .results()
                    .forEach(m -> used.add(m.group(1)));
            assertThat(placeholders)
                    .as("every placeholder of the realm is filled")
                    .isEqualTo(used);
        }
    }

    @Test
    void everySettingComposeGivesAnAppTheClusterGivesItToo() throws IOException {
        var compose = Repo.YAML.readTree(Repo.ROOT.resolve("docker-compose.yml").toFile());
        var anchors = Repo.documents(Files.readString(Repo.ROOT.resolve("docker-compose.yml")));
        assertThat(anchors).hasSize(1);
        for (var overlay : OVERLAYS) {
            var documents = Repo.rendered(overlay);
            for (var app : APPS) {
                var expected = new TreeSet<String>();
                compose.path("services")
                        .path(app)
                        .path("environment")
                        .fieldNames()
                        .forEachRemaining(expected::add);
                if (app.endsWith("-service")) {
                    compose.path("x-service").path("environment").fieldNames().forEachRemaining(expected::add);
                }
                expected.remove("<<");
                var deployment = Repo.ofKind(documents, "Deployment").stream()
                        .filter(d -> Repo.name(d).equals(app))
                        .findFirst()
                        .orElseThrow();
                var given = new TreeSet<String>();
                deployment
                        .findValues("env")
                        .forEach(
                                env -> env.forEach(e -> given.add(e.path("name").asText())));
                for (var ref : deployment.findValues("configMapRef")) {
                    Repo.ofKind(documents, "ConfigMap").stream()
                            .filter(c -> Repo.name(c).equals(ref.path("name").asText()))
                            .forEach(c -> c.path("data").fieldNames().forEachRemaining(given::add));
                }
                assertThat(given)
                        .as(overlay + ": " + app + " gets every variable compose gives it")
                        .containsAll(expected);
            }
        }
    }

    @Test
    void theTracesOfADeploymentAreSampledAtATenthUnlessAnOverlaySaysOtherwise() {
        var documents = Repo.rendered("production");
        var sampled = new LinkedHashMap<String, String>();
        Repo.ofKind(documents, "ConfigMap").forEach(c -> {
            var rate = c.path("data").path("TRACING_SAMPLING_PROBABILITY");
            if (!rate.isMissingNode()) {
                sampled.put(Repo.name(c), rate.asText());
            }
        });
        assertThat(sampled)
                .hasSize(5)
                .allSatisfy((name, rate) -> assertThat(rate).isEqualTo("0.1"));
    }

    static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (matchLabels.isMissingNode() || matchLabels.size() == 0) {
            return false;
        }
        var ok = new boolean[] {true};
        matchLabels
                .fields()
                .forEachRemaining(e -> ok[0] &=
                        e.getValue().asText().equals(labels.path(e.getKey()).asText(null)));
        return ok[0];
    }
}
