package org.onewindow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheTest {

    @TempDir
    Path target;

    private final List<Path> extracted = new ArrayList<>();

    /** Copies the jar as it is: a plain jar needs no unpacking. */
    private final StartupCache.Extractor copy = (bootJar, destination) -> {
        extracted.add(bootJar);
        Files.createDirectories(destination);
        Files.copy(bootJar, destination.resolve(bootJar.getFileName()));
    };

    @Test
    void theFirstRunTrainsTheCacheAndTheNextStartsFromIt() throws IOException {
        var jar = helloJar("hello");
        var java = ServiceJava.detect();

        var first = StartupCache.prepare(jar, java, copy);
        assertThat(first.training()).isTrue();
        assertThat(first.jvmOptions()).first().asString().startsWith("-XX:AOTCacheOutput=");
        assertThat(first.jar()).isEqualTo(target.resolve("startup-cache/app/service-exec.jar"));
        Files.writeString(target.resolve("startup-cache/training.aot"), "what the JVM wrote");
        first.stopped(true);

        var next = StartupCache.prepare(jar, java, copy);
        assertThat(next.training()).isFalse();
        assertThat(next.jvmOptions()).containsExactly("-XX:AOTCache=" + target.resolve("startup-cache/service.aot"));
        assertThat(extracted).as("extracted once per build").hasSize(1);
    }

    @Test
    void aRunThatHadToBeKilledKeepsNothing() throws IOException {
        var jar = helloJar("hello");
        var java = ServiceJava.detect();
        var first = StartupCache.prepare(jar, java, copy);
        Files.writeString(target.resolve("startup-cache/training.aot"), "half of what the JVM wrote");

        first.stopped(false);

        assertThat(target.resolve("startup-cache/training.aot")).doesNotExist();
        assertThat(target.resolve("startup-cache/service.aot")).doesNotExist();
        assertThat(StartupCache.prepare(jar, java, copy).training()).isTrue();
    }

    @Test
    void anotherBuildDropsTheCacheAndIsExtractedAgain() throws IOException {
        var java = ServiceJava.detect();
        var cache = StartupCache.prepare(helloJar("hello"), java, copy);
        Files.writeString(target.resolve("startup-cache/training.aot"), "what the JVM wrote");
        cache.stopped(true);

        var rebuilt = StartupCache.prepare(helloJar("hello, changed"), java, copy);

        assertThat(rebuilt.training()).isTrue();
        assertThat(target.resolve("startup-cache/service.aot")).doesNotExist();
        assertThat(extracted).hasSize(2);
    }

    @Test
    void theSameCodeBuiltAgainKeepsItsStamp() throws IOException {
        var java = ServiceJava.detect();
        var stamp = StartupCache.stampOf(helloJar("hello", Instant.parse("2026-01-01T00:00:00Z")), java);

        assertThat(StartupCache.stampOf(helloJar("hello", Instant.parse("2026-06-01T00:00:00Z")), java))
                .isEqualTo(stamp);
        assertThat(StartupCache.stampOf(helloJar("hello, changed"), java)).isNotEqualTo(stamp);
    }

    /** The options on the JDK itself: a cache trained by one run is accepted by the next (AOTMode=on refuses to run without). */
    @Test
    void theJdkTrainsAndThenAcceptsTheCache() throws IOException {
        var java = ServiceJava.detect();
        assumeThat(java.feature()).as("a JDK with the AOT cache").isGreaterThanOrEqualTo(StartupCache.FIRST_JAVA);
        var jar = helloJar("hello");

        var training = StartupCache.prepare(jar, java, copy);
        run(java, training.jvmOptions(), training.jar(), "training");
        training.stopped(true);
        var cached = StartupCache.prepare(jar, java, copy);
        var options = new ArrayList<>(cached.jvmOptions());
        options.add("-XX:AOTMode=on");
        run(java, options, cached.jar(), "cached");

        assertThat(cached.training()).isFalse();
        assertThat(Files.readString(target.resolve("cached.log"))).contains("hello");
    }

    private void run(ServiceJava java, List<String> options, Path jar, String name) {
        var command = new ArrayList<String>();
        command.add(java.javaExecutable());
        command.addAll(options);
        command.add("-jar");
        command.add(jar.toString());
        ManagedProcess.start(name, command, Map.of(), target, target.resolve(name + ".log"))
                .awaitSuccess(Duration.ofMinutes(2));
    }

    /** A runnable jar that prints {@code greeting}, standing in for a service's Boot jar. */
    private Path helloJar(String greeting) throws IOException {
        return helloJar(greeting, Instant.now());
    }

    private Path helloJar(String greeting, Instant built) throws IOException {
        var sources = Files.createDirectories(target.resolve("src"));
        var source = sources.resolve("Hello.java");
        Files.writeString(
                source,
                "public class Hello { public static void main(String[] a) { System.out.println(\"" + greeting
                        + "\"); } }");
        int compiled = ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "--release", "17", "-d", sources.toString(), source.toString());
        assertThat(compiled).isZero();
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
        var jar = target.resolve("service-exec.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            var entry = new JarEntry("Hello.class");
            entry.setTime(built.toEpochMilli());
            out.putNextEntry(entry);
            out.write(Files.readAllBytes(sources.resolve("Hello.class")));
            out.closeEntry();
        }
        return jar;
    }
}
