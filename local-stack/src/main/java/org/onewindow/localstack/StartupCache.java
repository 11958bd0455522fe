package org.onewindow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * Java 25's ahead-of-time cache (JEP 483, 514, 515) for one service: started from it, a service
 * finds its classes already loaded and linked and its hot methods already profiled. In a trial on
 * this 2-core machine, catalog-service got ready in 5.0–5.8 s on 7.4–8.7 s of CPU instead of 11.7 s
 * on 17.1 s.
 *
 * <p>The cache wants a classpath of plain jars, so the Boot jar is extracted once per build, into
 * {@code startup-cache/} beside it (a clean build removes both). A run without a cache trains one:
 * the JVM records while the service runs and writes the cache when it stops, ~15 s of CPU a
 * service. It writes under a name of its own, and only a stop the JVM finished by itself promotes
 * it, so a killed or interrupted run never leaves a half-written cache to start from.
 */
final class StartupCache {

    /** The first Java whose one-step training ({@code -XX:AOTCacheOutput}, JEP 514) we use. */
    static final int FIRST_JAVA = 25;

    private final Path dir;
    private final Path jar;
    private final boolean training;

    private StartupCache(Path dir, Path jar, boolean training) {
        this.dir = dir;
        this.jar = jar;
        this.training = training;
    }

    /** Extracts {@code bootJar} unless this build's copy is there, and says whether to train or use. */
    static StartupCache prepare(Path bootJar, ServiceJava java, Extractor extractor) {
        var dir = bootJar.resolveSibling("startup-cache");
        var stamp = stampOf(bootJar, java);
        try {
            if (!stamp.equals(readStamp(dir))) {
                // another build or another JDK: its extracted classes and its cache are both stale
                LocalStack.deleteRecursively(dir);
                extractor.extract(bootJar, dir.resolve("app"));
                Files.writeString(dir.resolve("stamp"), stamp);
            }
            Files.deleteIfExists(dir.resolve("training.aot"));
            Files.deleteIfExists(dir.resolve("training.aot.config"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the start-up cache in " + dir, e);
        }
        var jar = dir.resolve("app").resolve(bootJar.getFileName());
        return new StartupCache(dir, jar, !Files.isRegularFile(dir.resolve("service.aot")));
    }

    /** The JVM options that run the extracted jar from the cache, or train one. */
    List<String> jvmOptions() {
        return training
                // the training warns of every class it cannot link ahead (hundreds): noise in the service's log
                ? List.of("-XX:AOTCacheOutput=" + dir.resolve("training.aot"), "-Xlog:aot=error")
                : List.of("-XX:AOTCache=" + dir.resolve("service.aot"));
    }

    Path jar() {
        return jar;
    }

    boolean training() {
        return training;
    }

    /** After the service stopped: keeps what a training run wrote, if it finished by itself. */
    void stopped(boolean exitedByItself) {
        var written = dir.resolve("training.aot");
        try {
            if (training && exitedByItself && Files.isRegularFile(written)) {
                Files.move(written, dir.resolve("service.aot"), StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            // the next start trains again
            System.err.println("could not keep the start-up cache in " + dir + ": " + e);
        }
    }

    /**
     * What the cache was made from: the jar's entries by name, size and CRC (which a rebuild of
     * unchanged code leaves as they were, unlike the jar's time) and the JDK that runs it.
     */
    static String stampOf(Path bootJar, ServiceJava java) {
        try (var zip = new ZipFile(bootJar.toFile())) {
            var digest = MessageDigest.getInstance("SHA-256");
            // the layers index says where the application's own modules came from (the reactor or
            // the local repository, which -pl changes), not what they hold
            zip.stream()
                    .filter(entry -> !entry.getName().endsWith("layers.idx"))
                    .forEach(entry ->
                            digest.update((entry.getName() + ' ' + entry.getSize() + ' ' + entry.getCrc() + '\n')
                                    .getBytes(StandardCharsets.UTF_8)));
            // an update of the JDK in place changes its modules file
            var modules = java.home().resolve("lib/modules");
            var jdk = java.home() + " " + (Files.exists(modules) ? Files.getLastModifiedTime(modules) : "");
            digest.update(jdk.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + bootJar, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readStamp(Path dir) throws IOException {
        var file = dir.resolve("stamp");
        return Files.isRegularFile(file) ? Files.readString(file) : "";
    }

    /** Unpacks a Boot jar into plain jars: {@code java -Djarmode=tools -jar boot.jar extract}. */
    @FunctionalInterface
    interface Extractor {

        void extract(Path bootJar, Path destination) throws IOException;

        static Extractor with(ServiceJava java) {
            return (bootJar, destination) -> {
                var log = destination.resolveSibling("extract.log");
                Files.createDirectories(destination.getParent());
                var extract = ManagedProcess.start(
                        "extract " + bootJar.getFileName(),
                        List.of(
                                java.javaExecutable(),
                                "-Djarmode=tools",
                                "-jar",
                                bootJar.toString(),
                                "extract",
                                "--destination",
                                destination.toString()),
                        Map.of(),
                        destination.getParent(),
                        log);
                extract.awaitSuccess(Duration.ofMinutes(2));
            };
        }
    }
}
