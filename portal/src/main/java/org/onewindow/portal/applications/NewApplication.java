package org.onewindow.portal.applications;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * POST /api/applications: a draft of an item. Online, a natural person's identity comes from her
 * token; a legal person is named here.
 */
public record NewApplication(String itemCode, Applicant applicant) {

    /**
     * {@code NATURAL_PERSON} with no name or number, or {@code LEGAL_PERSON} with both. At the
     * counter the clerk names the person present, a natural person too, with her phone.
     */
    public record Applicant(
            String type,
            String name,
            String idNumber,
            @JsonInclude(JsonInclude.Include.NON_NULL) String phone) {

        public Applicant(String type, String name, String idNumber) {
            this(type, name, idNumber, null);
        }
    }
}
