package org.onewindow.platform.messaging;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Runs the work of one record of a batch inside that record's trace: a consumer span continued
 * from its {@code traceparent} header. A record listener gets this from the container's
 * observation; a batch listener does not, and without it the events a handler publishes would
 * carry no trace, or the batch's first.
 */
public final class RecordScope {

    private static final Propagator.Getter<Headers> HEADERS = (headers, key) -> {
        var header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    };

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    public RecordScope(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    <T> T around(ConsumerRecord<String, String> record, Supplier<T> work) {
        var current = tracer.getIfAvailable();
        var propagation = propagator.getIfAvailable();
        if (current == null || propagation == null) {
            return work.get();
        }
        var span = propagation
                .extract(record.headers(), HEADERS)
                .name(record.topic() + " process")
                .kind(Span.Kind.CONSUMER)
                .start();
        try (var ignored = current.withSpan(span)) {
            return work.get();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
