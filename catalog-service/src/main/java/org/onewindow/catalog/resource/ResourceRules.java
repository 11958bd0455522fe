package org.onewindow.catalog.resource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onewindow.catalog.code.ItemCodes;
import org.onewindow.platform.web.FieldProblem;

/**
 * The rules between a resource's fields, which Bean Validation does not see: the directory guide
 * asks a conditional or withheld sharing (and a conditional opening) to state its condition or
 * basis, the provider is one of the bureau's departments, and each producing item is a real code.
 */
final class ResourceRules {

    static final Set<String> DEPARTMENTS = Set.of("service-hall", "publishing", "radio-tv", "printing", "bureau");

    private ResourceRules() {}

    static List<FieldProblem> check(ResourceDefinition resource) {
        var problems = new ArrayList<FieldProblem>();
        if (resource.provider() != null
                && !resource.provider().isBlank()
                && !DEPARTMENTS.contains(resource.provider())) {
            problems.add(new FieldProblem("provider", "unknown-department", "one of " + DEPARTMENTS));
        }
        if (resource.sharing() != null
                && resource.sharing() != ResourceDefinition.Sharing.UNCONDITIONAL
                && blank(resource.sharingCondition())) {
            problems.add(new FieldProblem(
                    "sharingCondition",
                    "required",
                    "a conditional sharing states its condition, a withheld one its basis"));
        }
        if (resource.open() == ResourceDefinition.Open.CONDITIONAL && blank(resource.openCondition())) {
            problems.add(new FieldProblem("openCondition", "required", "a conditional opening states its condition"));
        }
        if (resource.itemCodes() != null) {
            var seen = new HashSet<String>();
            for (int i = 0; i < resource.itemCodes().size(); i++) {
                var code = resource.itemCodes().get(i);
                if (code == null || code.isBlank()) {
                    continue;
                }
                if (!ItemCodes.problemsOfImplementationCode(code, null).isEmpty()
                        || !ItemCodes.isBaseCode(code.substring(18, 28))) {
                    problems.add(
                            new FieldProblem("itemCodes[" + i + "]", "invalid", "not an item implementation code"));
                } else if (!seen.add(code)) {
                    problems.add(new FieldProblem("itemCodes[" + i + "]", "duplicate", "listed twice"));
                }
            }
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
