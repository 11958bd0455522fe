package org.onewindow.contracts.application;

import java.time.OffsetDateTime;

/**
 * An application was submitted and got its case number: review creates the case from it. It
 * carries nothing personal but the applicant's name: the identity and phone numbers, the form and
 * the files stay in application-service, which staff read through its API (version 2; version 1
 * carried them all, see {@link ApplicationSubmittedV1}).
 *
 * @param channel ONLINE, WINDOW or PROVINCIAL
 * @param filedBy the account that filed it: the applicant's own, or the clerk's or platform's acting for them
 */
public record ApplicationSubmitted(
        String caseNo,
        String applicationId,
        String itemCode,
        int itemVersion,
        String department,
        String channel,
        Applicant applicant,
        String filedBy,
        OffsetDateTime submittedAt) {}
