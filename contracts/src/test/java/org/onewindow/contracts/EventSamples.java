package org.onewindow.contracts;

import java.time.OffsetDateTime;
import java.util.Map;
import org.onewindow.contracts.catalog.ItemRetired;

/** One fully populated sample per event type: every field set, so every path shows in the shape. */
final class EventSamples {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-15T09:30:00+08:00");

    private static final Map<EventType<?>, Object> SAMPLES = Map.of(
            EventTypes.ITEM_RETIRED,
            new ItemRetired("11530000MB0000001BXK00012000001", 3, AT, "merged into a new item"));

    private EventSamples() {}

    static Object of(EventType<?> type) {
        var sample = SAMPLES.get(type);
        if (sample == null) {
            throw new IllegalStateException("no sample for " + type + ": add one to EventSamples");
        }
        return sample;
    }
}
