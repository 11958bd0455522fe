package org.onewindow.portal.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.client.RestClient;

/**
 * The portal's two HTTP clients, both to the gateway only; their timeouts are spring.http.clients.*
 * in application.yml. {@code gateway} is anonymous (public pages); {@code userGateway} carries the
 * signed-in person's token, so the API decides what she may see and do, never the portal.
 */
@Configuration(proxyBeanMethods = false)
class GatewayClientConfig {

    @Bean
    @Primary
    RestClient gateway(RestClient.Builder builder, GatewayProperties gateway) {
        return builder.baseUrl(gateway.uri().toString())
                .requestInterceptor(new ClientAddress())
                .build();
    }

    @Bean
    @Qualifier("userGateway")
    RestClient userGateway(
            RestClient.Builder builder, GatewayProperties gateway, ObjectProvider<AccessTokens> accessTokens) {
        return builder.clone()
                .baseUrl(gateway.uri().toString())
                .requestInterceptor(new ClientAddress())
                .requestInterceptor((request, body, execution) -> {
                    // nobody signed in: no header, and the API answers 401 as it would to anyone
                    accessTokens.ifAvailable(tokens -> tokens.current()
                            .ifPresent(token -> request.getHeaders().setBearerAuth(token)));
                    return execution.execute(request, body);
                })
                .build();
    }
}
