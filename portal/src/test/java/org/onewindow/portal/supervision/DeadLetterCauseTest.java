package org.onewindow.portal.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadLetterCauseTest {

    @ParameterizedTest
    @CsvSource({
        "org.onewindow.platform.messaging.MalformedEventException, unreadable",
        "tools.jackson.core.exc.StreamReadException, unreadable",
        "org.springframework.dao.DataIntegrityViolationException, database",
        "org.springframework.jdbc.CannotGetJdbcConnectionException, database",
        "org.springframework.transaction.CannotCreateTransactionException, database",
        "java.lang.IllegalStateException, processing",
        "'', processing"
    })
    void eachFailureHasItsCauseInWords(String exceptionClass, String cause) {
        var letter = new DeadLetters.Letter(1, "g", "t", 0, 0, "k", exceptionClass, "m", null, null, null);

        assertThat(letter.cause()).isEqualTo(cause);
    }
}
