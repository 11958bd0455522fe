package org.onewindow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Kafka broker (KRaft, combined broker and controller) in its own JVM, from the
 * kafka_2.13 jars the build copied. It listens on 127.0.0.1 only, on fixed ports, and can be
 * stopped and started again on the same log directory, as the messaging tests do.
 */
public final class KafkaBroker implements AutoCloseable {

    // any 16 bytes, base64url: a fixed id lets a restarted broker find its own logs
    private static final String CLUSTER_ID = "b25ld2luZG93LWxvY2FsMQ";

    private final Path home;
    private final Path libs;
    private final int port;
    private final int controllerPort;
    private ManagedProcess process;

    public KafkaBroker(Path home, Path libs, int port, int controllerPort) {
        this.home = home;
        this.libs = libs;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized KafkaBroker start() {
        Probes.requireFree(port, "Kafka");
        Probes.requireFree(controllerPort, "Kafka controller");
        try {
            Files.createDirectories(home);
            var config = writeConfig();
            if (!Files.exists(home.resolve("data/meta.properties"))) {
                format(config);
            }
            var log = home.resolve("broker.log");
            long from = Probes.sizeOf(log);
            process = ManagedProcess.start("kafka", java("kafka.Kafka", config.toString()), Map.of(), home, log);
            process.awaitReady(
                    () -> Probes.logContains(log, from, "Kafka Server started") && Probes.portOpen(port),
                    Duration.ofSeconds(90));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clean shutdown, as an operator would do. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
            process = null;
        }
    }

    /** kill -9: the broker vanishes mid-flight. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void format(Path config) throws IOException {
        var log = home.resolve("format.log");
        var format = ManagedProcess.start(
                "kafka-storage-format",
                java(
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        CLUSTER_ID,
                        "-c",
                        config.toString(),
                        "--ignore-formatted"),
                Map.of(),
                home,
                log);
        format.awaitSuccess(Duration.ofSeconds(60));
    }

    private List<String> java(String mainClass, String... args) {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m",
                "-Xmx512m",
                "-XX:+UseSerialGC",
                ServiceProcess.TRIM_NATIVE_HEAP,
                "-Dlog4j2.configurationFile=" + log4jConfig(),
                "-cp",
                libs.resolve("*").toString(),
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private String log4jConfig() {
        var target = home.resolve("log4j2.properties");
        try (var in = KafkaBroker.class.getResourceAsStream("/kafka-log4j2.properties")) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path writeConfig() throws IOException {
        var config = home.resolve("server.properties");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                        "controller.listener.names=CONTROLLER",
                        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                        "inter.broker.listener.name=PLAINTEXT",
                        "log.dirs=" + home.resolve("data"),
                        "num.partitions=3",
                        "auto.create.topics.enable=true",
                        "offsets.topic.replication.factor=1",
                        "offsets.topic.num.partitions=10",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "share.coordinator.state.topic.replication.factor=1",
                        "share.coordinator.state.topic.min.isr=1",
                        "group.initial.rebalance.delay.ms=0",
                        "log.retention.hours=168",
                        ""));
        return config;
    }
}
