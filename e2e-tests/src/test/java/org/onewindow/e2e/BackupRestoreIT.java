package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.onewindow.localstack.Backup;
import org.onewindow.localstack.LocalStack;
import org.onewindow.localstack.Postgres;
import org.onewindow.localstack.Restore;

/**
 * Issue 17's drill, on the whole stack: cases, a backup while more are being filed, more cases,
 * then the stack stopped, restored and started again, as {@code ./onewindow backup|restore|start}
 * do it. Afterwards no case is half there: every case from before the backup is back on every
 * side (application, review, disclosure, the provincial log), each case filed during the backup is
 * everywhere or nowhere, each filed after it is nowhere, and the restored stack takes new cases
 * under numbers never issued before.
 * The note quotes the RPO and RTO this prints.
 */
class BackupRestoreIT {

    /** Where a case lives on each side, once it has got there. */
    private static final Map<String, String> SIDES = sides();

    private static Map<String, String> sides() {
        var sides = new LinkedHashMap<String, String>();
        sides.put("application", "select case_no from application where case_no is not null");
        sides.put("review", "select case_no from review_case");
        sides.put("disclosure", "select case_no from case_fact");
        // application's provincial log: the submission reported and acknowledged
        sides.put("provincial log", "select distinct case_no from provincial_message where state = 'SENT'");
        return sides;
    }

    @Test
    void afterARestoreEveryCaseFromBeforeTheBackupIsBackEverywhereAndNoneIsHalfThere() throws Exception {
        var stack = E2eStack.get();
        var api = new Api(stack.ports());
        var filing = new Filing(api, api.tokenOf("applicant"));

        var before = fileAndAwaitEverywhere(stack, filing, 4);

        // a backup taken while cases are being filed: some are in flight at its moment
        var pool = Filing.pool(2);
        List<String> during;
        Backup.Taken backup;
        var dir = Files.createTempDirectory("onewindow-backup-").resolve("drill");
        try {
            var inFlight = Filing.fileMany(filing, 8, pool);
            Thread.sleep(300);
            backup = Backup.take(stack.ports(), stack.home().resolve("postgres"), dir);
            during = caseNumbers(inFlight);
        } finally {
            pool.shutdown();
        }
        var after = fileAndAwaitEverywhere(stack, filing, 4);

        long stopped = System.nanoTime();
        var restored = new Restore.Restored[1];
        var restarted = E2eStack.stopAndStart(old -> restored[0] = Restore.into(old.home(), old.ports(), dir));
        long up = System.nanoTime();
        // the outboxes are sent again and applied (or skipped) by every consumer
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> settled(restarted, before, during));
        long settledAt = System.nanoTime();

        var where = where(restarted);
        for (var side : SIDES.keySet()) {
            assertThat(where.get(side))
                    .as("cases from before the backup in " + side)
                    .containsAll(before);
            assertThat(where.get(side))
                    .as("cases from after the backup in " + side)
                    .doesNotContainAnyElementsOf(after);
            // nothing anywhere that application, which made every case, does not have
            assertThat(where.get("application"))
                    .as("cases in " + side + " and not in application")
                    .containsAll(where.get(side));
        }
        for (var caseNo : during) {
            var sidesWithIt = SIDES.keySet().stream()
                    .filter(side -> where.get(side).contains(caseNo))
                    .toList();
            assertThat(sidesWithIt)
                    .as("where " + caseNo + ", filed during the backup, is")
                    .isIn(List.of(), List.copyOf(SIDES.keySet()));
        }
        // and the restored stack works: a new case goes all the way
        var fresh = fileAndAwaitEverywhere(restarted, new Filing(api, api.tokenOf("applicant")), 1);
        // whose number was never issued before: the province and an applicant's receipt have those
        assertThat(fresh).doesNotContainAnyElementsOf(during).doesNotContainAnyElementsOf(after);

        System.out.printf(
                "backup/restore drill: backup of %,d MB took %d ms (as of %s); restore %d ms (%s events to send again);"
                        + " stack up %d s after it was stopped, every case settled %d s after that; cases before %d,"
                        + " during %d (%d kept), after %d (all gone), new case %s%n",
                backup.bytes() >> 20,
                backup.took().toMillis(),
                backup.at(),
                restored[0].took().toMillis(),
                restored[0].eventsToResend(),
                Duration.ofNanos(up - stopped).toSeconds(),
                Duration.ofNanos(settledAt - up).toSeconds(),
                before.size(),
                during.size(),
                during.stream().filter(where.get("application")::contains).count(),
                after.size(),
                fresh);
    }

    private static List<String> fileAndAwaitEverywhere(LocalStack stack, Filing filing, int count) {
        var cases = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            cases.add(filing.fileOne());
        }
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> where(stack).values().stream().allMatch(side -> side.containsAll(cases)));
        return cases;
    }

    private static List<String> caseNumbers(List<Future<String>> filed) throws Exception {
        var numbers = new ArrayList<String>();
        for (var future : filed) {
            numbers.add(future.get());
        }
        return numbers;
    }

    /**
     * Settled: the cases from before are back in application, and each of the drill's cases that
     * application has is on every side (other tests' cases are theirs to follow).
     */
    private static boolean settled(LocalStack stack, List<String> before, List<String> during) {
        var where = where(stack);
        var application = where.get("application");
        var drill = new ArrayList<>(before);
        drill.addAll(during);
        drill.removeIf(caseNo -> !application.contains(caseNo));
        return application.containsAll(before) && where.values().stream().allMatch(side -> side.containsAll(drill));
    }

    private static Map<String, Set<String>> where(LocalStack stack) {
        var where = new LinkedHashMap<String, Set<String>>();
        for (var side : SIDES.entrySet()) {
            var database = side.getKey().equals("provincial log") ? "application" : side.getKey();
            where.put(side.getKey(), caseNumbers(stack.ports().jdbcUrl(database), side.getValue()));
        }
        return where;
    }

    private static Set<String> caseNumbers(String jdbcUrl, String query) {
        try (var connection = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
                var rows = connection.createStatement().executeQuery(query)) {
            var numbers = new HashSet<String>();
            while (rows.next()) {
                numbers.add(rows.getString(1));
            }
            return numbers;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
