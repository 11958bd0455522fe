package org.onewindow.contracts;

/**
 * A published event: its name, payload version, topic and payload record. The list of them is
 * {@link EventTypes}; the compatibility test checks each one's JSON shape against a snapshot.
 */
public record EventType<P>(String name, int version, String topic, Class<P> payloadType) {

    @Override
    public String toString() {
        return name + " v" + version + " on " + topic;
    }
}
