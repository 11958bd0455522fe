package org.onewindow.application.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Re-encrypts the personal data of every application under the current SM4 key, bound to its row
 * and column: AES values (v1) open with the old AES key, SM4 values of a retired version with their
 * key; values already under the current key are left alone, so a second run changes nothing.
 *
 * <p>A Flyway migration rather than a job at startup: it runs once, before any instance serves a
 * request, and is recorded with the schema; no code path needs to read AES again. Rows are read
 * by id in pages, so memory stays flat however many there are. Spring gives it the keys (it is a
 * bean, handed to Flyway by Boot), so it lives here rather than in {@code db/migration}.
 */
class V5__SealPersonalDataWithSm4 extends BaseJavaMigration {

    static final int PAGE = 500;

    // the sealed columns as of this version (V4 added the agent's): a column added later is not
    // there yet when this runs on an empty database
    private static final SealedColumn[] COLUMNS = {
        SealedColumn.APPLICANT_ID, SealedColumn.APPLICANT_PHONE, SealedColumn.AGENT_ID
    };

    private final FieldCipher cipher;
    private final LegacyAesCipher legacy;

    V5__SealPersonalDataWithSm4(FieldCipher cipher, LegacyAesCipher legacy) {
        this.cipher = cipher;
        this.legacy = legacy;
    }

    @Override
    public void migrate(Context context) throws Exception {
        reseal(context.getConnection());
    }

    /** Re-encrypts what is not under the current key; the number of rows changed. */
    int reseal(Connection connection) throws SQLException {
        var columns = COLUMNS;
        var select = "select id, " + String.join(", ", names(columns))
                + " from application where (? or id > ?) order by id limit " + PAGE;
        var update = "update application set "
                + String.join(", ", names(columns).stream().map(c -> c + " = ?").toList()) + " where id = ?";
        int changed = 0;
        UUID after = null;
        try (var read = connection.prepareStatement(select);
                var write = connection.prepareStatement(update)) {
            while (true) {
                read.setBoolean(1, after == null);
                read.setObject(2, after == null ? new UUID(0, 0) : after);
                int rows = 0;
                int pending = 0;
                try (var rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        var id = rs.getObject("id", UUID.class);
                        after = id;
                        boolean stale = false;
                        for (int i = 0; i < columns.length; i++) {
                            var stored = rs.getString(columns[i].column());
                            var current = sealed(stored, columns[i].boundTo(id));
                            stale |= !java.util.Objects.equals(stored, current);
                            write.setString(i + 1, current);
                        }
                        if (stale) {
                            write.setObject(columns.length + 1, id);
                            write.addBatch();
                            pending++;
                        }
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                    changed += pending;
                }
                if (rows < PAGE) {
                    return changed;
                }
            }
        }
    }

    private String sealed(String stored, String boundTo) {
        if (stored == null || cipher.isCurrent(stored)) {
            return stored;
        }
        var plain = LegacyAesCipher.isLegacy(stored) ? legacy.decrypt(stored) : cipher.decrypt(stored, boundTo);
        return cipher.encrypt(plain, boundTo);
    }

    private static List<String> names(SealedColumn[] columns) {
        var names = new ArrayList<String>();
        for (var column : columns) {
            names.add(column.column());
        }
        return names;
    }
}
