package org.onewindow.application.provincial;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The provincial platform's status endpoint and how pushes to it behave.
 *
 * @param endpoint where status messages go; without one nothing is recorded or sent
 * @param sharedKey the HMAC-SHA256 key agreed with the province
 * @param supplementEndCode the code of "supplement ended" (补齐补正结束), which the sources leave
 *     unassigned (DOMAIN.md): set to what the province assigns
 * @param maxAttempts after this many failed attempts a message is parked as FAILED for an operator
 */
@ConfigurationProperties("onewindow.provincial")
record ProvincialProperties(
        String endpoint,
        @DefaultValue("dev-only-provincial-shared-key") String sharedKey,
        @DefaultValue("7") String supplementEndCode,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("100") int batchSize) {

    boolean enabled() {
        return endpoint != null && !endpoint.isBlank();
    }

    URI endpointUri() {
        return URI.create(endpoint.strip());
    }
}
