package org.onewindow.disclosure.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A complaint or report as filed; the text is kept exactly as written. */
record ComplaintInput(
        @NotNull Kind kind,
        @NotBlank @Size(max = 100) String subject,
        @NotBlank @Size(max = 2000) String content,
        @Size(max = 50) String department,

        @Pattern(regexp = "[0-9A-Z]{20,50}", message = "a case number")
        String caseNo,

        @Valid Contact contact) {

    record Contact(
            @Size(max = 50) String name,

            @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}", message = "a mobile or a landline number")
            String phone) {}
}
