package org.onewindow.disclosure.system;

/**
 * How a disclosure listener's Kafka group id follows from its name: a consumer's one name, which is
 * also its inbox name, or the name of the listener that feeds the case read models
 * ({@code CaseEventsListener}), each of which keeps an inbox name of its own.
 */
public final class ConsumerGroups {

    /**
     * Goes before a consumer's name to make its group id: empty in a deployment, so the group id is
     * the name itself. A test or a replaying instance sets {@code onewindow.disclosure.consumer-group}
     * to read every topic from the start in groups of its own, beside the other instances.
     */
    public static final String PREFIX = "#{'${onewindow.disclosure.consumer-group:}'.isEmpty() ? ''"
            + " : '${onewindow.disclosure.consumer-group:}-'}";

    private ConsumerGroups() {}
}
