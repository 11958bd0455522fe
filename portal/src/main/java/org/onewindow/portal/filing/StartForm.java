package org.onewindow.portal.filing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onewindow.portal.applications.ApiProblem;
import org.onewindow.portal.applications.NewApplication;
import org.onewindow.portal.filing.FormField.Kind;
import org.onewindow.portal.filing.FormField.Option;

/**
 * The start page's one question: in whose name. A natural person files as herself (the API takes
 * her verified identity from her token); a legal person is named by its unit name and credit code,
 * with the signed-in person as its agent (经办人).
 */
record StartForm(String applicantType, String unitName, String creditCode) {

    static final String NATURAL_PERSON = "NATURAL_PERSON";
    static final String LEGAL_PERSON = "LEGAL_PERSON";

    /** Its fields, so that problems with them are worded like the application form's. */
    static final FormSchema FIELDS = FormSchema.ofFields(List.of(
            field(
                    "applicantType",
                    Kind.SELECT,
                    List.of(new Option(NATURAL_PERSON, null), new Option(LEGAL_PERSON, null)),
                    null,
                    null),
            field("unitName", Kind.TEXT, List.of(), 100, null),
            field("creditCode", Kind.TEXT, List.of(), null, "^[0-9A-HJ-NPQRTUWXY]{18}$")));

    private static FormField field(String name, Kind kind, List<Option> options, Integer maxLength, String pattern) {
        return new FormField(
                name, kind, "string", true, null, null, options, null, null, null, maxLength, pattern, null);
    }

    public boolean legalPerson() {
        return LEGAL_PERSON.equals(applicantType);
    }

    /** As printed on a licence: full-width characters typed by an IME made plain, letters upper case. */
    String creditCodeNormalised() {
        return creditCode == null
                ? ""
                : Normalizer.normalize(creditCode, Normalizer.Form.NFKC)
                        .replace(" ", "")
                        .toUpperCase(Locale.ROOT);
    }

    List<Issue> issues(List<String> serviceObjects) {
        var issues = new ArrayList<Issue>();
        if (applicantType == null || !serviceObjects.contains(applicantType)) {
            issues.add(Issue.field("applicantType", "REQUIRED"));
        }
        if (legalPerson()) {
            if (unitName == null || unitName.isBlank()) {
                issues.add(Issue.field("unitName", "REQUIRED"));
            }
            if (creditCodeNormalised().isEmpty()) {
                issues.add(Issue.field("creditCode", "REQUIRED"));
            } else if (!creditCodeNormalised().matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
                issues.add(Issue.field("creditCode", "FORM_FIELD_INVALID"));
            }
        }
        return issues;
    }

    NewApplication request(String itemCode) {
        if (legalPerson()) {
            return new NewApplication(
                    itemCode, new NewApplication.Applicant(LEGAL_PERSON, unitName.strip(), creditCodeNormalised()));
        }
        return new NewApplication(itemCode, new NewApplication.Applicant(NATURAL_PERSON, null, null));
    }

    /**
     * The API names the request's own fields ({@code applicant.idNumber}); here they are the start
     * page's. A natural person gave none of them: a problem with them is her account's identity.
     */
    List<Issue> issues(ApiProblem problem) {
        if (problem.errors().isEmpty()) {
            return List.of(new Issue(problem.slug(), null, null, problem.detail()));
        }
        return problem.errors().stream()
                .map(error -> switch (error.field() == null ? "" : error.field()) {
                    case "applicant.type" -> Issue.field("applicantType", error.code());
                    case "applicant.name" ->
                        legalPerson()
                                ? Issue.field("unitName", error.code())
                                : new Issue("ACCOUNT_IDENTITY_INCOMPLETE", null, null, null);
                    case "applicant.idNumber" ->
                        legalPerson()
                                ? Issue.field("creditCode", error.code())
                                : new Issue("ACCOUNT_IDENTITY_INCOMPLETE", null, null, null);
                    default -> new Issue(error.code(), null, null, error.message());
                })
                .distinct()
                .toList();
    }
}
