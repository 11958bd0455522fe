package org.onewindow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Fails when a published event's JSON shape changes incompatibly: a field removed or retyped.
 * The snapshots in src/test/resources/contract-snapshots are the promise made to consumers;
 * a new event type writes its snapshot when run with -Dcontracts.writeSnapshots=true.
 */
class EventContractCompatibilityTest {

    private static final Path SNAPSHOTS = Path.of("src/test/resources/contract-snapshots");

    @TestFactory
    Stream<DynamicTest> everyEventKeepsItsPublishedShape() {
        return EventTypes.all().stream().map(type -> DynamicTest.dynamicTest(type.toString(), () -> checkShape(type)));
    }

    @Test
    void envelopeKeepsItsPublishedShape() throws IOException {
        var envelope = EventEnvelope.of(
                EventTypes.ITEM_RETIRED, "key", EventSamples.of(EventTypes.ITEM_RETIRED), EventSamples.AT);
        var shape = JsonShape.of(EventJson.mapper().readTree(EventJson.write(envelope)));
        var envelopeOnly = JsonShape.parse(shape.format()
                .lines()
                .filter(line -> !line.startsWith("$.payload."))
                .reduce("", (a, b) -> a + b + "\n"));
        compare("envelope", envelopeOnly);
    }

    @Test
    void detectsARemovedField() {
        var older = JsonShape.parse("$ object\n$.code string\n$.reason string\n");
        var newer = JsonShape.parse("$ object\n$.code string\n$.extra number\n");
        assertThat(newer.breaksOf(older)).containsExactly("$.reason was removed");
    }

    @Test
    void detectsARetypedField() {
        var older = JsonShape.parse("$ object\n$.lastVersion number\n");
        var newer = JsonShape.parse("$ object\n$.lastVersion string\n");
        assertThat(newer.breaksOf(older)).containsExactly("$.lastVersion changed from number to string");
    }

    @Test
    void envelopeRoundTripsThroughJson() {
        var sample = EventSamples.of(EventTypes.ITEM_RETIRED);
        var envelope = EventEnvelope.of(EventTypes.ITEM_RETIRED, "k1", sample, EventSamples.AT);
        var read = EventJson.read(EventJson.write(envelope));
        assertThat(read).isEqualTo(envelope);
        assertThat(read.payloadAs(EventTypes.ITEM_RETIRED)).isEqualTo(sample);
        assertThat(read.occurredAt()).isEqualTo(EventSamples.AT);
    }

    @Test
    void readerIgnoresFieldsItDoesNotKnow() {
        var json = EventJson.write(EventEnvelope.of(
                        EventTypes.ITEM_RETIRED, "k1", EventSamples.of(EventTypes.ITEM_RETIRED), EventSamples.AT))
                .replace("\"reason\"", "\"addedLater\":1,\"reason\"");
        assertThat(EventJson.read(json).payloadAs(EventTypes.ITEM_RETIRED).reason())
                .isEqualTo("merged into a new item");
    }

    @Test
    void garbageIsAMalformedEvent() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventJson.read("{not json"))
                .isInstanceOf(MalformedEventException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventJson.read("{\"type\":\"X\"}"))
                .isInstanceOf(MalformedEventException.class);
    }

    private static void checkShape(EventType<?> type) throws IOException {
        var tree = EventJson.mapper().valueToTree(EventSamples.of(type));
        compare(type.name() + "-v" + type.version(), JsonShape.of(tree));
    }

    private static void compare(String name, JsonShape current) throws IOException {
        var file = SNAPSHOTS.resolve(name + ".shape");
        if (!Files.exists(file)) {
            if (Boolean.getBoolean("contracts.writeSnapshots")) {
                Files.writeString(file, current.format(), StandardCharsets.UTF_8);
                return;
            }
            fail("no snapshot " + file + ": a new event type? run once with -Dcontracts.writeSnapshots=true");
        }
        var published = JsonShape.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(current.breaksOf(published))
                .as("%s changed incompatibly; publish a new version instead", name)
                .isEmpty();
    }
}
