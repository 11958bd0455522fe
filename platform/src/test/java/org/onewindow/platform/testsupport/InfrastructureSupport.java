package org.onewindow.platform.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.onewindow.localstack.Postgres;
import org.onewindow.localstack.SharedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a service's test context at the shared PostgreSQL and Kafka, and reads topics as a bystander. */
public final class InfrastructureSupport {

    private InfrastructureSupport() {}

    /** Registers a database of the test's own and the shared broker. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        var infrastructure = SharedInfrastructure.get();
        registry.add("spring.datasource.url", () -> infrastructure.database(database));
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> Postgres.PASSWORD);
        registry.add(
                "spring.kafka.bootstrap-servers", () -> infrastructure.kafka().bootstrapServers());
    }

    /** Reads a topic from the beginning until {@code done} holds for what was read, or the timeout. */
    public static List<ConsumerRecord<String, String>> readUntil(
            String topic, Duration timeout, Predicate<List<ConsumerRecord<String, String>>> done) {
        var config = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.get().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "bystander-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        var seen = new ArrayList<ConsumerRecord<String, String>>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !done.test(seen)) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
        }
        return seen;
    }
}
