package org.onewindow.platform;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Settings of the shared platform; defaults in onewindow-platform.yml. */
@ConfigurationProperties("onewindow")
public record PlatformProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue Web web,
        @DefaultValue Outbox outbox,
        @DefaultValue Consumer consumer) {

    public record Web(@DefaultValue("1MB") DataSize maxBodySize) {}

    /**
     * The relay polls every {@code pollInterval} and is woken by each commit that wrote events; a
     * round that sent something is followed by at least {@code minGap}, so under load events reach
     * the broker in batches (every batch costs each consumer group a fetch and an offset commit).
     */
    public record Outbox(
            @DefaultValue("200ms") Duration pollInterval,
            @DefaultValue("200") int batchSize,
            @DefaultValue("50ms") Duration minGap) {}

    public record Consumer(
            @DefaultValue("4") int maxAttempts,
            @DefaultValue("200ms") Duration initialBackoff) {}
}
