package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
    void truncatesLongFailureMessagesForTheTable() {
        assertThat(DeadLetterStore.truncate("x".repeat(5000))).hasSize(DeadLetterStore.MAX_MESSAGE_LENGTH);
        assertThat(DeadLetterStore.truncate("short")).isEqualTo("short");
    }
}
