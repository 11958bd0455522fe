package org.onewindow.portal.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The guide elements the portal shows (办事指南), the portal's own copy of the catalog's fields.
 * Small display rules live here, in plain Java, rather than in the templates.
 *
 * @param formSchema the application form: a JSON Schema (draft 2020-12) whose top-level properties
 *     are its fields (read by filing)
 */
public record ItemGuide(
        String code,
        String name,
        String type,
        String department,
        List<String> serviceObjects,
        String legalBasis,
        String conditions,
        List<Material> materials,
        List<Step> steps,
        int statutoryLimitDays,
        int promisedLimitDays,
        String handlingType,
        List<Fee> fees,
        int onlineDepth,
        int maxVisits,
        List<Window> windows,
        List<Faq> faq,
        JsonNode formSchema) {

    /** Items of depth 3 (网上预审) and 4 (全程网办) take applications online; below that, at the window. */
    static final int ONLINE_FILING_DEPTH = 3;

    public ItemGuide {
        serviceObjects = listOf(serviceObjects);
        materials = listOf(materials);
        steps = listOf(steps).stream()
                .sorted(Comparator.comparing(Step::order, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        fees = listOf(fees);
        windows = listOf(windows);
        faq = listOf(faq);
    }

    public boolean fileableOnline() {
        return onlineDepth >= ONLINE_FILING_DEPTH;
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A material and how it must be handed in. */
    public record Material(
            String id,
            String name,
            String basis,
            String form,
            Integer copies,
            String requirement,
            boolean sealRequired,
            boolean signatureRequired,
            List<String> acceptedTypes,
            Integer maxSizeKb,
            String templateUrl,
            String sampleUrl,
            String fillInNotes,
            boolean missingAllowedAtAcceptance,
            Condition condition) {

        public Material {
            acceptedTypes = listOf(acceptedTypes);
        }

        /** "PDF、JPG" from media types: what a person recognises on their own files. */
        public String typesLabel() {
            return String.join(
                    "、", acceptedTypes.stream().map(Material::fileType).toList());
        }

        /** "5 MB" or "500 KB". */
        public String maxSizeLabel() {
            if (maxSizeKb == null) {
                return "";
            }
            return maxSizeKb % 1024 == 0 ? (maxSizeKb / 1024) + " MB" : maxSizeKb + " KB";
        }

        public String templateLink() {
            return safeLink(templateUrl);
        }

        public String sampleLink() {
            return safeLink(sampleUrl);
        }

        static String fileType(String mediaType) {
            return switch (mediaType) {
                case "image/jpeg" -> "JPG";
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
                case "application/msword" -> "DOC";
                default -> mediaType.substring(mediaType.indexOf('/') + 1).toUpperCase(Locale.ROOT);
            };
        }

        /** Only a path on our own site or an https address becomes a link (never javascript:). */
        static String safeLink(String url) {
            if (url == null || url.isBlank()) {
                return null;
            }
            var onThisSite = url.startsWith("/") && !url.startsWith("//");
            return onThisSite || url.startsWith("https://") ? url : null;
        }
    }

    /**
     * When a CONDITIONAL material is needed: the form field, an operator (EQUALS, NOT_EQUALS, IN,
     * PRESENT) and the value it is compared with.
     */
    public record Condition(String field, String operator, JsonNode value) {}

    public record Step(String channel, Integer order, String name, String description) {}

    public record Fee(String name, long amountFen, String basis, String waivers) {

        /** The amount in yuan, "12.50". */
        public String yuan() {
            return BigDecimal.valueOf(amountFen, 2).toPlainString();
        }
    }

    public record Window(String name, String address, String hours, String phone) {}

    public record Faq(String question, String answer) {}
}
