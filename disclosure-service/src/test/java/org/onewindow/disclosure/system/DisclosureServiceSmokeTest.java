package org.onewindow.disclosure.system;

import org.onewindow.disclosure.DisclosureServiceApplication;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.ServiceSmokeTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = DisclosureServiceApplication.class)
@AutoConfigureMockMvc
class DisclosureServiceSmokeTest extends ServiceSmokeTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "disclosure_test");
    }

    @Override
    protected HttpMethod protectedMethod() {
        return HttpMethod.POST;
    }

    @Override
    protected String protectedPath() {
        return "/api/disclosure/notices";
    }
}
