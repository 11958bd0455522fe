package org.onewindow.review.sharing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import org.onewindow.platform.privacy.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sharing access log (sharing_access): one row per resource a call asked about, written at
 * once and outside any transaction of the answer, so that a refusal is logged like an answer; a
 * call that gets no further than its input or the directory leaves one row too.
 */
@Repository
class AccessLog {

    enum Outcome {
        ANSWERED,
        REFUSED,
        NOT_FOUND,
        /** bad input: a 400, nothing looked up */
        INVALID,
        /** the sharing directory could not be read: a 503, nothing answered */
        UNAVAILABLE
    }

    record Entry(
            long id,
            String client,
            String resource,
            String purpose,
            String subject,
            Outcome outcome,
            String reason,
            OffsetDateTime at) {}

    record Page(List<Entry> entries, int page, int size, long total) {}

    // the columns of sharing_access
    static final int RESOURCE_MAX = 24;
    static final int SUBJECT_MAX = 120;
    static final int REASON_MAX = 300;

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One row, now. Everything but the client is the client's text (a path, a parameter, a header),
     * and the reasons quote it: an identity or phone number written into any of them is masked, and
     * bad input is kept as far as the columns hold it.
     */
    void write(String client, String resource, String purpose, String subject, Outcome outcome, String reason) {
        record(new Entry(
                0,
                client,
                clip(Masking.inText(resource), RESOURCE_MAX),
                clip(Masking.inText(purpose), Purpose.MAX),
                subject == null ? "" : clip(Masking.inText(subject), SUBJECT_MAX),
                outcome,
                clip(Masking.inText(reason), REASON_MAX),
                OffsetDateTime.now(clock)));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private void record(Entry entry) {
        jdbc.sql("""
                        insert into sharing_access (client_id, resource_code, purpose, subject, outcome, reason, at)
                        values (:client, :resource, :purpose, :subject, :outcome, :reason, :at)
                        """)
                .param("client", entry.client())
                .param("resource", entry.resource())
                .param("purpose", entry.purpose())
                .param("subject", entry.subject())
                .param("outcome", entry.outcome().name())
                .param("reason", entry.reason())
                .param("at", entry.at())
                .update();
    }

    /** Newest first, of one client and one resource where given. */
    Page read(String client, String resource, int page, int size) {
        var where = " where (cast(:client as text) is null or client_id = :client)"
                + " and (cast(:resource as text) is null or resource_code = :resource)";
        var params = new HashMap<String, Object>();
        params.put("client", client);
        params.put("resource", resource);
        long total = jdbc.sql("select count(*) from sharing_access" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        var entries = jdbc.sql("select * from sharing_access" + where + " order by id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getString("client_id"),
                        rs.getString("resource_code"),
                        rs.getString("purpose"),
                        rs.getString("subject"),
                        Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("reason"),
                        rs.getObject("at", OffsetDateTime.class)))
                .list();
        return new Page(entries, page, size, total);
    }
}
