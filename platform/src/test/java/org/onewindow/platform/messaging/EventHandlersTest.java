package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.MalformedEventException;

class EventHandlersTest {

    record Thing(String name) {}

    record OldThing(String name, String secret) {}

    static final EventType<Thing> THING_V2 = new EventType<>("ThingHappened", 2, "things", Thing.class);
    static final EventType<OldThing> THING_V1 = new EventType<>("ThingHappened", 1, "things", OldThing.class);

    @Test
    void eachVersionGoesToItsOwnHandler() {
        var seen = new ArrayList<String>();
        var handlers = EventHandlers.named("test")
                .on(THING_V2, t -> seen.add("v2 " + t.name()))
                .on(THING_V1, t -> seen.add("v1 " + t.name()));
        handlers.handle(EventEnvelope.of(THING_V1, "k", new OldThing("a", "x"), OffsetDateTime.now()));
        handlers.handle(EventEnvelope.of(THING_V2, "k", new Thing("b"), OffsetDateTime.now()));
        assertThat(seen).containsExactly("v1 a", "v2 b");
        assertThat(handlers.types()).containsExactly("ThingHappened");
    }

    @Test
    void aVersionWithoutAHandlerIsDeadLetteredNotPassedOver() {
        var handlers = EventHandlers.named("test").on(THING_V2, t -> {});
        var old = EventEnvelope.of(THING_V1, "k", new OldThing("a", "x"), OffsetDateTime.now());
        assertThatThrownBy(() -> handlers.handle(old))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("version 1");
    }

    @Test
    void aTypeIsHandledOnce() {
        assertThatThrownBy(
                        () -> EventHandlers.named("test").on(THING_V2, t -> {}).on(THING_V2, t -> {}))
                .isInstanceOf(IllegalStateException.class);
    }
}
