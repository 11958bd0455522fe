package org.onewindow.platform;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the shared platform; defaults in onewindow-platform.yml.
 *
 * @param apiPrefix the service's part of its API paths ({@code /api/<apiPrefix>/...}), under which
 *     the platform adds the operators' endpoints (dead letters, parked outbox events); unset, there are none
 */
@ConfigurationProperties("onewindow")
public record PlatformProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        String apiPrefix,
        @DefaultValue Web web,
        @DefaultValue Outbox outbox,
        @DefaultValue Consumer consumer,
        @DefaultValue Retention retention) {

    /**
     * Published outbox rows, processed-event ids and redriven dead letters older than {@code
     * period} are deleted every {@code interval}.
     */
    public record Retention(
            @DefaultValue("7d") Duration period,
            @DefaultValue("1h") Duration interval) {}

    /**
     * @param maxPage the highest {@code page} any list accepts
     * @param maxPageSize the largest {@code size} any list accepts (a controller may allow less)
     */
    public record Web(
            @DefaultValue("1MB") DataSize maxBodySize,
            @DefaultValue("10000") int maxPage,
            @DefaultValue("1000") int maxPageSize) {}

    /**
     * The relay polls every {@code pollInterval} and is woken by each commit that wrote events; a
     * round that sent something is followed by at least {@code minGap}, so under load events reach
     * the broker in batches (every batch costs each consumer group a fetch and an offset commit).
     * An event that can never be sent is parked after {@code maxAttempts}.
     */
    public record Outbox(
            @DefaultValue("200ms") Duration pollInterval,
            @DefaultValue("200") int batchSize,
            @DefaultValue("20ms") Duration minGap,
            @DefaultValue("5") int maxAttempts) {}

    /**
     * A failing record is tried {@code maxAttempts} times, then dead-lettered; one that is not
     * ready yet is tried until it is, at most {@code notReadyMaxBackoff} apart. A batch listener
     * takes at most {@code maxBatch} records a poll, in one transaction; its annotation reads the
     * value as a placeholder ({@link org.onewindow.platform.messaging.EventInbox#MAX_POLL_RECORDS}),
     * and this names it beside the consumer's other settings.
     */
    public record Consumer(
            @DefaultValue("100") int maxBatch,
            @DefaultValue("4") int maxAttempts,
            @DefaultValue("200ms") Duration initialBackoff,
            @DefaultValue("30s") Duration notReadyMaxBackoff) {}
}
