package org.onewindow.portal.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * The complaint form, field for field what POST /api/disclosure/complaints takes, checked here
 * first with the same limits so that a person learns of an empty field without waiting for the
 * service; the service stays the judge, and whatever it refuses is shown beside its field too.
 * Optional fields left empty are not sent (an empty case number is not a malformed one).
 */
record ComplaintForm(
        @NotBlank @Pattern(regexp = "(COMPLAINT|REPORT)?") String kind,
        @NotBlank @Size(max = 100) String subject,
        @NotBlank @Size(max = 2000) String content,
        @Pattern(regexp = "[a-z-]{0,50}") String department,
        @Pattern(regexp = "(\\s*[0-9A-Za-z ]{20,60}\\s*)?") String caseNo,
        @Size(max = 50) String contactName,

        @Pattern(regexp = "(\\s*(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})\\s*)?")
        String contactPhone) {

    /** Top to bottom, for the error summary. */
    static final List<String> FIELDS =
            List.of("kind", "subject", "content", "department", "caseNo", "contactName", "contactPhone");

    static final List<String> KINDS = List.of("COMPLAINT", "REPORT");

    /** Who a complaint can be about: the hall that accepts and the divisions that review. */
    static final List<String> DEPARTMENTS = List.of("service-hall", "publishing", "radio-tv", "printing");

    static ComplaintForm blank() {
        return new ComplaintForm(null, null, null, null, null, null, null);
    }

    ComplaintClient.NewComplaint toRequest() {
        var name = orNull(contactName);
        var phone = orNull(contactPhone);
        return new ComplaintClient.NewComplaint(
                kind,
                subject.strip(),
                content.strip(),
                orNull(department),
                caseNo == null || caseNo.isBlank()
                        ? null
                        : caseNo.replace(" ", "").toUpperCase(Locale.ROOT),
                name == null && phone == null ? null : new ComplaintClient.Contact(name, phone));
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
