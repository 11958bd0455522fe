package org.onewindow.application.provincial;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onewindow.platform.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The message log of pushes to the province, for operators: what was sent, each attempt, and resending a parked one. */
@RestController
class ProvincialMessages {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProvincialMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    enum State {
        PENDING,
        SENT,
        FAILED
    }

    record Attempt(int attempt, OffsetDateTime at, Integer httpStatus, String error) {}

    record Message(
            UUID messageId,
            String caseNo,
            String exchangeCode,
            State state,
            int attempts,
            String lastError,
            OffsetDateTime createdAt,
            OffsetDateTime nextAttemptAt,
            OffsetDateTime sentAt,
            String bodySha256,
            List<Attempt> attemptLog) {}

    @GetMapping("/api/applications/provincial/messages")
    List<Message> list(
            @RequestParam(required = false) State state,
            @RequestParam(required = false) String caseNo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        int limit = Math.min(Math.max(size, 1), 200);
        return jdbc.sql(SELECT + """
                        where (cast(:state as varchar) is null or state = :state)
                          and (cast(:caseNo as varchar) is null or case_no = :caseNo)
                        order by id limit :limit offset :offset
                        """)
                .param("state", state == null ? null : state.name())
                .param("caseNo", caseNo)
                .param("limit", limit)
                .param("offset", Math.max(page, 0) * limit)
                .query((rs, n) -> message(rs, List.of()))
                .list();
    }

    @GetMapping("/api/applications/provincial/messages/{messageId}")
    Message one(@PathVariable UUID messageId) {
        var attempts = jdbc.sql("""
                        select attempt, at, http_status, error from provincial_attempt
                        where message_id = :id order by attempt
                        """)
                .param("id", messageId)
                .query((rs, n) -> new Attempt(
                        rs.getInt("attempt"),
                        rs.getObject("at", OffsetDateTime.class),
                        (Integer) rs.getObject("http_status"),
                        rs.getString("error")))
                .list();
        return jdbc.sql(SELECT + " where message_id = :id")
                .param("id", messageId)
                .query((rs, n) -> message(rs, attempts))
                .optional()
                .orElseThrow(() -> ProblemException.notFound("no provincial message " + messageId));
    }

    /** A parked message goes back in line, with a fresh set of attempts; its case's later messages follow it. */
    @PostMapping("/api/applications/provincial/messages/{messageId}/resend")
    @Transactional
    Message resend(@PathVariable UUID messageId) {
        int updated = jdbc.sql("""
                        update provincial_message set state = 'PENDING', attempts = 0, next_attempt_at = :now
                        where message_id = :id and state = 'FAILED'
                        """)
                .param("now", OffsetDateTime.now(clock))
                .param("id", messageId)
                .update();
        if (updated == 0) {
            var current = one(messageId);
            throw ProblemException.conflict("only a FAILED message is resent; this one is " + current.state());
        }
        return one(messageId);
    }

    private static final String SELECT = """
            select message_id, case_no, exchange_code, state, attempts, last_error, created_at, next_attempt_at,
                   sent_at, body_sha256
            from provincial_message
            """;

    private static Message message(java.sql.ResultSet rs, List<Attempt> attempts) throws java.sql.SQLException {
        return new Message(
                rs.getObject("message_id", UUID.class),
                rs.getString("case_no"),
                rs.getString("exchange_code"),
                State.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getObject("sent_at", OffsetDateTime.class),
                rs.getString("body_sha256"),
                attempts);
    }
}
