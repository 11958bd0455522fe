package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.localstack.LocalStack;
import org.onewindow.localstack.PlatformService;

/**
 * The platform as one: every service up behind the gateway, tokens from the real Keycloak with
 * the realm's roles, audience and department, and the shared error style at the front door.
 */
class FoundationIT {

    static LocalStack stack;
    static Api api;

    @BeforeAll
    static void start() {
        stack = E2eStack.get();
        api = new Api(stack.ports());
    }

    @Test
    void everyServiceIsHealthyAndReachableThroughTheGateway() {
        for (var service : PlatformService.values()) {
            var health = api.direct(service.port(stack.ports()), "/actuator/health/readiness");
            assertThat(health.statusCode()).as(service.module()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
        }
        for (var docs : new String[] {"catalog", "application", "review", "disclosure"}) {
            var response = api.get("/v3/api-docs/" + docs, null);
            assertThat(response.statusCode()).as(docs).isEqualTo(200);
            assertThat(response.body()).contains("\"openapi\"");
        }
    }

    @Test
    void thePortalIsTheGatewaysFrontPage() {
        var home = api.get("/", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(home.body()).contains("lang=\"zh-CN\"", "type=\"search\"", "name=\"q\"");
    }

    @Test
    void keycloakIssuesTokensWithRolesAudienceAndDepartment() {
        var clerk = Api.claimsOf(api.tokenOf("clerk"));
        assertThat(clerk.get("iss").asString()).isEqualTo(stack.ports().issuer());
        assertThat(clerk.get("aud").toString()).contains("onewindow-api");
        assertThat(clerk.get("realm_access").get("roles").toString()).contains("clerk");
        assertThat(clerk.get("department").asString()).isEqualTo("service-hall");

        var platform = Api.claimsOf(api.provincialPlatformToken());
        assertThat(platform.get("realm_access").get("roles").toString()).contains("provincial-platform");
        assertThat(platform.get("aud").toString()).contains("onewindow-api");
    }

    @Test
    void protectedPathWithoutTokenIs401() {
        assertProblem(api.post("/api/applications", null, "{}"), 401, "unauthorized");
        assertProblem(api.get("/api/review/tasks", null), 401, "unauthorized");
    }

    @Test
    void wrongRoleIs403() {
        assertProblem(api.get("/api/review/tasks", api.tokenOf("applicant")), 403, "forbidden");
        assertProblem(api.post("/api/catalog/items", api.provincialPlatformToken(), "{}"), 403, "forbidden");
        assertProblem(api.post("/api/disclosure/notices", api.tokenOf("clerk"), "{}"), 403, "forbidden");
    }

    @Test
    void malformedInputIsAProblemDetail() {
        var response = api.post("/api/catalog/items", api.tokenOf("catalog-admin"), "{\"code\": ");
        assertProblem(response, 400, "malformed-request");
        assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"urn:onewindow:problem:" + slug + "\"");
    }
}
