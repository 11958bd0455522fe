package org.onewindow.application.privacy;

import java.util.UUID;

/**
 * The application's columns that hold sealed personal data. A value is bound to its row and column
 * ({@code application:<id>:applicant_id}), so one copied elsewhere fails to open.
 */
public enum SealedColumn {
    APPLICANT_ID("applicant_id_enc"),
    APPLICANT_PHONE("applicant_phone_enc"),
    AGENT_ID("agent_id_enc");

    private final String column;

    SealedColumn(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    /** The associated data a value of this column in this application is sealed with. */
    public String boundTo(UUID applicationId) {
        return "application:" + applicationId + ":" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
