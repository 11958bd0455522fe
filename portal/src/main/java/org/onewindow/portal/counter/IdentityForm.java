package org.onewindow.portal.counter;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.onewindow.portal.applications.ApiProblem;
import org.onewindow.portal.applications.NewApplication;
import org.springframework.validation.Errors;

/**
 * Who the person at the window is, as the clerk reads it from her card or licence: a natural person
 * by name, citizen identity number and phone; a legal person by unit name and credit code. The API
 * takes them as the application's applicant (the channel WINDOW follows from the clerk's token). It
 * takes no agent (经办人) for a counter case: the person present is not recorded beside the unit.
 */
record IdentityForm(
        String applicantType, String personName, String idNumber, String phone, String unitName, String creditCode) {

    static final String NATURAL_PERSON = "NATURAL_PERSON";
    static final String LEGAL_PERSON = "LEGAL_PERSON";

    /** The form's fields top to bottom: the error summary lists problems in this order. */
    static final List<String> FIELDS =
            List.of("applicantType", "personName", "idNumber", "unitName", "creditCode", "phone");

    static final int MAX_NAME = 100;

    /** An empty form; the applicant type chosen already when the item serves only one. */
    static IdentityForm blank(List<String> serviceObjects) {
        var only = serviceObjects.size() == 1 ? serviceObjects.get(0) : null;
        return new IdentityForm(only, null, null, null, null, null);
    }

    boolean legalPerson() {
        return LEGAL_PERSON.equals(applicantType);
    }

    boolean naturalPerson() {
        return NATURAL_PERSON.equals(applicantType);
    }

    /** Everything wrong at once, each beside its field (codes are keys of i18n/counter). */
    void validate(Errors errors, List<String> serviceObjects, LocalDate today) {
        if (applicantType == null || !serviceObjects.contains(applicantType)) {
            errors.rejectValue("applicantType", "counter.identity.applicantType.required");
            return;
        }
        if (naturalPerson()) {
            name(errors, "personName", personName);
            var verdict = IdentityNumber.check(idNumber, today);
            if (verdict != IdentityNumber.Verdict.VALID) {
                errors.rejectValue("idNumber", "counter.identity.idNumber." + verdict);
            }
        } else {
            name(errors, "unitName", unitName);
            var verdict = CreditCode.check(creditCode);
            if (verdict != CreditCode.Verdict.VALID) {
                errors.rejectValue("creditCode", "counter.identity.creditCode." + verdict);
            }
        }
        if (!phoneNormalised().isEmpty() && !phoneNormalised().matches("1[3-9][0-9]{9}")) {
            errors.rejectValue("phone", "counter.identity.phone.pattern");
        }
    }

    private static void name(Errors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "counter.identity." + field + ".required");
        } else if (value.strip().length() > MAX_NAME) {
            errors.rejectValue(field, "counter.identity." + field + ".size");
        }
    }

    /** "137 0013 7000" and "137-0013-7000" are how people read a number out; the API takes digits. */
    String phoneNormalised() {
        return phone == null
                ? ""
                : Normalizer.normalize(phone, Normalizer.Form.NFKC).replaceAll("[\\s-]", "");
    }

    NewApplication request(String itemCode) {
        var phoneOrNull = phoneNormalised().isEmpty() ? null : phoneNormalised();
        if (legalPerson()) {
            return new NewApplication(
                    itemCode,
                    new NewApplication.Applicant(
                            LEGAL_PERSON, unitName.strip(), CreditCode.normalise(creditCode), phoneOrNull));
        }
        return new NewApplication(
                itemCode,
                new NewApplication.Applicant(
                        NATURAL_PERSON, personName.strip(), IdentityNumber.normalise(idNumber), phoneOrNull));
    }

    /**
     * The API's problems beside this form's fields: it names its own ({@code applicant.idNumber}),
     * which is the identity number or the credit code as the applicant is a person or a unit. One
     * message per field says all the field needs; what is about no field is said at the top.
     */
    void reject(Errors errors, ApiProblem problem) {
        if (problem.errors().isEmpty()) {
            errors.reject("counter.api");
            return;
        }
        for (var error : problem.errors()) {
            var field = field(error.field());
            if (field == null) {
                var code = "itemCode".equals(error.field()) ? "counter.api.item" : "counter.api";
                if (!errors.hasGlobalErrors()) {
                    errors.reject(code);
                }
            } else if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "counter.api");
            }
        }
    }

    private String field(String apiField) {
        if (apiField == null) {
            return null;
        }
        return switch (apiField) {
            case "applicant.type" -> "applicantType";
            case "applicant.name" -> legalPerson() ? "unitName" : "personName";
            case "applicant.idNumber" -> legalPerson() ? "creditCode" : "idNumber";
            case "applicant.phone" -> "phone";
            default -> null;
        };
    }
}
