package org.onewindow.catalog.system;

import org.onewindow.catalog.CatalogServiceApplication;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.ServiceSmokeTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = CatalogServiceApplication.class)
@AutoConfigureMockMvc
class CatalogServiceSmokeTest extends ServiceSmokeTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "catalog_test");
    }

    @Override
    protected HttpMethod protectedMethod() {
        return HttpMethod.POST;
    }

    @Override
    protected String protectedPath() {
        return "/api/catalog/items";
    }
}
