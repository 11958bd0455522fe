package org.onewindow.portal.applications;

/**
 * POST /api/applications: a draft of an item. Online, a natural person's identity comes from her
 * token; a legal person is named here.
 */
public record NewApplication(String itemCode, Applicant applicant) {

    /** {@code NATURAL_PERSON} with no name or number, or {@code LEGAL_PERSON} with both. */
    public record Applicant(String type, String name, String idNumber) {}
}
