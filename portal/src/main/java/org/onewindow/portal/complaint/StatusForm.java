package org.onewindow.portal.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;

/** The ticket number and query code given when the complaint was filed; case and spaces do not matter. */
record StatusForm(
        @NotBlank @Pattern(regexp = "(\\s*[0-9A-Za-z ]{6,40}\\s*)?")
        String ticket,

        @NotBlank @Pattern(regexp = "(\\s*[0-9A-Za-z]{4,32}\\s*)?")
        String code) {

    static final List<String> FIELDS = List.of("ticket", "code");

    String ticketNumber() {
        return ticket.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    String queryCode() {
        return code.strip();
    }
}
