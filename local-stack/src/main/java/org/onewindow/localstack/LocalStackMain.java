package org.onewindow.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./onewindow start [--fresh]}: starts the platform and keeps it up until Ctrl-C.
 * Data stays in {@code ONEWINDOW_HOME} (default {@code .onewindow/} in the checkout).
 */
public final class LocalStackMain {

    private LocalStackMain() {}

    public static void main(String[] args) throws InterruptedException {
        var arguments = List.of(args);
        if (arguments.contains("--help")) {
            System.out.println("usage: onewindow start [--fresh]   (--fresh wipes the data directory first)");
            return;
        }
        var home = home(StackLayout.fromBuild());
        long t0 = System.nanoTime();
        var stack = LocalStack.prepare(home, Ports.defaults(), System.out).withStartupCaches();
        var stopped = new CountDownLatch(1);
        // registered before anything starts: Ctrl-C during start-up stops what has started so far
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\n» stopping OneWindow");
            stack.close();
            System.out.println("  stopped; data kept in " + home);
            stopped.countDown();
        }));
        stack.start(arguments.contains("--fresh"));
        System.out.printf("%nOneWindow is up in %.0f s.%n", (System.nanoTime() - t0) / 1e9);
        stack.summary().forEach(line -> System.out.println("  " + line));
        System.out.println("\nCtrl-C stops everything.");
        stopped.await();
    }

    /** Where the stack keeps its data: {@code ONEWINDOW_HOME}, else {@code .onewindow/} in the checkout. */
    static Path home(StackLayout layout) {
        var homeSetting = System.getenv("ONEWINDOW_HOME");
        return homeSetting == null || homeSetting.isBlank()
                ? layout.repoRoot().resolve(".onewindow")
                : Path.of(homeSetting);
    }
}
