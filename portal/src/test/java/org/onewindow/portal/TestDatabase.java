package org.onewindow.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.onewindow.localstack.Postgres;
import org.onewindow.localstack.SharedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for the portal's sessions (zonky's binaries through local-stack, as the
 * services' tests use it): started once per test JVM, database {@code portal}, stopped and deleted
 * when the JVM exits. No in-memory stand-in: the sessions are written and read as in production.
 */
public final class TestDatabase {

    public static final String DATABASE = "portal";

    private static Postgres postgres;

    private TestDatabase() {}

    public static synchronized Postgres postgres() {
        if (postgres == null) {
            try {
                var home = Files.createTempDirectory("portal-test-postgres-");
                var started = Postgres.start(home.resolve("data"), SharedInfrastructure.freePort(), List.of(DATABASE));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.close();
                    delete(home);
                }));
                postgres = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    /** Points a Spring test context at the test database. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres().jdbcUrl(DATABASE));
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> Postgres.PASSWORD);
    }

    private static void delete(Path home) {
        try (var paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is no reason to fail the run
        }
    }
}
