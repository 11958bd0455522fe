package org.onewindow.contracts.catalog;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Every guide element of one published item version, as consumers receive it. Enumerations travel
 * as strings so that a new value reaches an older consumer as data, not as a parse failure.
 */
public record ItemGuide(
        String code,
        String baseCode,
        String name,
        String type,
        String department,
        List<String> serviceObjects,
        String legalBasis,
        String powerSource,
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
        List<String> reviewDepartments,
        JsonNode formSchema,
        List<String> keywords,
        boolean confidential) {

    public record Material(
            String id,
            String name,
            String basis,
            String form,
            int copies,
            String requirement,
            Condition condition,
            boolean sealRequired,
            boolean signatureRequired,
            List<String> acceptedTypes,
            int maxSizeKb,
            String templateUrl,
            String sampleUrl,
            String fillInNotes,
            boolean missingAllowedAtAcceptance) {}

    public record Condition(String field, String operator, JsonNode value) {}

    public record Step(String channel, int order, String name, String description) {}

    public record Fee(String name, long amountFen, String basis, String waivers) {}

    public record Window(String name, String address, String hours, String phone) {}

    public record Faq(String question, String answer) {}
}
