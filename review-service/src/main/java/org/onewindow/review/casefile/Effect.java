package org.onewindow.review.casefile;

import org.onewindow.contracts.EventType;

/** One thing a transition asks for besides the new state, carried out in its transaction, in order. */
public sealed interface Effect {

    /** Publish this event, keyed by the case number. */
    record Publish<P>(EventType<P> type, P payload) implements Effect {}

    /**
     * Append to the audit trail; {@code bySystem} entries name the system, the others whoever acted
     * (a staff member, or the applicant for their own events).
     */
    record Trail(String action, String detail, CaseStatus before, CaseStatus after, boolean bySystem)
            implements Effect {

        /** No status before: the case comes into being, and this is its trail's first link. */
        boolean opensTrail() {
            return before == null;
        }
    }

    /** Issue the electronic certificate of an approval, record it and publish CertificateIssued. */
    record IssueCertificate(String decisionReason) implements Effect {}
}
