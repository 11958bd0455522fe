package org.onewindow.localstack;

import java.nio.file.Path;

/**
 * {@code ./onewindow backup DIR} (against the running stack) and {@code ./onewindow restore DIR}
 * (into the stopped stack; {@code ./onewindow start} then starts on it).
 */
public final class BackupMain {

    private BackupMain() {}

    public static void main(String[] args) {
        if (args.length != 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            System.err.println("usage: ./onewindow backup DIR | ./onewindow restore DIR");
            System.exit(2);
        }
        var home = LocalStackMain.home(StackLayout.fromBuild());
        var dir = Path.of(args[1]).toAbsolutePath();
        try {
            if (args[0].equals("backup")) {
                var taken = Backup.take(Ports.defaults(), home.resolve(Backup.DATA), dir);
                System.out.printf(
                        "backed up every database as of %s (WAL %s) into %s: %,d MB in %.1f s%n",
                        taken.at(),
                        taken.stopLsn(),
                        taken.directory(),
                        taken.bytes() >> 20,
                        taken.took().toMillis() / 1e3);
            } else {
                var restored = Restore.into(home, Ports.defaults(), dir);
                System.out.printf(
                        "restored every database to %s in %.1f s; the previous data is in %s;"
                                + " %d daily case-number sequences kept where it had them.%n"
                                + "Kafka starts empty; on start each service sends its outbox's events again (%s),"
                                + " and consumers skip those they had applied.%nStart the stack: ./onewindow start%n",
                        restored.backupTakenAt(),
                        restored.took().toMillis() / 1e3,
                        home.resolve(Restore.SET_ASIDE),
                        restored.caseNumbersKeptIssued(),
                        restored.eventsToResend());
            }
        } catch (RuntimeException e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            System.exit(1);
        }
    }
}
