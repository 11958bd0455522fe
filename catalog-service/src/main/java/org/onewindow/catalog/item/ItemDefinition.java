package org.onewindow.catalog.item;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.onewindow.catalog.search.IndexedItem;
import tools.jackson.databind.JsonNode;

/**
 * Every guide element of a service item (办事指南), as DOMAIN.md lists them. A draft holds one;
 * a published version freezes one.
 */
public record ItemDefinition(
        @NotBlank @Size(max = 31) String code,
        @NotBlank @Size(max = 10) String baseCode,
        @NotBlank @Size(max = 200) String name,
        @NotNull ItemType type,
        @NotBlank @Size(max = 50) String department,
        @NotEmpty List<@NotNull ServiceObject> serviceObjects,
        @NotBlank @Size(max = 4000) String legalBasis,
        @NotBlank @Size(max = 2000) String powerSource,
        @NotBlank @Size(max = 8000) String conditions,
        @NotNull @Valid List<@NotNull Material> materials,
        @NotEmpty @Valid List<@NotNull Step> steps,
        @NotNull @Min(1) @Max(365) Integer statutoryLimitDays,
        @NotNull @Min(0) @Max(365) Integer promisedLimitDays,
        @NotNull HandlingType handlingType,
        @NotNull @Valid List<@NotNull Fee> fees,
        @NotNull @Min(1) @Max(4) Integer onlineDepth,
        @NotNull @Min(0) @Max(2) Integer maxVisits,
        @NotNull @Valid List<@NotNull Window> windows,
        @NotNull @Valid List<@NotNull Faq> faq,
        @NotEmpty List<@NotBlank String> reviewDepartments,
        @NotNull JsonNode formSchema,
        List<@NotBlank @Size(max = 50) String> keywords,
        boolean confidential) {

    public enum ItemType {
        XK,
        CF,
        QZ,
        ZS,
        GF,
        JC,
        QR,
        JL,
        CJ,
        QT,
        GG
    }

    public enum ServiceObject {
        NATURAL_PERSON,
        LEGAL_PERSON
    }

    /** 即办件 decided on the spot, 承诺件 within the promised limit. */
    public enum HandlingType {
        IMMEDIATE,
        PROMISED
    }

    public enum MaterialForm {
        ORIGINAL,
        COPY,
        ELECTRONIC
    }

    public enum Requirement {
        REQUIRED,
        OPTIONAL,
        CONDITIONAL
    }

    public enum Channel {
        ONLINE,
        OFFLINE
    }

    /**
     * A material the applicant provides.
     *
     * @param condition for a CONDITIONAL material: when it is required, over the form's fields
     * @param missingAllowedAtAcceptance whether acceptance with gaps (容缺受理) may go without it
     */
    public record Material(
            @NotBlank @Size(max = 50) String id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String basis,
            @NotNull MaterialForm form,
            @NotNull @Min(1) @Max(20) Integer copies,
            @NotNull Requirement requirement,
            @Valid Condition condition,
            boolean sealRequired,
            boolean signatureRequired,
            @NotEmpty List<@NotBlank String> acceptedTypes,
            @NotNull @Min(1) @Max(51200) Integer maxSizeKb,
            @Size(max = 500) String templateUrl,
            @Size(max = 500) String sampleUrl,
            @Size(max = 2000) String fillInNotes,
            boolean missingAllowedAtAcceptance) {}

    /** "This material is needed when form field {@code field} {@code operator} {@code value}". */
    public record Condition(@NotBlank String field, @NotNull Operator operator, JsonNode value) {

        public enum Operator {
            EQUALS,
            NOT_EQUALS,
            IN,
            PRESENT
        }
    }

    public record Step(
            @NotNull Channel channel,
            @NotNull @Min(1) Integer order,
            @NotBlank String name,
            @Size(max = 2000) String description) {}

    public record Fee(
            @NotBlank String name,
            @NotNull @Min(0) Long amountFen,
            @NotBlank String basis,
            @Size(max = 2000) String waivers) {}

    public record Window(
            @NotBlank String name,
            @NotBlank String address,
            @NotBlank String hours,
            String phone) {}

    public record Faq(@NotBlank String question, @NotBlank String answer) {}

    /** What the search index keeps of this definition, published as {@code version}. */
    public IndexedItem indexed(int version) {
        return new IndexedItem(
                code,
                version,
                name,
                type.name(),
                department,
                serviceObjects.stream().map(Object::toString).toList(),
                keywords,
                onlineDepth,
                promisedLimitDays,
                confidential);
    }
}
