package org.onewindow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a stop says decides whether a start-up cache is kept (ServiceProcess.stop). */
class ManagedProcessTest {

    @TempDir
    Path dir;

    @Test
    void aProcessThatEndsOnTheSignalStoppedByItself() {
        var process = ManagedProcess.start("sleeper", List.of("sleep", "60"), Map.of(), dir, dir.resolve("s.log"));

        assertThat(process.stop(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void aProcessThatHadDiedBeforeTheStopDidNot() {
        var process = ManagedProcess.start("crash", List.of("sh", "-c", "exit 1"), Map.of(), dir, dir.resolve("c.log"));
        while (process.isAlive()) {
            ManagedProcess.sleep(Duration.ofMillis(20));
        }

        assertThat(process.stop(Duration.ofSeconds(10))).isFalse();
    }
}
