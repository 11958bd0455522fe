package org.onewindow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    @Test
    void everyServiceRunsWithTheLocalProfileThatAllowsItsDevOnlySecrets() {
        for (var service : PlatformService.values()) {
            var env = ServiceProcess.environment(service, Ports.defaults(), Path.of("/tmp/stack"));

            assertThat(env).as(service.module()).containsEntry("SPRING_PROFILES_ACTIVE", "local");
        }
    }
}
