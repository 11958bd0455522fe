package org.onewindow.application.system;

import org.onewindow.application.ApplicationServiceApplication;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.ServiceSmokeTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = ApplicationServiceApplication.class)
@AutoConfigureMockMvc
class ApplicationServiceSmokeTest extends ServiceSmokeTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "application_test");
    }

    @Override
    protected HttpMethod protectedMethod() {
        return HttpMethod.POST;
    }

    @Override
    protected String protectedPath() {
        return "/api/applications";
    }
}
