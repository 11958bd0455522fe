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
                .defaultRequest(request -> request.headers(ClientAddress::name))
                .build();
    }

    @Bean
    @Qualifier("userGateway")
    RestClient userGateway(
            RestClient.Builder builder, GatewayProperties gateway, ObjectProvider<AccessTokens> accessTokens) {
        // The token goes on as each request is made, not in an interceptor: with any interceptor
        // Spring holds a whole request body in memory before sending it, and a 10 MB scan a person
        // uploads should go on to the gateway as it is read.
        return builder.clone()
                .baseUrl(gateway.uri().toString())
                .defaultRequest(request -> {
                    request.headers(ClientAddress::name);
                    accessTokens.ifAvailable(tokens -> tokens.current()
                            // nobody signed in: no header, and the API answers 401 as it would to anyone
                            .ifPresent(token -> request.headers(headers -> headers.setBearerAuth(token))));
                })
                .build();
    }
}
