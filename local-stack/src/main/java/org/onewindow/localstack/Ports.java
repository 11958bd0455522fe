package org.onewindow.localstack;

/**
 * The ports of one stack, all on 127.0.0.1. The defaults are those of API.md; an offset moves a
 * whole second stack (the e2e tests) beside a running one.
 */
public record Ports(
        int gateway,
        int catalog,
        int application,
        int review,
        int disclosure,
        int portal,
        int keycloak,
        int keycloakManagement,
        int postgres,
        int kafka,
        int kafkaController) {

    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 8083, 8084, 8085, 8180, 9180, 15432, 9092, 9093);
    }

    public Ports offset(int by) {
        return new Ports(
                gateway + by,
                catalog + by,
                application + by,
                review + by,
                disclosure + by,
                portal + by,
                keycloak + by,
                keycloakManagement + by,
                postgres + by,
                kafka + by,
                kafkaController + by);
    }

    public String issuer() {
        return "http://localhost:" + keycloak + "/realms/" + Keycloak.REALM;
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafka;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres + "/" + database;
    }
}
