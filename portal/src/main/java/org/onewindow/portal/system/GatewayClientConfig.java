package org.onewindow.portal.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The one HTTP client of the portal; its timeouts are spring.http.clients.* in application.yml. */
@Configuration(proxyBeanMethods = false)
class GatewayClientConfig {

    @Bean
    RestClient gateway(RestClient.Builder builder, GatewayProperties gateway) {
        return builder.baseUrl(gateway.uri().toString()).build();
    }
}
