package org.onewindow.review.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A case as review holds it: what was applied for, where it stands, and its clock. */
public record ReviewCase(
        String caseNo,
        UUID applicationId,
        String itemCode,
        int itemVersion,
        String itemName,
        String department,
        List<String> reviewDepartments,
        String channel,
        String applicantName,
        CaseStatus status,
        OffsetDateTime submittedAt,
        LocalDate acceptedOn,
        int promisedDays,
        int pausedDays,
        int extensionDays,
        LocalDate pausedSince,
        LocalDate deadline,
        String decision) {}
