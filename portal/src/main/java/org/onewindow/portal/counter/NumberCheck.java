package org.onewindow.portal.counter;

/**
 * What the identity form says beside a number while it is typed (htmx asks after each pause).
 *
 * @param state {@code valid}, {@code incomplete} (fine so far, not all typed), {@code invalid}, or
 *     null when nothing is typed and nothing is said
 */
record NumberCheck(String state, String message) {

    static NumberCheck nothing() {
        return new NumberCheck(null, null);
    }

    public boolean valid() {
        return "valid".equals(state);
    }

    public boolean invalid() {
        return "invalid".equals(state);
    }
}
