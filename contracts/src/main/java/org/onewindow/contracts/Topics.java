package org.onewindow.contracts;

/** Topic names of API.md. Every topic has a dead-letter twin named {@code <topic>.DLT}. */
public final class Topics {

    /** Item events, keyed by item (implementation) code. */
    public static final String CATALOG_ITEM = "catalog.item.v1";

    /** Application events, keyed by case number. */
    public static final String APPLICATION = "application.v1";

    /** Review events, keyed by case number. */
    public static final String REVIEW = "review.v1";

    /** The bureau's working-day calendar, keyed by year; the latest event per year is the calendar. */
    public static final String CALENDAR = "calendar.v1";

    /** What the public side reports back (rectifications of poor reviews), keyed by case number. */
    public static final String DISCLOSURE = "disclosure.v1";

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {}

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
