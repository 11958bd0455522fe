package org.onewindow.e2e.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium and its chromedriver (one source package, so their versions always match),
 * with a CJK font so that Chinese pages are not boxes in the screenshots. When any is missing the
 * test build installs them with apt-get if it runs as root; otherwise it stops and names the one
 * command to run. Nothing is ever downloaded by Selenium itself: both paths are given to it.
 */
public final class DebianChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** fonts-noto-cjk's Simplified Chinese face, which fontconfig picks for zh-CN */
    static final Path CJK_FONT = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    static final List<String> PACKAGES = List.of("chromium", "chromium-driver", "fonts-noto-cjk");
    static final String INSTALL = "apt-get install -y --no-install-recommends " + String.join(" ", PACKAGES);

    private static boolean checked;

    private DebianChromium() {}

    /** Makes sure the three packages are there, installing them when that is allowed. */
    public static synchronized void ensureInstalled() {
        if (checked) {
            return;
        }
        if (!present()) {
            if (!isRoot()) {
                throw new IllegalStateException("The browser tests need Debian's chromium, its chromedriver and a CJK"
                        + " font. Install them once with:\n  sudo apt-get update && sudo " + INSTALL);
            }
            System.out.println("» installing " + PACKAGES + " with apt-get (about 20 s)");
            run(List.of("apt-get", "update"));
            run(List.of("sh", "-c", "DEBIAN_FRONTEND=noninteractive " + INSTALL));
            if (!present()) {
                throw new IllegalStateException("apt-get ran, but " + missing() + " is still missing");
            }
        }
        checked = true;
    }

    private static boolean present() {
        return missing().isEmpty();
    }

    private static String missing() {
        return List.of(CHROMIUM, CHROMEDRIVER, CJK_FONT).stream()
                .filter(path -> !Files.exists(path))
                .map(Path::toString)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
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
            throw new IllegalStateException("interrupted while installing the browser", e);
        }
    }
}
