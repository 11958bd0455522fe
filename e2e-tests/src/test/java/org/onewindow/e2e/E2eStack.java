package org.onewindow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.onewindow.localstack.LocalStack;
import org.onewindow.localstack.Ports;

/**
 * The whole platform, started once for all e2e tests on ports +10000 (so a developer's running
 * stack is not disturbed), from a fresh data directory, and stopped when the test JVM ends.
 */
final class E2eStack {

    private static LocalStack stack;

    private E2eStack() {}

    static synchronized LocalStack get() {
        if (stack == null) {
            try {
                var home = Files.createTempDirectory("onewindow-e2e-");
                stack = LocalStack.start(home, Ports.defaults().offset(10_000), true, System.out);
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stack;
    }
}
