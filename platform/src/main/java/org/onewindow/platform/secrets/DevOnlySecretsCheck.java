package org.onewindow.platform.secrets;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start a service while one of its secrets still has its dev-only default, unless the
 * {@value #LOCAL_PROFILE} profile is active (the local stack and the tests set it).
 *
 * <p>A secret is registered by naming its property under {@value #REGISTRY} (a map, so that the
 * platform's and the service's registrations add up). Its dev-only default is the fallback of the
 * placeholder that configures it, {@code ${VARIABLE:dev-default}}, so the default is written once
 * and the startup error can name the variable to set. Runs as an environment post-processor, after
 * every configuration file is loaded and before any bean could use a secret.
 */
public class DevOnlySecretsCheck implements EnvironmentPostProcessor, Ordered {

    static final String REGISTRY = "onewindow.dev-only-secrets";
    static final String LOCAL_PROFILE = "local";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+):(.*)}", Pattern.DOTALL);

    @Override
    public int getOrder() {
        // after the platform's defaults (PlatformDefaults), which define the database password
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var properties = Binder.get(environment)
                .bind(REGISTRY, Bindable.mapOf(String.class, String.class))
                .orElse(Map.of())
                .values()
                .stream()
                .distinct()
                .sorted()
                .toList();
        // checked with the local profile too, so that a renamed property fails every test at once
        var undefined = properties.stream()
                .filter(p -> !environment.containsProperty(p))
                .toList();
        if (!undefined.isEmpty()) {
            throw new IllegalStateException(REGISTRY + " names properties that no configuration defines: " + undefined);
        }
        if (environment.matchesProfiles(LOCAL_PROFILE)) {
            return;
        }
        List<DevOnlySecret> offenders = properties.stream()
                .flatMap(property -> devOnly(environment, property).stream())
                .filter(secret -> secret.devDefault().equals(environment.getProperty(secret.property())))
                .toList();
        if (!offenders.isEmpty()) {
            throw new DevOnlySecretException(offenders);
        }
    }

    /** The highest-precedence definition of the property that is a placeholder with a fallback. */
    private static Optional<DevOnlySecret> devOnly(ConfigurableEnvironment environment, String property) {
        for (var source : environment.getPropertySources()) {
            if (source.getProperty(property) instanceof CharSequence raw) {
                var placeholder = PLACEHOLDER.matcher(raw.toString().strip());
                if (placeholder.matches()) {
                    return Optional.of(new DevOnlySecret(
                            property, placeholder.group(1), environment.resolvePlaceholders(placeholder.group(2))));
                }
            }
        }
        return Optional.empty();
    }
}
