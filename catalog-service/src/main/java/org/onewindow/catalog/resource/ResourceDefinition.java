package org.onewindow.catalog.resource;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An information resource (政务信息资源) with the core metadata of GB/T 21063.3 and the 2017
 * national guide to compiling the directory: what it is, who provides it, how it is shared and
 * opened, and which service items produce it. One version of it; every edit is the next version.
 *
 * @param code the resource code: the provider's credit code, {@code /}, and a 5-digit sequence
 * @param provider the providing department's code (as items' {@code department})
 * @param summary the abstract (摘要), {@code abstract} in JSON
 * @param itemCodes the implementation codes of the service items whose handling produces it
 * @param sample whether it is sample data, not the bureau's surveyed directory
 */
public record ResourceDefinition(
        @NotBlank @Pattern(regexp = ResourceDefinition.CODE, message = "credit code (18), '/', 5 digits")
        String code,

        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 50) String provider,

        @JsonProperty("abstract") @NotBlank @Size(max = 2000)
        String summary,

        @NotBlank @Size(max = 50) String format,
        @NotBlank @Size(max = 20) String updateCycle,
        @NotEmpty @Valid List<@NotNull InformationItem> items,
        @NotNull Sharing sharing,
        @Size(max = 1000) String sharingCondition,
        @NotNull Open open,
        @Size(max = 1000) String openCondition,
        @NotNull List<@NotBlank @Size(max = 31) String> itemCodes,
        boolean sample) {

    static final String CODE = "[0-9A-HJ-NPQRTUWXY]{18}/\\d{5}";

    /** 共享属性: 无条件共享, 有条件共享, 不予共享. */
    public enum Sharing {
        UNCONDITIONAL,
        CONDITIONAL,
        NOT_SHARED
    }

    /** 开放属性: 无条件开放, 有条件开放, 不予开放. */
    public enum Open {
        UNCONDITIONAL,
        CONDITIONAL,
        NOT_OPEN
    }

    /**
     * One information item (信息项) of the resource.
     *
     * @param type GB/T 21063.3's data type: C character, N number, Y money, D date, T date-time, L
     *     logical, M memo, B binary
     */
    public record InformationItem(
            @NotBlank @Size(max = 100) String name,

            @NotBlank @Pattern(regexp = "[CNYDTLMB]", message = "one of C N Y D T L M B")
            String type,

            @Min(1) @Max(100_000) Integer length) {}

    boolean isOpen() {
        return open != Open.NOT_OPEN;
    }
}
