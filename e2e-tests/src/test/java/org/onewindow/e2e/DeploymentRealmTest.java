package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm docker-compose.yml imports (deploy/keycloak) against the dev realm the local stack and
 * the tests use: the same roles, clients, mappers and client scopes, but no users, no secret
 * values, TLS outside the host, no password grant, and the public address instead of localhost.
 */
class DeploymentRealmTest {

    static final Path DEPLOYMENT = DockerComposeFileTest.ROOT.resolve("deploy/keycloak/onewindow-realm.json");
    static final Path DEV =
            DockerComposeFileTest.ROOT.resolve("local-stack/src/main/resources/keycloak/onewindow-realm.json");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");
    /**
     * Demo clients of the dev realm that a deployment never has: each department's real sharing
     * client is registered there with its own grant when it is agreed (issue 18).
     */
    static final Set<String> DEV_ONLY_CLIENTS = Set.of("sharing-demo");

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode deployment() throws IOException {
        return JSON.readTree(DEPLOYMENT.toFile());
    }

    static JsonNode dev() throws IOException {
        return JSON.readTree(DEV.toFile());
    }

    @Test
    void hasNoUsers() throws IOException {
        assertThat(deployment().path("users").size()).isZero();
        assertThat(deployment().has("users")).isFalse();
    }

    @Test
    void holdsNoSecretValueOnlyPlaceholdersFilledFromTheEnvironmentAtImport() throws IOException {
        var secrets = deployment().findValues("secret");
        assertThat(secrets)
                .isNotEmpty()
                .allSatisfy(secret -> assertThat(secret.asString()).matches(PLACEHOLDER));
        assertThat(deployment().findValues("credentials")).isEmpty();
        var text = Files.readString(DEPLOYMENT);
        assertThat(text).doesNotContain("dev-secret", "\"demo\"", "localhost", "127.0.0.1");
    }

    @Test
    void hasNoDemoClientAndNoSharingGrantOfTheDevRealm() throws IOException {
        assertThat(names(deployment().path("clients"), "clientId")).doesNotContainAnyElementsOf(DEV_ONLY_CLIENTS);
        assertThat(Files.readString(DEPLOYMENT))
                .doesNotContain("sharing_resources", "sharing_purposes", "sharing-dev-secret");
        assertThat(names(dev().path("clients"), "clientId")).containsAll(DEV_ONLY_CLIENTS);
    }

    @Test
    void requiresTlsForEveryoneOutsideTheHostAndSlowsDownPasswordGuessing() throws IOException {
        assertThat(deployment().path("sslRequired").asString()).isEqualTo("external");
        assertThat(deployment().path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(deployment().path("registrationAllowed").asBoolean()).isFalse();
    }

    @Test
    void thePortalLogsInOnlyThroughTheBrowserFlowAndReturnsOnlyToThePublicAddress() throws IOException {
        var portal = client(deployment(), "portal");
        assertThat(portal.path("directAccessGrantsEnabled").isBoolean()).isTrue();
        assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(portal.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(portal.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.path("attributes").path("pkce.code.challenge.method").asString())
                .isEqualTo("S256");
        assertThat(texts(portal.path("redirectUris"))).containsExactly("${PUBLIC_PORTAL_URL}/*");
        assertThat(texts(portal.path("webOrigins"))).containsExactly("${PUBLIC_PORTAL_URL}");
    }

    @Test
    void hasEveryRoleClientMapperAndClientScopeOfTheDevRealm() throws IOException {
        var dev = dev();
        var deployment = deployment();
        assertThat(names(deployment.path("roles").path("realm"), "name"))
                .containsExactlyInAnyOrderElementsOf(names(dev.path("roles").path("realm"), "name"));
        assertThat(deployment.path("clientScopes")).isEqualTo(dev.path("clientScopes"));
        assertThat(names(deployment.path("clients"), "clientId"))
                .containsExactlyInAnyOrderElementsOf(names(dev.path("clients"), "clientId").stream()
                        .filter(clientId -> !DEV_ONLY_CLIENTS.contains(clientId))
                        .toList());
        for (var devClient : dev.path("clients")) {
            var clientId = devClient.path("clientId").asString();
            if (DEV_ONLY_CLIENTS.contains(clientId)) {
                continue;
            }
            var client = client(deployment, clientId);
            for (var field : List.of(
                    "publicClient",
                    "standardFlowEnabled",
                    "serviceAccountsEnabled",
                    "clientAuthenticatorType",
                    "defaultClientScopes",
                    "optionalClientScopes")) {
                assertThat(client.path(field)).as(clientId + " " + field).isEqualTo(devClient.path(field));
            }
            for (var mapper : devClient.path("protocolMappers")) {
                assertThat(client.path("protocolMappers").valueStream().toList())
                        .as(clientId + " mapper " + mapper.path("name").asString())
                        .contains(mapper);
            }
        }
    }

    @Test
    void aServiceAccountGetsItsDevRealmRolesFromAMapperInsteadOfAUserEntry() throws IOException {
        for (var user : dev().path("users")) {
            if (!user.has("serviceAccountClientId")
                    || DEV_ONLY_CLIENTS.contains(
                            user.path("serviceAccountClientId").asString())) {
                continue;
            }
            var client =
                    client(deployment(), user.path("serviceAccountClientId").asString());
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
            var hardcoded = client.path("protocolMappers")
                    .valueStream()
                    .filter(m -> m.path("protocolMapper").asString().equals("oidc-hardcoded-role-mapper"))
                    .map(m -> m.path("config").path("role").asString())
                    .toList();
            assertThat(hardcoded).containsExactlyInAnyOrderElementsOf(texts(user.path("realmRoles")));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeImportsItAndRequiresEveryVariableItNames() throws IOException {
        var keycloak = DockerComposeFileTest.service("keycloak");
        assertThat(keycloak.get("volumes").toString())
                .contains("./deploy/keycloak/onewindow-realm.json:/opt/keycloak/data/import/onewindow-realm.json")
                .doesNotContain("local-stack");
        assertThat(keycloak.get("command").toString()).contains("--import-realm");
        var env = (Map<String, Object>) keycloak.get("environment");
        var placeholders = PLACEHOLDER.matcher(Files.readString(DEPLOYMENT));
        int count = 0;
        while (placeholders.find()) {
            var variable = placeholders.group(1);
            // unset, Keycloak would keep "${VARIABLE}" itself as the value: compose must refuse to start
            assertThat(env.get(variable)).as(variable).isEqualTo("${" + variable + ":?set " + variable + "}");
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(2);
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return realm.path("clients")
                .valueStream()
                .filter(c -> c.path("clientId").asString().equals(clientId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private static List<String> names(JsonNode array, String field) {
        return array.valueStream().map(n -> n.path(field).asString()).toList();
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }
}
