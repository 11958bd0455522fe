package org.onewindow.portal.publicapi;

import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * A service's field problems put beside the portal's own form fields. The API's messages are
 * English and for programmers; each becomes the error code {@value #CODE}, which the bundles
 * resolve per form and field ({@code api.complaint.subject}: what the field needs, in plain words)
 * and fall back to a general sentence ({@code api}).
 */
public final class FormProblems {

    static final String CODE = "api";

    private FormProblems() {}

    /**
     * @param fields the API's field path ({@code contact.phone}) → the form's field ({@code contactPhone});
     *     a problem with a field not listed is shown at the top, for the whole form
     */
    public static void reject(BindingResult errors, ApiProblem problem, Map<String, String> fields) {
        if (problem.errors().isEmpty()) {
            errors.reject(CODE);
            return;
        }
        for (var each : problem.errors()) {
            var field = each.field() == null ? null : fields.get(each.field());
            if (field == null) {
                if (!errors.hasGlobalErrors()) {
                    errors.reject(CODE);
                }
            } else if (!errors.hasFieldErrors(field)) {
                // one message per field: it says everything the field needs
                errors.rejectValue(field, CODE);
            }
        }
    }
}
