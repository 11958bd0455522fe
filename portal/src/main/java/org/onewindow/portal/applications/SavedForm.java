package org.onewindow.portal.applications;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** PUT /api/applications/{id}/form: the form as saved, and what the schema still finds wrong with it. */
public record SavedForm(JsonNode form, List<PreReviewResult.Problem> problems) {

    public SavedForm {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
