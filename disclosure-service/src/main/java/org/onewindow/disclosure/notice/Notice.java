package org.onewindow.disclosure.notice;

import java.time.OffsetDateTime;

/** A published notice or policy document, its text exactly as the supervisor wrote it. */
record Notice(String number, Kind kind, String title, String documentNo, String body, OffsetDateTime publishedAt) {

    enum Kind {
        NOTICE,
        POLICY
    }

    /** A notice in a list: everything but the body. */
    record Summary(String number, Kind kind, String title, String documentNo, OffsetDateTime publishedAt) {}
}
