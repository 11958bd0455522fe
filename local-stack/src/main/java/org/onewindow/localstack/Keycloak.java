package org.onewindow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The real Keycloak server from its Maven Central distribution, in dev mode, with the realm
 * {@code onewindow} imported from the repo's realm file. Its data lives in the stack's PostgreSQL
 * (database {@code keycloak}), so users and sessions survive a restart.
 */
public final class Keycloak implements AutoCloseable {

    public static final String REALM = "onewindow";
    public static final String DATABASE = "keycloak";
    /** Dev-only bootstrap admin of the local Keycloak. */
    public static final String ADMIN_USER = "admin";

    public static final String ADMIN_PASSWORD = "admin-dev-only";

    private final ManagedProcess process;
    private final int port;

    private Keycloak(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Keycloak without waiting: its first start takes half a minute, so others start meanwhile. */
    public static Keycloak launch(Path keycloakHome, Path dataDir, int port, int managementPort, String jdbcUrl) {
        Probes.requireFree(port, "Keycloak");
        Probes.requireFree(managementPort, "Keycloak management");
        try {
            var importDir = keycloakHome.resolve("data/import");
            Files.createDirectories(importDir);
            try (var realm = Keycloak.class.getResourceAsStream("/keycloak/onewindow-realm.json")) {
                Files.copy(realm, importDir.resolve("onewindow-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(dataDir);
            var command = List.of(
                    keycloakHome.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--http-management-port=" + managementPort,
                    "--hostname=http://localhost:" + port,
                    // Keycloak keeps its data in the stack's own PostgreSQL, as in a deployment
                    "--db=postgres",
                    "--db-url=" + jdbcUrl,
                    "--db-username=" + Postgres.USER,
                    "--db-password=" + Postgres.PASSWORD,
                    "--cache=local",
                    "--import-realm");
            var env = Map.of(
                    "JAVA_HOME",
                    System.getProperty("java.home"),
                    "KC_HEALTH_ENABLED",
                    "true",
                    "KC_BOOTSTRAP_ADMIN_USERNAME",
                    ADMIN_USER,
                    "KC_BOOTSTRAP_ADMIN_PASSWORD",
                    ADMIN_PASSWORD,
                    "JAVA_OPTS_KC_HEAP",
                    "-Xms64m -Xmx256m",
                    "JAVA_OPTS_APPEND",
                    ServiceProcess.TRIM_NATIVE_HEAP);
            var process = ManagedProcess.start("keycloak", command, env, dataDir, dataDir.resolve("keycloak.log"));
            return new Keycloak(process, managementPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Keycloak awaitReady() {
        process.awaitReady(() -> Probes.httpOk("http://127.0.0.1:" + port + "/health/ready"), Duration.ofMinutes(4));
        return this;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }
}
