package org.onewindow.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.util.HashMap;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.onewindow.platform.health.KafkaHealthIndicator;
import org.onewindow.platform.messaging.DeadLetterRedrive;
import org.onewindow.platform.messaging.DeadLetterStore;
import org.onewindow.platform.messaging.DeadLetters;
import org.onewindow.platform.messaging.EventInbox;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.messaging.MessageRetention;
import org.onewindow.platform.messaging.OutboxParking;
import org.onewindow.platform.messaging.OutboxRelay;
import org.onewindow.platform.messaging.RecordScope;
import org.onewindow.platform.operations.OperationsConfiguration;
import org.onewindow.platform.security.PlatformSecurity;
import org.onewindow.platform.security.ProblemSecurityHandlers;
import org.onewindow.platform.web.CorrelationIdFilter;
import org.onewindow.platform.web.PagingBoundsFilter;
import org.onewindow.platform.web.ProblemDetailsAdvice;
import org.onewindow.platform.web.ProblemErrorController;
import org.onewindow.platform.web.ProblemWriter;
import org.onewindow.platform.web.RequestBodyLimitFilter;
import org.onewindow.platform.web.TextInputFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Everything a OneWindow service gets by depending on the platform. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@EnableConfigurationProperties(PlatformProperties.class)
@Import(OperationsConfiguration.class)
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(PlatformProperties properties) {
        return Clock.system(properties.zone());
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** Boot's BasicErrorController backs off for it: this auto-configuration runs before Boot's error one. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(ProblemWriter writer) {
        return new ProblemSecurityHandlers(writer);
    }

    @Bean
    PlatformSecurity platformSecurity(ProblemSecurityHandlers handlers, ObjectProvider<JwtDecoder> decoder) {
        return new PlatformSecurity(handlers, decoder.getIfAvailable());
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            PlatformProperties properties, ProblemWriter writer) {
        var filter = new RequestBodyLimitFilter(properties.web().maxBodySize().toBytes(), writer);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TextInputFilter> textInputFilter(ProblemWriter writer) {
        var registration = new FilterRegistrationBean<>(new TextInputFilter(writer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PagingBoundsFilter> pagingBoundsFilter(PlatformProperties properties, ProblemWriter writer) {
        var web = properties.web();
        var registration =
                new FilterRegistrationBean<>(new PagingBoundsFilter(web.maxPage(), web.maxPageSize(), writer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    @Bean
    EventPublisher eventPublisher(
            JdbcClient jdbc, Clock clock, ObjectProvider<Tracer> tracer, ObjectProvider<OutboxRelay> relay) {
        return new EventPublisher(jdbc, clock, tracer, () -> relay.ifAvailable(OutboxRelay::wakeUp));
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            KafkaTemplate<String, String> kafka,
            PlatformProperties properties,
            MeterRegistry meters,
            ObjectProvider<Propagator> propagator) {
        return new OutboxRelay(
                jdbc,
                transactions,
                kafka,
                properties.outbox().pollInterval(),
                properties.outbox().batchSize(),
                properties.outbox().minGap(),
                properties.outbox().maxAttempts(),
                meters,
                propagator);
    }

    @Bean
    OutboxParking outboxParking(JdbcClient jdbc, OutboxRelay relay) {
        return new OutboxParking(jdbc, relay);
    }

    @Bean
    DeadLetterStore deadLetterStore(JdbcClient jdbc, MeterRegistry meters) {
        return new DeadLetterStore(jdbc, meters);
    }

    @Bean
    DeadLetterRedrive deadLetterRedrive(
            DeadLetterStore store,
            KafkaTemplate<String, String> kafka,
            TransactionTemplate transactions,
            Clock clock,
            MeterRegistry meters) {
        return new DeadLetterRedrive(store, kafka, transactions, clock, meters);
    }

    @Bean
    MessageRetention messageRetention(JdbcClient jdbc, Clock clock, PlatformProperties properties) {
        return new MessageRetention(
                jdbc,
                clock,
                properties.retention().period(),
                properties.retention().interval());
    }

    @Bean
    EventInbox eventInbox(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            MeterRegistry meters,
            ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator) {
        return new EventInbox(jdbc, transactions, meters, new RecordScope(tracer, propagator));
    }

    @Bean
    @ConditionalOnMissingBean
    CommonErrorHandler kafkaErrorHandler(
            KafkaTemplate<String, String> kafka,
            DeadLetterStore deadLetters,
            MeterRegistry meters,
            PlatformProperties properties) {
        return DeadLetters.errorHandler(
                kafka,
                deadLetters,
                meters,
                properties.consumer().maxAttempts(),
                properties.consumer().initialBackoff(),
                properties.consumer().notReadyMaxBackoff());
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        var config = new HashMap<>(admin.getConfigurationProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        return new KafkaHealthIndicator(AdminClient.create(config));
    }
}
