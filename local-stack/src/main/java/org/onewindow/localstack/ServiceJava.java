package org.onewindow.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which JDK runs the services. Everything compiles for 17, but on 21+ the services run on virtual
 * threads, so the launcher prefers the newest JDK it finds: {@code ONEWINDOW_SERVICE_JAVA_HOME},
 * then the JDK running the launcher, then the JDKs under /usr/lib/jvm and SDKMAN's folder.
 */
public record ServiceJava(Path home, int feature) {

    public static ServiceJava detect() {
        var explicit = System.getenv("ONEWINDOW_SERVICE_JAVA_HOME");
        if (explicit != null && !explicit.isBlank()) {
            var home = Path.of(explicit);
            return new ServiceJava(home, featureOf(home).orElse(17));
        }
        var candidates = new ArrayList<ServiceJava>();
        var current = Path.of(System.getProperty("java.home"));
        candidates.add(new ServiceJava(current, Runtime.version().feature()));
        for (var root :
                List.of(Path.of("/usr/lib/jvm"), Path.of(System.getProperty("user.home"), ".sdkman/candidates/java"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> homes = Files.list(root)) {
                homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                        .forEach(home -> featureOf(home).ifPresent(f -> candidates.add(new ServiceJava(home, f))));
            } catch (IOException ignored) {
                // an unreadable folder just offers no JDK
            }
        }
        return candidates.stream()
                .max(Comparator.comparingInt(ServiceJava::feature))
                .orElseThrow();
    }

    public boolean virtualThreads() {
        return feature >= 21;
    }

    public String javaExecutable() {
        return home.resolve("bin/java").toString();
    }

    private static Optional<Integer> featureOf(Path home) {
        var release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(release).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .map(version -> version.startsWith("1.") ? version.substring(2) : version)
                    .map(version -> Integer.parseInt(version.split("[.+-]")[0]))
                    .findFirst();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
