package org.onewindow.catalog.item;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.FieldProblems;
import org.onewindow.platform.web.ProblemException;
import org.springframework.stereotype.Component;

/** Every problem of an item definition at once: each field's own rules and the rules between them. */
@Component
class ItemValidator {

    private final Validator validator;

    ItemValidator(Validator validator) {
        this.validator = validator;
    }

    List<FieldProblem> problemsOf(ItemDefinition item) {
        var problems = new ArrayList<>(FieldProblems.of(validator.validate(item)));
        problems.addAll(GuideRules.check(item));
        return problems;
    }

    void requireValid(ItemDefinition item) {
        var problems = problemsOf(item);
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
    }
}
