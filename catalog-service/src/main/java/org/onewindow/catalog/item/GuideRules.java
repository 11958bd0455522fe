package org.onewindow.catalog.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.onewindow.catalog.code.ItemCodes;
import org.onewindow.catalog.item.ItemDefinition.Requirement;
import org.onewindow.platform.web.FieldProblem;

/** The rules between guide elements (DOMAIN.md), beyond what each field says alone. */
final class GuideRules {

    private GuideRules() {}

    static List<FieldProblem> check(ItemDefinition item) {
        var problems = new ArrayList<FieldProblem>();
        codes(item, problems);
        limits(item, problems);
        materials(item, problems);
        if (item.formSchema() != null) {
            problems.addAll(FormSchemas.problemsOf(item.formSchema()));
        }
        return problems;
    }

    private static void codes(ItemDefinition item, List<FieldProblem> problems) {
        if (item.baseCode() != null && !ItemCodes.isBaseCode(item.baseCode())) {
            problems.add(new FieldProblem(
                    "baseCode",
                    "invalid-base-code",
                    "a basic code is a type code, 5 digits of main item and 3 of sub-item"));
        } else if (item.baseCode() != null
                && item.type() != null
                && !ItemCodes.typeOf(item.baseCode()).equals(item.type().name())) {
            problems.add(new FieldProblem(
                    "type", "type-mismatch", "the basic code says " + ItemCodes.typeOf(item.baseCode())));
        }
        if (item.code() != null) {
            var baseCode = ItemCodes.isBaseCode(item.baseCode()) ? item.baseCode() : null;
            for (var problem : ItemCodes.problemsOfImplementationCode(item.code(), baseCode)) {
                problems.add(new FieldProblem("code", "invalid-implementation-code", problem));
            }
        }
    }

    private static void limits(ItemDefinition item, List<FieldProblem> problems) {
        if (item.promisedLimitDays() != null
                && item.statutoryLimitDays() != null
                && item.promisedLimitDays() > item.statutoryLimitDays()) {
            problems.add(new FieldProblem(
                    "promisedLimitDays",
                    "promised-over-statutory",
                    "the promised limit may not exceed the statutory limit"));
        }
        if (Integer.valueOf(4).equals(item.onlineDepth()) && item.maxVisits() != null && item.maxVisits() != 0) {
            problems.add(new FieldProblem(
                    "maxVisits",
                    "visits-with-full-online-handling",
                    "an item handled fully online (depth 4) needs 0 visits"));
        }
    }

    private static void materials(ItemDefinition item, List<FieldProblem> problems) {
        if (item.materials() == null) {
            return;
        }
        var fields = item.formSchema() == null ? java.util.Set.<String>of() : FormSchemas.fieldsOf(item.formSchema());
        var ids = new HashSet<String>();
        for (int i = 0; i < item.materials().size(); i++) {
            var material = item.materials().get(i);
            var path = "materials[" + i + "]";
            if (material == null) {
                continue;
            }
            if (material.id() != null && !ids.add(material.id())) {
                problems.add(new FieldProblem(path + ".id", "duplicate", "material ids must be unique in an item"));
            }
            if (material.requirement() == Requirement.CONDITIONAL) {
                if (material.condition() == null) {
                    problems.add(new FieldProblem(
                            path + ".condition", "required", "a conditional material needs its condition"));
                } else if (material.condition().field() != null
                        && !fields.contains(material.condition().field())) {
                    problems.add(new FieldProblem(
                            path + ".condition.field",
                            "unknown-form-field",
                            "the form schema has no field '"
                                    + material.condition().field() + "'"));
                }
            } else if (material.condition() != null) {
                problems.add(new FieldProblem(
                        path + ".condition",
                        "condition-without-conditional",
                        "only a CONDITIONAL material has a condition"));
            }
        }
    }
}
