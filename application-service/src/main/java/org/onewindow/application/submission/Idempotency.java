package org.onewindow.application.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key}: a retried request with the same key and body gets the first answer; the
 * same key with another body is refused. Keys are per caller.
 */
@Component
class Idempotency {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Idempotency(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    static String requestHash(UUID applicationId, String operation, String body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((applicationId + "\n" + operation + "\n" + (body == null ? "" : body))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void requireWellFormed(String key) {
        if (key != null && !key.matches("[A-Za-z0-9._:-]{8,100}")) {
            throw ProblemException.validation(List.of(new FieldProblem(
                    "Idempotency-Key", "invalid", "8 to 100 letters, digits or . _ : -; a UUID is a good key")));
        }
    }

    /** The first answer to this key, if there was one; 409 if the key came with another request. */
    <T> Optional<T> previous(String caller, String key, String hash, Class<T> type) {
        return jdbc.sql(
                        "select request_hash, response from idempotency_record where caller = :caller and idem_key = :key")
                .param("caller", caller)
                .param("key", key)
                .query((rs, n) -> {
                    if (!rs.getString("request_hash").equals(hash)) {
                        throw new ProblemException(
                                org.springframework.http.HttpStatus.CONFLICT,
                                "idempotency-key-reused",
                                "this Idempotency-Key was used for a different request",
                                List.of());
                    }
                    return json.readValue(rs.getString("response"), type);
                })
                .optional();
    }

    void remember(String caller, String key, String hash, UUID applicationId, Object response, OffsetDateTime now) {
        jdbc.sql("""
                        insert into idempotency_record (caller, idem_key, request_hash, application_id, response, created_at)
                        values (:caller, :key, :hash, :id, cast(:response as jsonb), :now)
                        """)
                .param("caller", caller)
                .param("key", key)
                .param("hash", hash)
                .param("id", applicationId)
                .param("response", json.writeValueAsString(response))
                .param("now", now)
                .update();
    }
}
