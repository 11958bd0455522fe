package org.onewindow.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where this checkout keeps the things the stack runs: written into the jar by the build. */
public record StackLayout(Path repoRoot, Path kafkaLibs, Path keycloakHome, String version) {

    public static StackLayout fromBuild() {
        var props = new Properties();
        try (InputStream in = StackLayout.class.getResourceAsStream("/local-stack.properties")) {
            if (in == null) {
                throw new IllegalStateException("local-stack.properties missing: build local-stack with Maven first");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StackLayout(
                Path.of(props.getProperty("repo.root")).normalize(),
                Path.of(props.getProperty("kafka.libs")),
                Path.of(props.getProperty("keycloak.home")),
                props.getProperty("version"));
    }

    /** The runnable jar of a service module, as {@code mvn package} leaves it. */
    public Path serviceJar(String module) {
        var jar = repoRoot.resolve(module).resolve("target").resolve(module + "-" + version + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: run ./mvnw -DskipTests install first");
        }
        return jar;
    }
}
