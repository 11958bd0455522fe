package org.onewindow.application.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The applicant's identity as the filer gives it.
 *
 * @param idNumber citizen identity number (GB 11643) or, for a legal person, its credit code (GB 32100)
 */
public record ApplicantInput(
        @NotNull ApplicantType type,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 18) String idNumber,

        @Pattern(regexp = "1[3-9]\\d{9}", message = "a mainland mobile number of 11 digits")
        String phone) {

    public enum ApplicantType {
        NATURAL_PERSON,
        LEGAL_PERSON
    }
}
