package org.onewindow.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds onewindow-platform.yml as the lowest-precedence property source: every service gets the
 * shared defaults, and its own application.yml, the environment and arguments still win.
 * ({@code spring.config.import} would do the opposite: imported values override the importer.)
 */
class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "onewindow-platform.yml";

    @Override
    public int getOrder() {
        // before DevOnlySecretsCheck, which must see the defaults this adds
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (var source : new YamlPropertySourceLoader().load(SOURCE, new ClassPathResource(SOURCE))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + SOURCE, e);
        }
    }
}
