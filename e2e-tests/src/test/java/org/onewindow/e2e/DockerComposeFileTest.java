package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Validates docker-compose.yml offline (no Docker engine here): the parts it must have, no secret
 * written into it, every file it mounts present; and, where the docker-compose tool is installed,
 * its own {@code config} check.
 */
class DockerComposeFileTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SERVICES =
            List.of("catalog-service", "application-service", "review-service", "disclosure-service", "gateway");
    /** The services with a database and a Kafka user, by the name of both. */
    static final List<String> DATA_SERVICES = List.of("catalog", "application", "review", "disclosure");
    /** The topics each service owns (API.md); the topics it consumes are read from its listeners. */
    static final Map<String, Set<String>> OWN_TOPICS = Map.of(
            "catalog", Set.of("catalog.item.v1"),
            "application", Set.of("application.v1"),
            "review", Set.of("review.v1", "calendar.v1"),
            "disclosure", Set.of("disclosure.v1"));
    /** Every variable the file requires, with a value good enough for {@code docker-compose config}. */
    static final Map<String, String> REQUIRED = requiredVariables();

    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String name) throws IOException {
        return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
    }

    /** A service's environment, with the shared part the YAML merge key brings in. */
    @SuppressWarnings("unchecked")
    static Map<String, String> environment(String name) throws IOException {
        var env = new HashMap<String, String>();
        ((Map<String, Object>) service(name).get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }

    private static Map<String, String> requiredVariables() {
        var required = new TreeMap<String, String>();
        for (var name : List.of(
                "POSTGRES_PASSWORD",
                "KEYCLOAK_ADMIN_PASSWORD",
                "KEYCLOAK_DB_PASSWORD",
                "PORTAL_DB_PASSWORD",
                "KAFKA_ADMIN_PASSWORD",
                "PROVINCIAL_CLIENT_SECRET",
                "ONEWINDOW_QUERY_CODE_KEY",
                "PROVINCIAL_SHARED_KEY",
                "ONEWINDOW_ISSUING_BODY",
                "GRAFANA_ADMIN_PASSWORD")) {
            required.put(name, "validation-only");
        }
        for (var service : DATA_SERVICES) {
            required.put(service.toUpperCase() + "_DB_PASSWORD", "validation-only");
            required.put(service.toUpperCase() + "_KAFKA_PASSWORD", "validation-only");
        }
        required.put("ONEWINDOW_PRIVACY_KEY", "eA==");
        required.put("ONEWINDOW_PRIVACY_SM4_KEY", "eA==");
        required.put("ONEWINDOW_COMPLAINT_CODE_KEY", "x");
        required.put("ONEWINDOW_CERTIFICATE_CODE_KEY", "x");
        required.put("ONEWINDOW_CERTIFICATE_SM2_KEY", "1f");
        required.put("PUBLIC_PORTAL_URL", "https://portal.example.gov");
        return required;
    }

    @Test
    @SuppressWarnings("unchecked")
    void runsTheInfrastructureTheFiveServicesAndPrometheus() throws IOException {
        var services = (Map<String, Object>) compose().get("services");
        assertThat(services)
                .containsKeys("postgres", "kafka", "keycloak", "prometheus", "grafana", "otel-collector", "jaeger")
                .containsKeys(SERVICES.toArray(String[]::new));
        for (var name : SERVICES) {
            var service = (Map<String, Object>) services.get(name);
            var build = (Map<String, Object>) service.get("build");
            assertThat(((Map<String, Object>) build.get("args")).get("MODULE")).isEqualTo(name);
            assertThat(ROOT.resolve(name).resolve("pom.xml")).exists();
        }
        assertThat(ROOT.resolve("Dockerfile")).exists();
    }

    @Test
    @SuppressWarnings("unchecked")
    void kafkaRunsInKraftMode() throws IOException {
        var kafka = (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get("kafka");
        var env = (Map<String, Object>) kafka.get("environment");
        assertThat(env.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(env).doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
    }

    @Test
    void noSecretIsWrittenIntoTheFile() throws IOException {
        var offenders = new ArrayList<String>();
        for (var line : Files.readAllLines(ROOT.resolve("docker-compose.yml"))) {
            var trimmed = line.strip();
            if (trimmed.startsWith("#") || !trimmed.matches("(?i)[A-Z_]*(PASSWORD|SECRET|_KEY)[A-Z_]*:.*")) {
                continue;
            }
            var value = trimmed.substring(trimmed.indexOf(':') + 1).strip();
            if (!value.matches("\\$\\{[A-Z_]+:\\?.*}")) {
                offenders.add(trimmed);
            }
        }
        assertThat(offenders)
                .as("secrets must come from required environment variables")
                .isEmpty();
    }

    @Test
    void everyMountedFileIsInTheRepository() throws IOException {
        var text = Files.readString(ROOT.resolve("docker-compose.yml"));
        var mounts = java.util.regex.Pattern.compile("- \\./([^:]+):").matcher(text);
        int count = 0;
        while (mounts.find()) {
            assertThat(ROOT.resolve(mounts.group(1))).as(mounts.group(1)).exists();
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(3);
    }

    @Test
    void prometheusScrapesEveryService() throws IOException {
        var config = Files.readString(ROOT.resolve("deploy/prometheus/prometheus.yml"));
        assertThat(config).contains("/actuator/prometheus");
        for (var name : SERVICES) {
            assertThat(config).contains(name.equals("gateway") ? "gateway:9080" : name + ":");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusLoadsTheAlertRulesAndGrafanaTheDashboardsOnThisHostOnly() throws IOException {
        assertThat(service("prometheus").get("volumes").toString())
                .contains("./deploy/prometheus/rules:/etc/prometheus/rules:ro");
        assertThat(Files.readString(ROOT.resolve("deploy/prometheus/prometheus.yml")))
                .contains("/etc/prometheus/rules/*.yml");
        var grafana = service("grafana");
        assertThat(grafana.get("volumes").toString())
                .contains(
                        "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro",
                        "./deploy/grafana/dashboards:/var/lib/grafana/dashboards:ro");
        assertThat(environment("grafana"))
                .containsEntry("GF_AUTH_ANONYMOUS_ENABLED", "false")
                .containsEntry("GF_SECURITY_ADMIN_PASSWORD", "${GRAFANA_ADMIN_PASSWORD:?set GRAFANA_ADMIN_PASSWORD}");
        for (var name : List.of("grafana", "jaeger", "prometheus")) {
            assertThat((List<String>) service(name).get("ports"))
                    .as(name + " is published on this host only")
                    .allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:"));
        }
        assertThat(service("otel-collector")).doesNotContainKey("ports");
    }

    @Test
    void everyServiceSendsItsTracesOverOtlpToTheCollectorSamplingATenthByDefault() throws IOException {
        for (var name : SERVICES) {
            assertThat(environment(name))
                    .as(name)
                    .containsEntry("TRACING_SAMPLING_PROBABILITY", "${TRACING_SAMPLING_PROBABILITY:-0.1}")
                    .containsEntry(
                            "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT",
                            "${OTLP_TRACING_ENDPOINT:-http://otel-collector:4318/v1/traces}");
        }
        var collector = Files.readString(ROOT.resolve("deploy/otel/collector.yaml"));
        assertThat(collector).contains("endpoint: 0.0.0.0:4318", "endpoint: jaeger:4317", "exporters: [otlp/jaeger]");
        assertThat(service("otel-collector").get("volumes").toString())
                .contains("./deploy/otel/collector.yaml:/etc/otelcol/config.yaml:ro");
        // the services' own default (a developer's machine, a test): nothing sampled, since nothing
        // would receive the spans
        for (var config : List.of(
                "platform/src/main/resources/onewindow-platform.yml", "gateway/src/main/resources/application.yml")) {
            assertThat(Files.readString(ROOT.resolve(config)))
                    .as(config)
                    .contains("${TRACING_SAMPLING_PROBABILITY:0.0}");
        }
    }

    @Test
    void dockerComposeAcceptsTheFileWhereItIsInstalled() throws Exception {
        var tool = Path.of("/usr/bin/docker-compose");
        // reported as skipped, not passed, on a machine without the tool; the checks above stand alone
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(tool), "docker-compose is not installed");
        assertThat(composeConfig(tool, REQUIRED)).isZero();
        assertThat(composeConfig(tool, Map.of()))
                .as("without the required secrets compose must refuse")
                .isNotZero();
        for (var name : REQUIRED.keySet()) {
            var withoutOne = new HashMap<>(REQUIRED);
            withoutOne.remove(name);
            assertThat(composeConfig(tool, withoutOne)).as("without " + name).isNotZero();
        }
    }

    @Test
    void eachServiceConnectsAsItsOwnDatabaseRoleWhichTheInitScriptCreatesWithItsOwnDatabase() throws IOException {
        var roles = initScriptRoles();
        var passwords = new HashSet<String>();
        for (var name : DATA_SERVICES) {
            var env = environment(name + "-service");
            assertThat(env.get("DB_USERNAME")).as(name).isEqualTo(name);
            assertThat(roles).as("roles of deploy/postgres/init.sh").containsKey(name);
            assertThat(env.get("DB_URL")).as(name).endsWith("/" + name);
            assertThat(env.get("DB_PASSWORD"))
                    .as(name)
                    .isEqualTo("${" + roles.get(name) + ":?set " + roles.get(name) + "}");
            passwords.add(env.get("DB_PASSWORD"));
        }
        assertThat(passwords).as("one password per role").hasSameSizeAs(DATA_SERVICES);
        var postgres = environment("postgres");
        for (var variable : roles.values()) {
            assertThat(postgres.get(variable))
                    .as("postgres gets " + variable)
                    .isEqualTo("${" + variable + ":?set " + variable + "}");
        }
    }

    @Test
    void keycloakHasADatabaseRoleOfItsOwn() throws IOException {
        var env = environment("keycloak");
        assertThat(env.get("KC_DB_USERNAME")).isEqualTo("keycloak").isNotIn(DATA_SERVICES);
        assertThat(initScriptRoles()).containsEntry("keycloak", "KEYCLOAK_DB_PASSWORD");
        assertThat(env.get("KC_DB_URL")).endsWith("/keycloak");
        assertThat(env.get("KC_DB_PASSWORD")).isEqualTo("${KEYCLOAK_DB_PASSWORD:?set KEYCLOAK_DB_PASSWORD}");
    }

    @Test
    void eachServiceAuthenticatesToKafkaAsItsOwnScramUser() throws IOException {
        var users = aclScriptLines("user");
        var passwords = new HashSet<String>();
        for (var name : DATA_SERVICES) {
            var env = environment(name + "-service");
            assertThat(env)
                    .as(name)
                    .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                    .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("KAFKA_USERNAME", name);
            assertThat(env.get("KAFKA_PASSWORD")).as(name).matches("\\$\\{[A-Z_]+:\\?.*}");
            passwords.add(env.get("KAFKA_PASSWORD"));
            assertThat(users).as("SCRAM users of init-acls.sh").containsKey(name);
        }
        assertThat(passwords).as("one password per user").hasSameSizeAs(DATA_SERVICES);
        // the variables reach spring.kafka.* through the platform's shared defaults
        var platform = Files.readString(ROOT.resolve("platform/src/main/resources/onewindow-platform.yml"));
        assertThat(platform)
                .contains(
                        "${KAFKA_SECURITY_PROTOCOL:",
                        "${KAFKA_SASL_MECHANISM:",
                        "${KAFKA_USERNAME:",
                        "${KAFKA_PASSWORD:");
    }

    @Test
    void theBrokerAuthenticatesEveryClientAndDeniesWhatNoAclAllows() throws IOException {
        var env = environment("kafka");
        assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).isEqualTo("SASL_PLAINTEXT://kafka:9092");
        assertThat(env.get("KAFKA_LISTENERS"))
                .as("the only unauthenticated listener is the controller's, inside the container")
                .isEqualTo("SASL_PLAINTEXT://:9092,CONTROLLER://localhost:9093");
        assertThat(env)
                .containsEntry("KAFKA_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-512")
                .containsEntry("KAFKA_INTER_BROKER_LISTENER_NAME", "SASL_PLAINTEXT")
                .containsEntry("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        assertThat(service("kafka-init").get("command").toString()).contains("init-acls.sh");
        for (var name : DATA_SERVICES) {
            assertThat(service(name + "-service").get("depends_on").toString())
                    .contains("kafka-init={condition=service_completed_successfully}");
        }
    }

    @Test
    void eachServiceWritesExactlyItsOwnTopicsAndTheDeadLetterTwinsOfWhatItConsumes() throws IOException {
        var writes = aclScriptLines("writes");
        var reads = aclScriptLines("reads");
        for (var name : DATA_SERVICES) {
            var consumed = consumedTopics(name + "-service");
            var expected = new TreeSet<>(OWN_TOPICS.get(name));
            consumed.forEach(topic -> expected.add(topic + ".DLT"));
            assertThat(words(writes.get(name))).as(name + " writes").isEqualTo(expected);
            if (consumed.isEmpty()) {
                assertThat(reads).as(name + " reads").doesNotContainKey(name);
            } else {
                var read = reads.get(name).strip().split("\\s+", 2);
                assertThat(read[0]).as(name + "'s consumer groups").isEqualTo(name + "-");
                assertThat(words(read[1])).as(name + " reads").isEqualTo(consumed);
            }
        }
        assertThat(writes.keySet()).containsExactlyInAnyOrderElementsOf(DATA_SERVICES);
    }

    /** Role → the variable holding its password, from the {@code create ROLE "${VARIABLE:?...}"} lines. */
    private static Map<String, String> initScriptRoles() throws IOException {
        var roles = new LinkedHashMap<String, String>();
        var create = Pattern.compile("^create (\\w+) \"\\$\\{(\\w+):\\?.*$");
        for (var line : Files.readAllLines(ROOT.resolve("deploy/postgres/init.sh"))) {
            var matcher = create.matcher(line.strip());
            if (matcher.matches()) {
                roles.put(matcher.group(1), matcher.group(2));
            }
        }
        return roles;
    }

    /** User → the rest of each {@code COMMAND USER ...} line of init-acls.sh. */
    private static Map<String, String> aclScriptLines(String command) throws IOException {
        var lines = new HashMap<String, String>();
        for (var line : Files.readAllLines(ROOT.resolve("deploy/kafka/init-acls.sh"))) {
            var words = line.strip().split("\\s+", 3);
            if (words.length == 3 && words[0].equals(command)) {
                assertThat(lines.put(words[1], words[2]))
                        .as("one " + command + " line for " + words[1])
                        .isNull();
            }
        }
        return lines;
    }

    private static TreeSet<String> words(String text) {
        return text == null
                ? new TreeSet<>()
                : new TreeSet<>(List.of(text.strip().split("\\s+")));
    }

    /** The topics of every {@code @KafkaListener} in a service's sources, by the values in contracts' Topics. */
    private static Set<String> consumedTopics(String module) throws IOException {
        var constants = new HashMap<String, String>();
        var constant = Pattern.compile("public static final String (\\w+) = \"([^\"]+)\";");
        var topics = constant.matcher(
                Files.readString(ROOT.resolve("contracts/src/main/java/org/onewindow/contracts/Topics.java")));
        while (topics.find()) {
            constants.put(topics.group(1), topics.group(2));
        }
        var listener = Pattern.compile("@KafkaListener\\((.*?)\\)\\s*\\n", Pattern.DOTALL);
        var reference = Pattern.compile("Topics\\.(\\w+)");
        try (var sources = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
            return sources.filter(path -> path.toString().endsWith(".java"))
                    .flatMap(path -> {
                        try {
                            return listener.matcher(Files.readString(path)).results();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .flatMap(match -> reference.matcher(match.group(1)).results())
                    .map(match -> constants.get(match.group(1)))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static int composeConfig(Path tool, Map<String, String> env) throws Exception {
        var builder = new ProcessBuilder(tool.toString(), "config", "-q")
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeAll(REQUIRED.keySet());
        builder.environment().putAll(env);
        var process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
