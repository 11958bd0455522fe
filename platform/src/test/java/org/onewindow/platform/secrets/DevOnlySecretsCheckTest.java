package org.onewindow.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;

/**
 * Starts bare applications (no configuration files, only the platform's defaults and what a test
 * gives) to see which secrets let them start.
 */
class DevOnlySecretsCheckTest {

    private static final Map<String, Object> SERVICE_SECRETS = Map.of(
            "onewindow.dev-only-secrets.privacy-key", "onewindow.privacy.key",
            "onewindow.privacy.key", "${ONEWINDOW_TEST_ONLY_PRIVACY_KEY:dev-only-privacy-key}",
            "onewindow.dev-only-secrets.sm2-key", "onewindow.certificates.sm2-key",
            "onewindow.certificates.sm2-key", "${ONEWINDOW_TEST_ONLY_SM2_KEY:}");

    @Configuration(proxyBeanMethods = false)
    static class Bare {}

    @Test
    void refusesToStartOnTheDevOnlyDatabasePasswordWithoutTheLocalProfile() {
        assertThatThrownBy(() -> start(Map.of()))
                .isInstanceOf(DevOnlySecretException.class)
                .hasMessageContaining("spring.datasource.password still has its dev-only default: set DB_PASSWORD")
                .hasMessageContaining("SPRING_PROFILES_ACTIVE=local");
    }

    @Test
    void startsOnDevOnlyDefaultsWithTheLocalProfile() {
        start(SERVICE_SECRETS, "--spring.profiles.active=local");
    }

    @Test
    void startsWhenEverySecretHasARealValue() {
        start(
                SERVICE_SECRETS,
                "--spring.datasource.password=real-password",
                "--onewindow.privacy.key=real-key",
                "--onewindow.certificates.sm2-key=1f2e");
    }

    @Test
    void namesEveryServiceSecretStillOnItsDefaultBesideThePlatformsOwn() {
        assertThatThrownBy(() -> start(SERVICE_SECRETS, "--spring.datasource.password=real-password"))
                .isInstanceOfSatisfying(
                        DevOnlySecretException.class,
                        e -> assertThat(e.variables())
                                .containsExactly("ONEWINDOW_TEST_ONLY_SM2_KEY", "ONEWINDOW_TEST_ONLY_PRIVACY_KEY"));
    }

    @Test
    void anotherProfileIsNotTheLocalOne() {
        assertThatThrownBy(() -> start(Map.of(), "--spring.profiles.active=staging"))
                .isInstanceOf(DevOnlySecretException.class);
    }

    @Test
    void refusesARegisteredSecretThatNoConfigurationDefinesEvenLocally() {
        assertThatThrownBy(() -> start(
                        Map.of("onewindow.dev-only-secrets.renamed", "onewindow.privacy.old-key"),
                        "--spring.profiles.active=local"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("onewindow.privacy.old-key");
    }

    @Test
    void theStartupReportSaysWhichVariablesToSet() {
        var failure = new DevOnlySecretException(
                List.of(new DevOnlySecret("onewindow.privacy.key", "ONEWINDOW_PRIVACY_KEY", "x")));

        var analysis = new DevOnlySecretFailureAnalyzer().analyze(failure);

        assertThat(analysis.getAction()).startsWith("Set ONEWINDOW_PRIVACY_KEY in the service's environment");
        assertThat(analysis.getDescription()).contains("onewindow.privacy.key");
    }

    private static void start(Map<String, Object> properties, String... args) {
        var arguments = new ArrayList<>(List.of(args));
        // no application.yml of the test classpath (which activates the local profile)
        arguments.add("--spring.config.location=optional:classpath:/no-configuration-here/");
        new SpringApplicationBuilder(Bare.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(properties)
                .run(arguments.toArray(String[]::new))
                .close();
    }
}
