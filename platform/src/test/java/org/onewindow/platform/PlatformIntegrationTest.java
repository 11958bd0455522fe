package org.onewindow.platform;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One application context on the real PostgreSQL and Kafka, shared by the platform's tests. */
@SpringBootTest(classes = TestApplication.class)
@AutoConfigureMockMvc
abstract class PlatformIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        org.onewindow.platform.testsupport.InfrastructureSupport.register(registry, "platform_test");
    }
}
