package org.onewindow.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's promtool (package prometheus), as e2e-tests' DebianChromium gets the browser: when it is
 * missing the test build installs it with apt-get if it runs as root; otherwise it stops and names
 * the one command to run. The package's server is never started by these tests.
 */
final class DebianPromtool {

    static final Path PROMTOOL = Path.of("/usr/bin/promtool");
    static final String INSTALL = "apt-get install -y --no-install-recommends prometheus";

    private static boolean checked;

    private DebianPromtool() {}

    static synchronized Path ensureInstalled() {
        if (checked) {
            return PROMTOOL;
        }
        if (!Files.isExecutable(PROMTOOL)) {
            if (!"root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException("The alert rule tests need promtool from Debian's prometheus package."
                        + " Install it once with:\n  sudo apt-get update && sudo " + INSTALL);
            }
            System.out.println("» installing Debian's prometheus package for promtool (about 20 s)");
            run(List.of("apt-get", "update"));
            run(List.of("sh", "-c", "DEBIAN_FRONTEND=noninteractive " + INSTALL));
            if (!Files.isExecutable(PROMTOOL)) {
                throw new IllegalStateException("apt-get ran, but " + PROMTOOL + " is still missing");
            }
        }
        checked = true;
        return PROMTOOL;
    }

    private static void run(List<String> command) {
        try {
            var log = Files.createDirectories(Path.of("target")).resolve("apt-get.log");
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log.toAbsolutePath());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing promtool", e);
        }
    }
}
