package org.onewindow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * PostgreSQL and a Kafka broker for a test JVM: started on first use on free ports, stopped when
 * the JVM exits, so every integration test of a module shares one of each.
 */
public final class SharedInfrastructure {

    private static SharedInfrastructure instance;

    private final Postgres postgres;
    private final KafkaBroker kafka;
    private final Path home;

    private SharedInfrastructure(Postgres postgres, KafkaBroker kafka, Path home) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.home = home;
    }

    public static synchronized SharedInfrastructure get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static SharedInfrastructure start() {
        try {
            var home = Files.createTempDirectory("onewindow-test-");
            var postgres = Postgres.start(home.resolve("postgres"), freePort(), List.of());
            var kafka = new KafkaBroker(
                            home.resolve("kafka"), StackLayout.fromBuild().kafkaLibs(), freePort(), freePort())
                    .start();
            var infrastructure = new SharedInfrastructure(postgres, kafka, home);
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop));
            return infrastructure;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Postgres postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /** A database of its own for one test class, so test data never meets another's. */
    public String database(String name) {
        postgres.createDatabases(List.of(name));
        return postgres.jdbcUrl(name);
    }

    private void stop() {
        kafka.stop();
        postgres.close();
        LocalStack.deleteRecursively(home);
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
