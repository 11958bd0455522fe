package org.onewindow.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

/**
 * Spring Security's firewall refuses suspicious requests before any route (an encoded slash or
 * dot segment, a semicolon, a line break in the path, an unknown method). Its own answer is a bare
 * 400 with no body; a client is owed the same problem detail as for any other refusal.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    @Bean
    ServerExchangeRejectedHandler problemForRejectedRequests() {
        return (exchange, rejected) -> ProblemResponses.write(
                exchange,
                HttpStatus.BAD_REQUEST,
                "rejected-request",
                "the request's path or method is not accepted; send a plain path without encoded slashes,"
                        + " dot segments or semicolons");
    }
}
