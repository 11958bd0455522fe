package org.onewindow.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventType;
import org.onewindow.platform.messaging.EventHandlers;
import org.onewindow.platform.messaging.EventInbox;
import org.onewindow.platform.messaging.EventNotReadyException;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.security.PlatformSecurity;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service built on the platform, as the real ones are. */
@SpringBootApplication
class TestApplication {

    static final String TOPIC = "platform.test.v1";
    static final EventType<Thing> THING_HAPPENED = new EventType<>("ThingHappened", 1, TOPIC, Thing.class);
    // on the same topic, and of no interest to the listener
    static final EventType<Thing> THING_NOTICED = new EventType<>("ThingNoticed", 1, TOPIC, Thing.class);

    record Thing(String name, boolean fail) {}

    // read by a batch listener (BatchThingListener)
    static final String BATCH_TOPIC = "platform.test.batch.v1";
    static final EventType<Thing> BATCH_THING = new EventType<>("BatchThing", 1, BATCH_TOPIC, Thing.class);

    record NewThing(@NotBlank String name, @Min(1) int copies) {}

    @Bean
    SecurityFilterChain api(HttpSecurity http, PlatformSecurity platform) throws Exception {
        return platform.apply(http)
                .authorizeHttpRequests(auth -> auth.requestMatchers(PlatformSecurity.OPERATIONAL_PATHS)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/things", "/words/*")
                        .permitAll()
                        .requestMatchers("/things")
                        .hasRole("catalog-admin")
                        .anyRequest()
                        .denyAll())
                .build();
    }

    @Component
    static class Things {
        private final JdbcClient jdbc;
        private final EventPublisher events;

        Things(JdbcClient jdbc, EventPublisher events) {
            this.jdbc = jdbc;
            this.events = events;
        }

        @Transactional
        void create(String name, boolean failAfterPublish) {
            jdbc.sql("insert into thing (name) values (:name)")
                    .param("name", name)
                    .update();
            events.publish(THING_HAPPENED, name, new Thing(name, false));
            if (failAfterPublish) {
                throw new IllegalStateException("rolled back on purpose");
            }
        }
    }

    @RestController
    static class ThingController {
        private final Things things;

        ThingController(Things things) {
            this.things = things;
        }

        @GetMapping("/things")
        Map<String, String> list() {
            return Map.of("status", "ok");
        }

        @GetMapping("/words/{name}")
        Map<String, String> one(@PathVariable String name) {
            return Map.of("name", name);
        }

        @PostMapping("/things")
        Map<String, String> create(@Valid @RequestBody NewThing thing) {
            things.create(thing.name(), false);
            return Map.of("name", thing.name());
        }
    }

    @Component
    static class ThingListener {
        // things whose effect fails until a test repairs them (removes them)
        static final Set<String> BROKEN = ConcurrentHashMap.newKeySet();
        // things that are not ready for so many more deliveries
        static final Map<String, AtomicInteger> NOT_READY = new ConcurrentHashMap<>();

        private final EventInbox inbox;
        private final JdbcClient jdbc;
        private final EventHandlers handlers;

        ThingListener(EventInbox inbox, JdbcClient jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
            this.handlers = EventHandlers.named("thing-listener").on(THING_HAPPENED, this::happened);
        }

        @KafkaListener(topics = TOPIC)
        void on(ConsumerRecord<String, String> record) {
            inbox.apply(handlers, record);
        }

        private void happened(org.onewindow.contracts.EventEnvelope envelope, Thing thing) {
            if (thing.fail()) {
                throw new IllegalStateException("this effect always fails");
            }
            if (BROKEN.contains(thing.name())) {
                throw new IllegalStateException("broken until the test repairs it");
            }
            var notReady = NOT_READY.get(thing.name());
            if (notReady != null) {
                int left = notReady.getAndDecrement();
                if (left > 0) {
                    var cause = new EventNotReadyException("the peer has not answered yet", null);
                    // as a handler may meet it: thrown directly, or as the cause of what it throws
                    throw left % 2 == 0 ? cause : new IllegalStateException("could not apply", cause);
                }
            }
            jdbc.sql("insert into applied_effect (event_id, name) values (:id, :name)")
                    .param("id", envelope.eventId())
                    .param("name", thing.name())
                    .update();
        }
    }

    /** Applies a polled batch in one transaction; each effect notes the transaction it ran in. */
    @Component
    static class BatchThingListener {
        static final String ID = "batch-things";

        private final EventInbox inbox;
        private final JdbcClient jdbc;
        private final EventHandlers handlers;

        BatchThingListener(EventInbox inbox, JdbcClient jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
            this.handlers = EventHandlers.named("batch-thing-listener").on(BATCH_THING, this::happened);
        }

        @KafkaListener(id = ID, topics = BATCH_TOPIC, groupId = "platform-test-batch", batch = "true")
        void on(List<ConsumerRecord<String, String>> records) {
            inbox.applyAll(List.of(handlers), records);
        }

        private void happened(org.onewindow.contracts.EventEnvelope envelope, Thing thing) {
            if (thing.fail()) {
                throw new IllegalStateException("this effect always fails");
            }
            jdbc.sql("insert into applied_effect (event_id, name) values (:id, :name || ' ' || pg_current_xact_id())")
                    .param("id", envelope.eventId())
                    .param("name", thing.name())
                    .update();
        }
    }
}
