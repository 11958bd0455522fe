package org.onewindow.application.prereview;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onewindow.application.item.ItemVersion;
import org.onewindow.application.material.StoredMaterial;
import org.onewindow.contracts.catalog.ItemGuide;
import org.onewindow.platform.web.JsonPaths;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The online pre-review (网上预审): the form against the item version's schema, every required
 * material and every conditional one whose condition holds, every file's type. Submission runs
 * the same check.
 */
@Component
public class PreReview {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final MeterRegistry meters;

    PreReview(MeterRegistry meters) {
        this.meters = meters;
    }

    public PreReviewResult check(JsonNode form, ItemVersion item, List<StoredMaterial> files) {
        var problems = new ArrayList<PreReviewProblem>();
        var notices = new ArrayList<PreReviewProblem>();
        formProblems(form, item, problems);
        for (var material : item.guide().materials()) {
            var file = files.stream()
                    .filter(f -> f.materialId().equals(material.id()))
                    .findFirst();
            if (file.isEmpty()) {
                missing(material, form, problems, notices);
            } else if (!material.acceptedTypes().contains(file.get().contentType())) {
                problems.add(new PreReviewProblem(
                        "FILE_TYPE_NOT_ACCEPTED",
                        null,
                        material.id(),
                        "材料“" + material.name() + "”的文件类型为 " + file.get().contentType() + "，可接受的类型："
                                + String.join("、", material.acceptedTypes()),
                        "The file for '" + material.name() + "' is "
                                + file.get().contentType() + "; accepted: "
                                + String.join(", ", material.acceptedTypes())));
            }
        }
        problems.forEach(p ->
                meters.counter("onewindow.prereview.problems", "code", p.code()).increment());
        return PreReviewResult.of(problems, notices);
    }

    /** Only the form's own problems: what saving a form reports. */
    public List<PreReviewProblem> formProblems(JsonNode form, ItemVersion item) {
        var problems = new ArrayList<PreReviewProblem>();
        formProblems(form, item, problems);
        return problems;
    }

    private void formProblems(JsonNode form, ItemVersion item, List<PreReviewProblem> problems) {
        var schema = compiled.computeIfAbsent(
                item.code() + "@" + item.version(),
                key -> SCHEMAS.getSchema(item.guide().formSchema()));
        for (var error : schema.validate(form)) {
            if ("required".equals(error.getKeyword())) {
                var field = error.getProperty();
                problems.add(new PreReviewProblem(
                        "FORM_FIELD_REQUIRED", field, null, "请填写必填项：" + field, "Required field missing: " + field));
            } else {
                var field = JsonPaths.of(error.getInstanceLocation().toString());
                problems.add(new PreReviewProblem(
                        "FORM_FIELD_INVALID",
                        field.isEmpty() ? error.getProperty() : field,
                        null,
                        "表单字段“" + (field.isEmpty() ? error.getProperty() : field) + "”填写有误：" + error.getMessage(),
                        "Form field '" + (field.isEmpty() ? error.getProperty() : field) + "' is invalid: "
                                + error.getMessage()));
            }
        }
    }

    /**
     * A missing material the item lets the clerk accept without (容缺) is a notice, not a problem:
     * the applicant may submit and hand it in after acceptance, by the deadline the clerk sets.
     */
    private static void missing(
            ItemGuide.Material material,
            JsonNode form,
            List<PreReviewProblem> problems,
            List<PreReviewProblem> notices) {
        boolean conditionHolds = "CONDITIONAL".equals(material.requirement())
                && material.condition() != null
                && Conditions.holds(material.condition(), form);
        if (!"REQUIRED".equals(material.requirement()) && !conditionHolds) {
            return;
        }
        if (material.missingAllowedAtAcceptance()) {
            notices.add(new PreReviewProblem(
                    "MATERIAL_MAY_FOLLOW",
                    null,
                    material.id(),
                    "尚未提交“" + material.name() + "”：本事项允许容缺受理，受理后请在告知的期限内补交",
                    "'" + material.name() + "' is missing: this item may be accepted without it;"
                            + " hand it in after acceptance by the date you are given"));
        } else if (conditionHolds) {
            problems.add(new PreReviewProblem(
                    "CONDITIONAL_MATERIAL_MISSING",
                    material.condition().field(),
                    material.id(),
                    "根据您填写的“" + material.condition().field() + "”，还需提交：" + material.name(),
                    "Because of '" + material.condition().field() + "', this material is also needed: "
                            + material.name()));
        } else {
            problems.add(new PreReviewProblem(
                    "MATERIAL_MISSING",
                    null,
                    material.id(),
                    "缺少必需材料：" + material.name(),
                    "Required material missing: " + material.name()));
        }
    }
}
