package org.onewindow.portal.catalogadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The item editor's form: every guide element as the admin typed it (text, so that a wrong number
 * comes back as typed), with the materials, steps, fees, windows and questions as rows. Bound from
 * the request ({@code materials[0].name}); turned into the API's JSON by {@link GuideJson}.
 *
 * @param revision the draft's revision the editing started from (If-Match), empty for a new item
 */
record GuideForm(
        String revision,
        String code,
        String baseCode,
        String name,
        String type,
        String department,
        List<String> serviceObjects,
        String legalBasis,
        String powerSource,
        String conditions,
        List<MaterialRow> materials,
        List<StepRow> steps,
        String statutoryLimitDays,
        String promisedLimitDays,
        String handlingType,
        List<FeeRow> fees,
        String onlineDepth,
        String maxVisits,
        List<WindowRow> windows,
        List<FaqRow> faq,
        List<String> reviewDepartments,
        String formSchema,
        String keywords,
        Boolean confidential) {

    /** The lists an admin adds rows to and removes rows from. */
    static final List<String> ROW_LISTS = List.of("materials", "steps", "fees", "windows", "faq");

    GuideForm {
        serviceObjects = present(serviceObjects);
        reviewDepartments = present(reviewDepartments);
        materials = present(materials);
        steps = present(steps);
        fees = present(fees);
        windows = present(windows);
        faq = present(faq);
    }

    /** A new item's form: one empty row where the guide needs at least one. */
    static GuideForm blank() {
        return new GuideForm(
                "",
                "",
                "",
                "",
                "",
                "",
                List.of(),
                "",
                "",
                "",
                List.of(MaterialRow.blank()),
                List.of(StepRow.blank(1)),
                "",
                "",
                "",
                List.of(),
                "",
                "",
                List.of(),
                List.of(),
                List.of(),
                "",
                "",
                false);
    }

    public boolean isNew() {
        return revision == null || revision.isBlank();
    }

    public boolean isConfidential() {
        return Boolean.TRUE.equals(confidential);
    }

    /** The same form with one more empty row in {@code list}. */
    GuideForm withRowAdded(String list) {
        return switch (list) {
            case "materials" -> withMaterials(plus(materials, MaterialRow.blank()));
            case "steps" -> withSteps(plus(steps, StepRow.blank(steps.size() + 1)));
            case "fees" -> withFees(plus(fees, new FeeRow("", "", "", "")));
            case "windows" -> withWindows(plus(windows, new WindowRow("", "", "", "")));
            case "faq" -> withFaq(plus(faq, new FaqRow("", "")));
            default -> this;
        };
    }

    /** The same form without row {@code index} of {@code list}. */
    GuideForm withRowRemoved(String list, int index) {
        return switch (list) {
            case "materials" -> withMaterials(minus(materials, index));
            case "steps" -> withSteps(minus(steps, index));
            case "fees" -> withFees(minus(fees, index));
            case "windows" -> withWindows(minus(windows, index));
            case "faq" -> withFaq(minus(faq, index));
            default -> this;
        };
    }

    int rows(String list) {
        return switch (list) {
            case "materials" -> materials.size();
            case "steps" -> steps.size();
            case "fees" -> fees.size();
            case "windows" -> windows.size();
            case "faq" -> faq.size();
            default -> 0;
        };
    }

    /** The same text, to be saved over the draft at {@code current}. */
    GuideForm withRevision(int current) {
        return copy(String.valueOf(current), materials, steps, fees, windows, faq);
    }

    private GuideForm withMaterials(List<MaterialRow> rows) {
        return copy(revision, rows, steps, fees, windows, faq);
    }

    private GuideForm withSteps(List<StepRow> rows) {
        return copy(revision, materials, rows, fees, windows, faq);
    }

    private GuideForm withFees(List<FeeRow> rows) {
        return copy(revision, materials, steps, rows, windows, faq);
    }

    private GuideForm withWindows(List<WindowRow> rows) {
        return copy(revision, materials, steps, fees, rows, faq);
    }

    private GuideForm withFaq(List<FaqRow> rows) {
        return copy(revision, materials, steps, fees, windows, rows);
    }

    /** The one place the whole constructor is spelt out: the withers change only these six. */
    private GuideForm copy(
            String revision,
            List<MaterialRow> materials,
            List<StepRow> steps,
            List<FeeRow> fees,
            List<WindowRow> windows,
            List<FaqRow> faq) {
        return new GuideForm(
                revision,
                code,
                baseCode,
                name,
                type,
                department,
                serviceObjects,
                legalBasis,
                powerSource,
                conditions,
                materials,
                steps,
                statutoryLimitDays,
                promisedLimitDays,
                handlingType,
                fees,
                onlineDepth,
                maxVisits,
                windows,
                faq,
                reviewDepartments,
                formSchema,
                keywords,
                confidential);
    }

    /** Rows never come back as null: an index skipped in the request is no row. */
    private static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private static <T> List<T> plus(List<T> list, T row) {
        var more = new ArrayList<>(list);
        more.add(row);
        return more;
    }

    private static <T> List<T> minus(List<T> list, int index) {
        var fewer = new ArrayList<>(list);
        if (index >= 0 && index < fewer.size()) {
            fewer.remove(index);
        }
        return fewer;
    }

    /**
     * A material. Its condition (for a CONDITIONAL one) is a form field, an operator and a value;
     * the value is JSON when it reads as JSON ({@code ["A","B"]}, {@code 3}, {@code true}), else text.
     */
    record MaterialRow(
            String id,
            String name,
            String basis,
            String form,
            String copies,
            String requirement,
            String conditionField,
            String conditionOperator,
            String conditionValue,
            Boolean sealRequired,
            Boolean signatureRequired,
            List<String> acceptedTypes,
            String maxSizeKb,
            String templateUrl,
            String sampleUrl,
            String fillInNotes,
            Boolean missingAllowedAtAcceptance) {

        MaterialRow {
            acceptedTypes = acceptedTypes == null ? List.of() : List.copyOf(acceptedTypes);
        }

        static MaterialRow blank() {
            return new MaterialRow(
                    "", "", "", "", "1", "", "", "", "", false, false, List.of(), "5120", "", "", "", false);
        }

        public boolean seal() {
            return Boolean.TRUE.equals(sealRequired);
        }

        public boolean signature() {
            return Boolean.TRUE.equals(signatureRequired);
        }

        public boolean mayFollow() {
            return Boolean.TRUE.equals(missingAllowedAtAcceptance);
        }
    }

    record StepRow(String channel, String order, String name, String description) {

        static StepRow blank(int order) {
            return new StepRow("", String.valueOf(order), "", "");
        }
    }

    /** A fee; the amount in yuan as typed ("12.50"), the API's in fen. */
    record FeeRow(String name, String amountYuan, String basis, String waivers) {}

    record WindowRow(String name, String address, String hours, String phone) {}

    record FaqRow(String question, String answer) {}
}
