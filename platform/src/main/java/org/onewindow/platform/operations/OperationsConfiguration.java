package org.onewindow.platform.operations;

import org.onewindow.platform.PlatformProperties;
import org.onewindow.platform.messaging.DeadLetterRedrive;
import org.onewindow.platform.messaging.DeadLetterStore;
import org.onewindow.platform.messaging.OutboxParking;
import org.onewindow.platform.security.PlatformSecurity;
import org.onewindow.platform.security.Roles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The operators' endpoints every service gets under {@code /api/<onewindow.api-prefix>/}: its dead
 * letters and its parked outbox events, for supervisors.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty("onewindow.api-prefix")
public class OperationsConfiguration {

    /**
     * Ahead of the service's own rules, which were written without these paths and refuse them
     * (or worse, let them through): the paths are the platform's, so are their rules.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 100)
    SecurityFilterChain operatorsApi(HttpSecurity http, PlatformSecurity platform, PlatformProperties properties)
            throws Exception {
        var base = "/api/" + properties.apiPrefix();
        return platform.apply(http.securityMatcher(base + "/dead-letters/**", base + "/outbox/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Roles.SUPERVISOR))
                .build();
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetterStore store, DeadLetterRedrive redrive) {
        return new DeadLetterController(store, redrive);
    }

    @Bean
    OutboxController outboxController(OutboxParking parking) {
        return new OutboxController(parking);
    }
}
