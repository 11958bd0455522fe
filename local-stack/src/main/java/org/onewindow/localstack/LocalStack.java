package org.onewindow.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The whole platform on one machine: PostgreSQL, Kafka and Keycloak, then the five services,
 * everything on 127.0.0.1 and its data under one directory. {@link #close()} stops it in reverse.
 */
public final class LocalStack implements AutoCloseable {

    private final StackLayout layout;
    private final Ports ports;
    private final Path home;
    private final PrintStream out;
    private final Map<PlatformService, ServiceProcess> services = new EnumMap<>(PlatformService.class);
    private final Map<PlatformService, Map<String, String>> settings = new EnumMap<>(PlatformService.class);
    private volatile Postgres postgres;
    private volatile KafkaBroker kafka;
    private volatile Keycloak keycloak;
    private volatile boolean closed;
    private boolean startupCaches;

    private LocalStack(StackLayout layout, Ports ports, Path home, PrintStream out) {
        this.layout = layout;
        this.ports = ports;
        this.home = home;
        this.out = out;
    }

    /**
     * Starts everything and waits until each part is healthy.
     *
     * @param home where the stack keeps its data between runs
     * @param fresh whether to wipe {@code home} first
     */
    public static LocalStack start(Path home, Ports ports, boolean fresh, PrintStream out) {
        return prepare(home, ports, out).start(fresh);
    }

    /**
     * A stack not started yet: whoever stops it on Ctrl-C can hold it before anything runs, so
     * an interrupted start leaves nothing behind.
     */
    public static LocalStack prepare(Path home, Ports ports, PrintStream out) {
        return new LocalStack(StackLayout.fromBuild(), ports, home.toAbsolutePath(), out);
    }

    /**
     * A setting for one service, as the environment variable a deployment would set (the provincial
     * endpoint, say); given before {@link #start(boolean)}, kept for restarts.
     */
    public LocalStack withSetting(PlatformService service, String variable, String value) {
        settings.computeIfAbsent(service, s -> new java.util.TreeMap<>()).put(variable, value);
        return this;
    }

    /**
     * Starts the services from Java 25's ahead-of-time caches, and trains them on a run without
     * (written when it stops). For a stack people start again and again; the tests' stacks start
     * once and would only pay for the training.
     */
    public LocalStack withStartupCaches() {
        this.startupCaches = true;
        return this;
    }

    public LocalStack start(boolean fresh) {
        try {
            startAll(fresh);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public Ports ports() {
        return ports;
    }

    public Path home() {
        return home;
    }

    public ServiceProcess service(PlatformService service) {
        return services.get(service);
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /** Starts a stopped or killed service again and waits until it is ready. */
    public ServiceProcess restart(PlatformService service) {
        var old = services.remove(service);
        if (old != null) {
            old.stop();
        }
        var started = ServiceProcess.launch(
                service,
                layout,
                ports,
                ServiceJava.detect(),
                home,
                settings.getOrDefault(service, Map.of()),
                startupCaches);
        services.put(service, started);
        started.awaitReady(Duration.ofMinutes(3));
        return started;
    }

    private void startAll(boolean fresh) {
        if (fresh) {
            deleteRecursively(home);
        }
        var java = ServiceJava.detect();
        long t0 = System.nanoTime();
        var databases = new ArrayList<>(PlatformService.databases());
        databases.add(Keycloak.DATABASE);
        step("PostgreSQL 127.0.0.1:" + ports.postgres() + " databases " + databases);
        postgres = Postgres.start(home.resolve("postgres"), ports.postgres(), databases);
        done(t0);
        // Keycloak starts slowest, so it goes right after the database it needs; Kafka starts meanwhile
        step("Keycloak " + ports.issuer() + " (first start builds it, ~60 s)");
        keycloak = Keycloak.launch(
                layout.keycloakHome(),
                home.resolve("keycloak"),
                ports.keycloak(),
                ports.keycloakManagement(),
                ports.jdbcUrl(Keycloak.DATABASE));
        step("Kafka (KRaft) " + ports.kafkaBootstrap());
        kafka = new KafkaBroker(home.resolve("kafka"), layout.kafkaLibs(), ports.kafka(), ports.kafkaController())
                .start();
        done(t0);
        step("waiting for Keycloak");
        keycloak.awaitReady();
        done(t0);
        step("services on Java " + java.feature() + " (" + java.home() + ")"
                + (java.virtualThreads() ? ", virtual threads on" : ", virtual threads need Java 21+: off"));
        var started = new ArrayList<ServiceProcess>();
        for (var service : PlatformService.values()) {
            ServiceProcess process;
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("stopped while starting");
                }
                process = ServiceProcess.launch(
                        service, layout, ports, java, home, settings.getOrDefault(service, Map.of()), startupCaches);
                services.put(service, process);
            }
            started.add(process);
        }
        reportStartupCaches(started, java);
        var waits = started.stream()
                .map(process -> CompletableFuture.runAsync(() -> {
                    process.awaitReady(Duration.ofMinutes(3));
                    out.printf("  %-20s ready on %s%n", process.service().module(), process.baseUrl());
                }))
                .toList();
        waits.forEach(CompletableFuture::join);
        done(t0);
    }

    private void reportStartupCaches(List<ServiceProcess> started, ServiceJava java) {
        if (!startupCaches) {
            return;
        }
        if (java.feature() < StartupCache.FIRST_JAVA) {
            out.println("  start-up caches need Java " + StartupCache.FIRST_JAVA + "+: off");
            return;
        }
        var training = started.stream()
                .filter(ServiceProcess::trainsStartupCache)
                .map(process -> process.service().module())
                .toList();
        out.println(
                training.isEmpty()
                        ? "  from start-up caches (Java's AOT cache)"
                        : "  training start-up caches for " + training
                                + ": written when they stop, for a faster next start");
    }

    private void step(String what) {
        if (closed) {
            throw new IllegalStateException("stopped while starting");
        }
        out.println("» " + what);
    }

    private void done(long t0) {
        out.printf("  (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (services.values().stream().anyMatch(ServiceProcess::trainsStartupCache)) {
            out.println("  writing the start-up caches this run trained (a minute or two)");
        }
        // the services first, all at once (each may take its graceful-shutdown time), then what they use
        services.values().stream()
                .map(service -> CompletableFuture.runAsync(service::stop))
                .toList()
                .forEach(CompletableFuture::join);
        services.clear();
        quietly(kafka);
        quietly(keycloak);
        quietly(postgres);
    }

    private static void quietly(AutoCloseable part) {
        if (part == null) {
            return;
        }
        try {
            part.close();
        } catch (Exception e) {
            System.err.println("while stopping " + part + ": " + e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }

    public List<String> summary() {
        return List.of(
                "Portal (网上办事大厅), open this first:    http://localhost:" + ports.gateway() + "/",
                "Gateway API (the only address clients use): http://localhost:" + ports.gateway() + "/api/",
                "Swagger UI (all services):               http://localhost:" + ports.gateway() + "/swagger-ui.html",
                "Keycloak (admin / " + Keycloak.ADMIN_PASSWORD + ", dev only):  http://localhost:" + ports.keycloak()
                        + "/admin/",
                "Token endpoint:                          " + ports.issuer() + "/protocol/openid-connect/token",
                "PostgreSQL:                              " + ports.jdbcUrl("<service>") + " (" + Postgres.USER + ")",
                "Kafka:                                   " + ports.kafkaBootstrap(),
                "Demo logins (password 'demo', client 'portal'): applicant, applicant2, clerk, reviewer-pub,"
                        + " reviewer-rtv, reviewer-prt, approver, catalog-admin, supervisor",
                "Provincial platform: client 'provincial-platform', secret 'provincial-dev-secret' (client credentials)",
                "Sharing demo (another department): client 'sharing-demo', secret 'sharing-dev-secret' (client credentials)",
                "Data and logs:                           " + home);
    }
}
