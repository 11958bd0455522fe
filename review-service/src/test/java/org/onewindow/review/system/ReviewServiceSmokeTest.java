package org.onewindow.review.system;

import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.ServiceSmokeTest;
import org.onewindow.review.ReviewServiceApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = ReviewServiceApplication.class)
@AutoConfigureMockMvc
class ReviewServiceSmokeTest extends ServiceSmokeTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "review_test");
    }

    @Override
    protected HttpMethod protectedMethod() {
        return HttpMethod.GET;
    }

    @Override
    protected String protectedPath() {
        return "/api/review/tasks";
    }
}
