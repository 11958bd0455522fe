package org.onewindow.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One service JVM, configured only through the environment variables a deployment sets too. */
public final class ServiceProcess {

    /**
     * Hands what the JVM freed of its native memory (the JIT's and the libraries' mallocs) back to
     * the system every 15 s: measured on the stack after a load run, 25–36 MB of each service's
     * 230–380 MB, 23 MB of Kafka's and 42 MB of Keycloak's (issue 16's memory goal).
     */
    static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=15000";

    /** How long a service may take to stop while it writes the start-up cache it trained. */
    private static final Duration CACHE_WRITING_GRACE = Duration.ofMinutes(3);

    private final PlatformService service;
    private final ManagedProcess process;
    private final int port;
    private final Optional<StartupCache> cache;

    private ServiceProcess(PlatformService service, ManagedProcess process, int port, Optional<StartupCache> cache) {
        this.service = service;
        this.process = process;
        this.port = port;
        this.cache = cache;
    }

    /**
     * @param startupCache whether to start from Java 25's ahead-of-time cache, training it on the
     *     first run (ignored on an older Java)
     */
    public static ServiceProcess launch(
            PlatformService service,
            StackLayout layout,
            Ports ports,
            ServiceJava java,
            Path home,
            Map<String, String> settings,
            boolean startupCache) {
        int port = service.port(ports);
        Probes.requireFree(port, service.module());
        var env = environment(service, ports, home);
        env.putAll(settings);
        var bootJar = layout.serviceJar(service.module());
        var cache = startupCache && java.feature() >= StartupCache.FIRST_JAVA
                ? Optional.of(StartupCache.prepare(bootJar, java, StartupCache.Extractor.with(java)))
                : Optional.<StartupCache>empty();
        List<String> command = new ArrayList<>(List.of(
                java.javaExecutable(),
                "-Xms64m",
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                TRIM_NATIVE_HEAP,
                "-Dspring.threads.virtual.enabled=" + java.virtualThreads()));
        cache.ifPresent(c -> command.addAll(c.jvmOptions()));
        command.add("-jar");
        command.add(cache.map(StartupCache::jar).orElse(bootJar).toString());
        var process = ManagedProcess.start(
                service.module(),
                command,
                env,
                home.resolve("work"),
                home.resolve("logs/" + service.module() + ".log"));
        return new ServiceProcess(service, process, port, cache);
    }

    static Map<String, String> environment(PlatformService service, Ports ports, Path home) {
        var env = new HashMap<String, String>();
        env.put("SERVER_PORT", String.valueOf(service.port(ports)));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        // the local stack runs on the services' dev-only secrets, which only this profile lets them start with
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.put("KAFKA_BOOTSTRAP_SERVERS", ports.kafkaBootstrap());
        env.put("OIDC_ISSUER_URI", ports.issuer());
        env.put("OIDC_JWK_SET_URI", ports.issuer() + "/protocol/openid-connect/certs");
        env.put("ONEWINDOW_DATA_DIR", home.resolve("data").toString());
        if (service.database() != null) {
            env.put("DB_URL", ports.jdbcUrl(service.database()));
            env.put("DB_USERNAME", Postgres.USER);
            env.put("DB_PASSWORD", Postgres.PASSWORD);
        }
        env.put("CATALOG_URI", "http://127.0.0.1:" + ports.catalog());
        if (service == PlatformService.CATALOG) {
            // the local stack starts with the sample catalog of a provincial press, publication, radio and TV bureau
            env.put("ONEWINDOW_CATALOG_SEED", "true");
        }
        if (service == PlatformService.GATEWAY) {
            env.put("CATALOG_URI", "http://127.0.0.1:" + ports.catalog());
            env.put("APPLICATION_URI", "http://127.0.0.1:" + ports.application());
            env.put("REVIEW_URI", "http://127.0.0.1:" + ports.review());
            env.put("DISCLOSURE_URI", "http://127.0.0.1:" + ports.disclosure());
            env.put("PORTAL_URI", "http://127.0.0.1:" + ports.portal());
        }
        if (service == PlatformService.PORTAL) {
            // the portal calls the gateway only, and sends people to Keycloak's login page
            env.put("GATEWAY_URI", "http://127.0.0.1:" + ports.gateway());
            env.put("KEYCLOAK_URI", "http://localhost:" + ports.keycloak());
        }
        return env;
    }

    public PlatformService service() {
        return service;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public void awaitReady(Duration timeout) {
        process.awaitReady(() -> Probes.httpOk(baseUrl() + "/actuator/health/readiness"), timeout);
    }

    /** Whether this run trains a start-up cache, which it writes when it stops. */
    public boolean trainsStartupCache() {
        return cache.filter(StartupCache::training).isPresent();
    }

    public void stop() {
        // false too for a JVM that died before (a crash, the OOM killer): it may have left half a cache
        var exitedByItself = process.stop(trainsStartupCache() ? CACHE_WRITING_GRACE : Duration.ofSeconds(20));
        cache.ifPresent(c -> c.stopped(exitedByItself));
    }

    /** kill -9, for the fault-injection tests. */
    public void kill() {
        process.kill();
        cache.ifPresent(c -> c.stopped(false));
    }

    public ManagedProcess process() {
        return process;
    }
}
