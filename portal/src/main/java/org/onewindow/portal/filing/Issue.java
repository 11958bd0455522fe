package org.onewindow.portal.filing;

import java.util.List;
import org.onewindow.portal.applications.ApiProblem;
import org.onewindow.portal.applications.PreReviewResult;

/**
 * One thing to fix, or as a notice to know, about a form field or a material: from the API
 * (pre-review, a refused upload or submission) or from the portal's own reading of the form.
 *
 * @param code the API's stable code (FORM_FIELD_REQUIRED, MATERIAL_MISSING, file-type-not-accepted...)
 *     or the portal's own (not-a-number...)
 * @param field the form field it is about, or null
 * @param materialId the material it is about, or null
 * @param message the source's own words, if it gave any (shown only when the code is unknown)
 */
record Issue(String code, String field, String materialId, String message) {

    static Issue field(String field, String code) {
        return new Issue(code, field, null, null);
    }

    static Issue material(String materialId, String code, String message) {
        return new Issue(code, null, materialId, message);
    }

    /** Every problem in a refusal's {@code errors}: a material's is named {@code materials.<id>}. */
    static List<Issue> allOf(ApiProblem problem) {
        return problem.errors().stream()
                .map(error -> fromApi(error.field(), error.code(), error.message()))
                .toList();
    }

    /** Pre-review's problems or notices, or what the schema still finds wrong with a saved form. */
    static List<Issue> allOf(List<PreReviewResult.Problem> problems) {
        return problems.stream()
                .map(problem ->
                        new Issue(problem.code(), topLevel(problem.field()), problem.materialId(), problem.message()))
                .toList();
    }

    private static Issue fromApi(String field, String code, String message) {
        if (field != null && field.startsWith("materials.")) {
            return new Issue(code, null, field.substring("materials.".length()), message);
        }
        return new Issue(code, topLevel(field), null, message);
    }

    /** {@code programmeTypes[0]} and {@code address.city} are about the form's field of that name. */
    static String topLevel(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        var end = field.length();
        for (var stop : new char[] {'.', '['}) {
            var at = field.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return field.substring(0, end);
    }
}
