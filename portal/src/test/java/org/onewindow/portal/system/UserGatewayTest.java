package org.onewindow.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.OneRequestServer;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** The signed-in person's gateway client, made as the portal makes it (Spring Boot's builder). */
class UserGatewayTest extends PortalTestSupport {

    @Autowired
    GatewayClientConfig config;

    @Autowired
    RestClient.Builder builder;

    @Test
    void aBodyGoesOnAsItIsReadWithThePersonsToken() throws Exception {
        try (var server = new OneRequestServer()) {
            var parts = new LinkedMultiValueMap<String, Object>();
            parts.add("file", new InputStreamResource(new ByteArrayInputStream(new byte[300_000])));

            userGateway(server, Optional.of("test-token"))
                    .post()
                    .uri("/api/applications/x/materials/application-form")
                    .contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(parts)
                    .retrieve()
                    .toBodilessEntity();

            // held in memory first, it would go with its length
            assertThat(server.head())
                    .contains("transfer-encoding: chunked")
                    .doesNotContain("content-length")
                    .contains("authorization: bearer test-token");
        }
    }

    @Test
    void nobodySignedInSendsNoToken() throws Exception {
        try (var server = new OneRequestServer()) {
            userGateway(server, Optional.empty())
                    .get()
                    .uri("/api/applications")
                    .retrieve()
                    .toBodilessEntity();

            assertThat(server.head()).doesNotContain("authorization");
        }
    }

    private RestClient userGateway(OneRequestServer server, Optional<String> token) {
        ObjectProvider<AccessTokens> tokens = new StaticListableBeanFactory(
                        Map.of("tokens", (AccessTokens) () -> token))
                .getBeanProvider(AccessTokens.class);
        return config.userGateway(builder, new GatewayProperties(server.uri()), tokens);
    }
}
