package org.onewindow.platform.messaging;

import java.util.List;
import org.onewindow.platform.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The parked outbox entries, for operators: which there are, and putting one back in line once its
 * cause is fixed (a broker's size limit raised, say). A retried entry gets a fresh set of attempts
 * and leaves before its key's later entries, which were waiting behind it.
 */
public class OutboxParking {

    private static final String SELECT = """
            select id, event_id, topic, event_key as key, event_type as type, attempts, last_error, created_at, parked_at,
                   (select count(*) from outbox_event w
                    where w.event_key = o.event_key and w.id > o.id and w.published_at is null) as waiting_behind
            from outbox_event o
            where parked_at is not null and published_at is null
            """;

    private final JdbcClient jdbc;
    private final OutboxRelay relay;

    public OutboxParking(JdbcClient jdbc, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.relay = relay;
    }

    public List<ParkedEvent> parked() {
        return jdbc.sql(SELECT + " order by id").query(ParkedEvent.class).list();
    }

    /** @throws ProblemException 404 unless the entry exists and is parked */
    public ParkedEvent retry(long id) {
        var event = jdbc.sql(SELECT + " and id = :id")
                .param("id", id)
                .query(ParkedEvent.class)
                .optional();
        int retried = jdbc.sql(
                        "update outbox_event set parked_at = null, attempts = 0 where id = :id and parked_at is not null")
                .param("id", id)
                .update();
        if (event.isEmpty() || retried == 0) {
            throw ProblemException.notFound("no parked outbox event " + id);
        }
        relay.wakeUp();
        return event.get();
    }
}
