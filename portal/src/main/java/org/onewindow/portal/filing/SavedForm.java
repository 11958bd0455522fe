package org.onewindow.portal.filing;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** PUT /api/applications/{id}/form: the form as saved, and what the schema still finds wrong with it. */
record SavedForm(JsonNode form, List<PreReviewResult.Problem> problems) {

    SavedForm {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    List<Issue> issues() {
        return problems.stream().map(PreReviewResult.Problem::issue).toList();
    }
}
