package org.onewindow.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily case-number sequences (application's {@code case_sequence}) of the data a restore
 * replaces. A restore takes the sequences back to the backup's moment, so the numbers issued after
 * it would be issued again, to other cases, though the province and the applicants have them. Read
 * from the replaced data and kept in the restored one (the greater of the two), they are not.
 *
 * <p>When the replaced data is gone or does not start (the disk was lost), nothing is read and
 * the restore says so: the numbers issued since the backup must then be taken from the provincial
 * platform's records (docs/RUNBOOK.md).
 */
final class CaseNumbersIssued {

    private record Sequence(String itemCode, LocalDate day, int lastValue) {}

    private final List<Sequence> sequences;

    private CaseNumbersIssued(List<Sequence> sequences) {
        this.sequences = sequences;
    }

    /** The sequences of a stopped data directory, started for a moment on a port of its own. */
    static CaseNumbersIssued readFrom(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            System.err.println("no previous data to read the issued case numbers from: see docs/RUNBOOK.md");
            return new CaseNumbersIssued(List.of());
        }
        var found = new ArrayList<Sequence>();
        try (var previous = Postgres.start(dataDir, SharedInfrastructure.freePort(), List.of());
                var connection = DriverManager.getConnection(
                        previous.jdbcUrl(PlatformService.APPLICATION.database()), Postgres.USER, Postgres.PASSWORD);
                var rows = connection
                        .createStatement()
                        .executeQuery("select item_code, day, last_value from case_sequence")) {
            while (rows.next()) {
                found.add(new Sequence(
                        rows.getString("item_code"),
                        rows.getObject("day", LocalDate.class),
                        rows.getInt("last_value")));
            }
        } catch (RuntimeException | SQLException e) {
            System.err.println("the previous data did not give its issued case numbers (" + e.getMessage()
                    + "): see docs/RUNBOOK.md");
        }
        return new CaseNumbersIssued(found);
    }

    int size() {
        return sequences.size();
    }

    /** Each sequence at least where the replaced data had it. */
    void keepIn(String applicationJdbcUrl) {
        try (var connection = DriverManager.getConnection(applicationJdbcUrl, Postgres.USER, Postgres.PASSWORD);
                var upsert = connection.prepareStatement("""
                        insert into case_sequence (item_code, day, last_value) values (?, ?, ?)
                        on conflict (item_code, day)
                        do update set last_value = greatest(case_sequence.last_value, excluded.last_value)
                        """)) {
            for (var sequence : sequences) {
                upsert.setString(1, sequence.itemCode());
                upsert.setDate(2, Date.valueOf(sequence.day()));
                upsert.setInt(3, sequence.lastValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep the issued case numbers", e);
        }
    }
}
