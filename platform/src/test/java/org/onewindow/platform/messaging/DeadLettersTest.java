package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class DeadLettersTest {

    private final EventNotReadyException notReady = new EventNotReadyException("catalog away", null);

    @Test
    void recognisesAnEventNotReadyThrownDirectlyOrAsACause() {
        assertThat(DeadLetters.notReady(new ListenerExecutionFailedException("listener failed", notReady)))
                .isTrue();
        assertThat(DeadLetters.notReady(new ListenerExecutionFailedException(
                        "listener failed", new IllegalStateException("could not apply", notReady))))
                .isTrue();
    }

    @Test
    void anyOtherFailureIsNotANotReady() {
        assertThat(DeadLetters.notReady(
                        new ListenerExecutionFailedException("listener failed", new IllegalStateException("broken"))))
                .isFalse();
        assertThat(DeadLetters.notReady(new IllegalStateException())).isFalse();
    }

    @Test
    void aRecordStillNotReadyAfterItsAttemptsIsNotDeadLetteredButTriedAgain() {
        var store = mock(DeadLetterStore.class);
        var publisher = mock(ConsumerAwareRecordRecoverer.class);
        var recoverer = DeadLetters.recoverer(publisher, store, new SimpleMeterRegistry());
        // as a batch listener's error handler hands it over
        var failed = new ListenerExecutionFailedException(
                "listener failed", "review-cases", new BatchListenerFailedException("not ready", notReady, 0));

        assertThatThrownBy(() -> recoverer.accept(RECORD, null, failed)).hasRootCause(notReady);
        verifyNoInteractions(store, publisher);
    }

    @Test
    void aFailedRecordIsKeptUnderItsOwnExceptionAndItsGroupStaysForTheTopic() {
        var store = mock(DeadLetterStore.class);
        var publisher = mock(ConsumerAwareRecordRecoverer.class);
        var recoverer = DeadLetters.recoverer(publisher, store, new SimpleMeterRegistry());
        var broken = new IllegalStateException("broken");
        var failed = new ListenerExecutionFailedException(
                "listener failed", "review-cases", new BatchListenerFailedException("broken", broken, 0));

        recoverer.accept(RECORD, null, failed);

        verify(store).record(any(), eq(RECORD), eq(broken));
        var sent = ArgumentCaptor.forClass(Exception.class);
        verify(publisher).accept(eq(RECORD), any(), sent.capture());
        assertThat(sent.getValue())
                .isInstanceOfSatisfying(
                        ListenerExecutionFailedException.class,
                        e -> assertThat(e.getGroupId()).isEqualTo("review-cases"))
                .hasCause(broken);
    }

    private static final ConsumerRecord<Object, Object> RECORD =
            new ConsumerRecord<>("application.v1", 0, 7L, "k", "v");

    @Test
    void truncatesLongFailureMessagesForTheTable() {
        assertThat(DeadLetterStore.truncate("x".repeat(5000))).hasSize(DeadLetterStore.MAX_MESSAGE_LENGTH);
        assertThat(DeadLetterStore.truncate("short")).isEqualTo("short");
    }
}
