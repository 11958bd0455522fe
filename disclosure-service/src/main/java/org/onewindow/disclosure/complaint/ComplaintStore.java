package org.onewindow.disclosure.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The complaint table: the service's own record, kept only here and never rebuilt. */
@Component
class ComplaintStore {

    private static final String SELECT = """
            select ticket, kind, subject, content, department, case_no, filed_at, answer, answered_at, published,
                   contact_name, contact_phone
            from complaint
            """;

    private final JdbcClient jdbc;

    ComplaintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            String ticket,
            Kind kind,
            String subject,
            String content,
            String department,
            String caseNo,
            OffsetDateTime filedAt,
            String answer,
            OffsetDateTime answeredAt,
            boolean published,
            String contactName,
            String contactPhone) {}

    long nextNumber() {
        return jdbc.sql("select nextval('complaint_number')").query(Long.class).single();
    }

    void insert(String ticket, ComplaintInput input, String queryCodeHash, OffsetDateTime at) {
        var contact = input.contact();
        jdbc.sql("""
                        insert into complaint (ticket, kind, department, case_no, subject, content, contact_name,
                            contact_phone, query_code_hash, filed_at)
                        values (:ticket, :kind, :department, :caseNo, :subject, :content, :name, :phone, :hash, :at)
                        """)
                .param("ticket", ticket)
                .param("kind", input.kind().name())
                .param("department", input.department())
                .param("caseNo", input.caseNo())
                .param("subject", input.subject())
                .param("content", input.content())
                .param("name", contact == null ? null : contact.name())
                .param("phone", contact == null ? null : contact.phone())
                .param("hash", queryCodeHash)
                .param("at", at)
                .update();
    }

    Optional<String> queryCodeHash(String ticket) {
        return jdbc.sql("select query_code_hash from complaint where ticket = :ticket")
                .param("ticket", ticket)
                .query(String.class)
                .optional();
    }

    void replaceQueryCodeHash(String ticket, String hash) {
        jdbc.sql("update complaint set query_code_hash = :hash where ticket = :ticket")
                .param("hash", hash)
                .param("ticket", ticket)
                .update();
    }

    /** @return false when there is no such open complaint (unknown, or answered already) */
    boolean answer(String ticket, String answer, String by, OffsetDateTime at, boolean publish) {
        return jdbc.sql("""
                                update complaint set answer = :answer, answered_by = :by, answered_at = :at,
                                    published = :publish
                                where ticket = :ticket and answered_at is null
                                """)
                        .param("answer", answer)
                        .param("by", by)
                        .param("at", at)
                        .param("publish", publish)
                        .param("ticket", ticket)
                        .update()
                == 1;
    }

    Optional<Row> find(String ticket) {
        return jdbc.sql(SELECT + " where ticket = :ticket")
                .param("ticket", ticket)
                .query((rs, n) -> row(rs))
                .optional();
    }

    List<Row> byFiling(boolean answered, int limit, int offset) {
        return jdbc.sql(SELECT + """
                        where (answered_at is not null) = :answered
                        order by filed_at, ticket limit :limit offset :offset
                        """)
                .param("answered", answered)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> row(rs))
                .list();
    }

    List<Row> published(int limit, int offset) {
        return jdbc.sql(SELECT + " where published order by answered_at desc, ticket limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> row(rs))
                .list();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getString("ticket"),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("subject"),
                rs.getString("content"),
                rs.getString("department"),
                rs.getString("case_no"),
                rs.getObject("filed_at", OffsetDateTime.class),
                rs.getString("answer"),
                rs.getObject("answered_at", OffsetDateTime.class),
                rs.getBoolean("published"),
                rs.getString("contact_name"),
                rs.getString("contact_phone"));
    }
}
