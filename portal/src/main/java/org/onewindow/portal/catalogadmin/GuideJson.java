package org.onewindow.portal.catalogadmin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.onewindow.portal.catalogadmin.GuideForm.FaqRow;
import org.onewindow.portal.catalogadmin.GuideForm.FeeRow;
import org.onewindow.portal.catalogadmin.GuideForm.MaterialRow;
import org.onewindow.portal.catalogadmin.GuideForm.StepRow;
import org.onewindow.portal.catalogadmin.GuideForm.WindowRow;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The guide between the API's JSON (catalog-service's ItemDefinition, field for field: the API
 * refuses unknown fields) and the editor's form. Text that is not what the API takes (a number, an
 * amount, the form schema's JSON) is sent as null and told as the portal's own problem, so that
 * the API's problems and the portal's are shown together.
 */
final class GuideJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GuideJson() {}

    /** The JSON to send, and what the portal itself found wrong with the text. */
    record Converted(ObjectNode guide, List<Problem> problems) {}

    /** A problem found before asking the API: {@code field} is the API's path ({@code materials[0].copies}). */
    record Problem(String field, String code, String detail) {}

    static GuideForm form(JsonNode guide, Integer revision) {
        return new GuideForm(
                revision == null ? "" : String.valueOf(revision),
                text(guide, "code"),
                text(guide, "baseCode"),
                text(guide, "name"),
                text(guide, "type"),
                text(guide, "department"),
                strings(guide.path("serviceObjects")),
                text(guide, "legalBasis"),
                text(guide, "powerSource"),
                text(guide, "conditions"),
                rows(guide.path("materials"), GuideJson::material),
                rows(
                        guide.path("steps"),
                        step -> new StepRow(
                                text(step, "channel"),
                                text(step, "order"),
                                text(step, "name"),
                                text(step, "description"))),
                text(guide, "statutoryLimitDays"),
                text(guide, "promisedLimitDays"),
                text(guide, "handlingType"),
                rows(
                        guide.path("fees"),
                        fee -> new FeeRow(
                                text(fee, "name"),
                                yuan(fee.path("amountFen")),
                                text(fee, "basis"),
                                text(fee, "waivers"))),
                text(guide, "onlineDepth"),
                text(guide, "maxVisits"),
                rows(
                        guide.path("windows"),
                        window -> new WindowRow(
                                text(window, "name"),
                                text(window, "address"),
                                text(window, "hours"),
                                text(window, "phone"))),
                rows(guide.path("faq"), faq -> new FaqRow(text(faq, "question"), text(faq, "answer"))),
                strings(guide.path("reviewDepartments")),
                guide.path("formSchema").isMissingNode()
                                || guide.path("formSchema").isNull()
                        ? ""
                        : pretty(guide.get("formSchema")),
                String.join("，", strings(guide.path("keywords"))),
                guide.path("confidential").asBoolean(false));
    }

    static Converted json(GuideForm form) {
        var problems = new ArrayList<Problem>();
        var guide = JSON.createObjectNode();
        guide.put("code", blankIsNull(form.code()));
        guide.put("baseCode", blankIsNull(form.baseCode()));
        guide.put("name", blankIsNull(form.name()));
        guide.put("type", blankIsNull(form.type()));
        guide.put("department", blankIsNull(form.department()));
        stringArray(guide.putArray("serviceObjects"), form.serviceObjects());
        guide.put("legalBasis", blankIsNull(form.legalBasis()));
        guide.put("powerSource", blankIsNull(form.powerSource()));
        guide.put("conditions", blankIsNull(form.conditions()));
        var materials = guide.putArray("materials");
        for (int i = 0; i < form.materials().size(); i++) {
            material(materials.addObject(), form.materials().get(i), "materials[" + i + "]", problems);
        }
        var steps = guide.putArray("steps");
        for (int i = 0; i < form.steps().size(); i++) {
            var row = form.steps().get(i);
            var step = steps.addObject();
            step.put("channel", blankIsNull(row.channel()));
            integer(step, "order", row.order(), "steps[" + i + "].order", problems);
            step.put("name", blankIsNull(row.name()));
            step.put("description", blankIsNull(row.description()));
        }
        integer(guide, "statutoryLimitDays", form.statutoryLimitDays(), "statutoryLimitDays", problems);
        integer(guide, "promisedLimitDays", form.promisedLimitDays(), "promisedLimitDays", problems);
        guide.put("handlingType", blankIsNull(form.handlingType()));
        var fees = guide.putArray("fees");
        for (int i = 0; i < form.fees().size(); i++) {
            var row = form.fees().get(i);
            var fee = fees.addObject();
            fee.put("name", blankIsNull(row.name()));
            fen(fee, row.amountYuan(), "fees[" + i + "].amountFen", problems);
            fee.put("basis", blankIsNull(row.basis()));
            fee.put("waivers", blankIsNull(row.waivers()));
        }
        integer(guide, "onlineDepth", form.onlineDepth(), "onlineDepth", problems);
        integer(guide, "maxVisits", form.maxVisits(), "maxVisits", problems);
        var windows = guide.putArray("windows");
        for (var row : form.windows()) {
            var window = windows.addObject();
            window.put("name", blankIsNull(row.name()));
            window.put("address", blankIsNull(row.address()));
            window.put("hours", blankIsNull(row.hours()));
            window.put("phone", blankIsNull(row.phone()));
        }
        var faq = guide.putArray("faq");
        for (var row : form.faq()) {
            var entry = faq.addObject();
            entry.put("question", blankIsNull(row.question()));
            entry.put("answer", blankIsNull(row.answer()));
        }
        stringArray(guide.putArray("reviewDepartments"), form.reviewDepartments());
        guide.set("formSchema", schema(form.formSchema(), problems));
        stringArray(guide.putArray("keywords"), keywords(form.keywords()));
        guide.put("confidential", form.isConfidential());
        return new Converted(guide, List.copyOf(problems));
    }

    /** The form schema as typed: JSON, or null and a problem saying where the JSON breaks. */
    static JsonNode schema(String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            var at = e.getLocation();
            problems.add(new Problem(
                    "formSchema", "not-json", at == null ? "1" : String.valueOf(Math.max(1, at.getLineNr()))));
            return null;
        }
    }

    static String pretty(JsonNode node) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    private static void material(ObjectNode material, MaterialRow row, String path, List<Problem> problems) {
        material.put("id", blankIsNull(row.id()));
        material.put("name", blankIsNull(row.name()));
        material.put("basis", blankIsNull(row.basis()));
        material.put("form", blankIsNull(row.form()));
        integer(material, "copies", row.copies(), path + ".copies", problems);
        material.put("requirement", blankIsNull(row.requirement()));
        if (isBlank(row.conditionField()) && isBlank(row.conditionOperator()) && isBlank(row.conditionValue())) {
            material.putNull("condition");
        } else {
            var condition = material.putObject("condition");
            condition.put("field", blankIsNull(row.conditionField()));
            condition.put("operator", blankIsNull(row.conditionOperator()));
            condition.set("value", conditionValue(row.conditionValue()));
        }
        material.put("sealRequired", row.seal());
        material.put("signatureRequired", row.signature());
        stringArray(material.putArray("acceptedTypes"), row.acceptedTypes());
        integer(material, "maxSizeKb", row.maxSizeKb(), path + ".maxSizeKb", problems);
        material.put("templateUrl", blankIsNull(row.templateUrl()));
        material.put("sampleUrl", blankIsNull(row.sampleUrl()));
        material.put("fillInNotes", blankIsNull(row.fillInNotes()));
        material.put("missingAllowedAtAcceptance", row.mayFollow());
    }

    private static MaterialRow material(JsonNode material) {
        var condition = material.path("condition");
        return new MaterialRow(
                text(material, "id"),
                text(material, "name"),
                text(material, "basis"),
                text(material, "form"),
                text(material, "copies"),
                text(material, "requirement"),
                text(condition, "field"),
                text(condition, "operator"),
                condition.path("value").isString()
                        ? condition.get("value").asString()
                        : condition.path("value").isMissingNode()
                                        || condition.path("value").isNull()
                                ? ""
                                : condition.get("value").toString(),
                material.path("sealRequired").asBoolean(false),
                material.path("signatureRequired").asBoolean(false),
                strings(material.path("acceptedTypes")),
                text(material, "maxSizeKb"),
                text(material, "templateUrl"),
                text(material, "sampleUrl"),
                text(material, "fillInNotes"),
                material.path("missingAllowedAtAcceptance").asBoolean(false));
    }

    /** {@code ["A","B"]}, {@code 3} or {@code true} as JSON; anything else is the text itself. */
    private static JsonNode conditionValue(String text) {
        if (isBlank(text)) {
            return null;
        }
        var value = text.strip();
        if (value.startsWith("[") || value.startsWith("\"") || value.matches("-?\\d+(\\.\\d+)?|true|false")) {
            try {
                return JSON.readTree(value);
            } catch (JacksonException e) {
                // not JSON after all: the text itself
            }
        }
        return JSON.getNodeFactory().stringNode(value);
    }

    private static void integer(ObjectNode node, String name, String text, String path, List<Problem> problems) {
        if (isBlank(text)) {
            node.putNull(name);
            return;
        }
        try {
            node.put(name, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            node.putNull(name);
            problems.add(new Problem(path, "not-a-whole-number", text));
        }
    }

    private static void fen(ObjectNode fee, String yuan, String path, List<Problem> problems) {
        if (isBlank(yuan)) {
            fee.putNull("amountFen");
            return;
        }
        try {
            var amount = new BigDecimal(yuan.strip());
            if (amount.scale() > 2) {
                throw new NumberFormatException("fen are the smallest unit");
            }
            fee.put("amountFen", amount.movePointRight(2).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            fee.putNull("amountFen");
            problems.add(new Problem(path, "not-an-amount", yuan));
        }
    }

    private static String yuan(JsonNode fen) {
        return fen.isIntegralNumber() ? BigDecimal.valueOf(fen.asLong(), 2).toPlainString() : "";
    }

    /** 出版物，零售、书店: Chinese or Latin commas, the enumeration comma, or new lines. */
    static List<String> keywords(String text) {
        if (isBlank(text)) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，、;；\\n]"))
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static void stringArray(ArrayNode array, List<String> values) {
        values.stream().filter(value -> !isBlank(value)).forEach(array::add);
    }

    private static <T> List<T> rows(JsonNode array, Function<JsonNode, T> row) {
        return array.isArray() ? array.valueStream().map(row).toList() : List.of();
    }

    private static List<String> strings(JsonNode array) {
        return array.isArray() ? array.valueStream().map(JsonNode::asString).toList() : List.of();
    }

    private static String text(JsonNode node, String name) {
        var value = node.path(name);
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }

    private static String blankIsNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
