package org.onewindow.disclosure.notice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notice table: the service's own record. */
@Component
class NoticeStore {

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextNumber() {
        return jdbc.sql("select nextval('notice_number')").query(Long.class).single();
    }

    void insert(Notice notice, String by) {
        jdbc.sql("""
                        insert into notice (number, kind, title, document_no, body, published_by, published_at)
                        values (:number, :kind, :title, :documentNo, :body, :by, :at)
                        """)
                .param("number", notice.number())
                .param("kind", notice.kind().name())
                .param("title", notice.title())
                .param("documentNo", notice.documentNo())
                .param("body", notice.body())
                .param("by", by)
                .param("at", notice.publishedAt())
                .update();
    }

    List<Notice.Summary> list(Notice.Kind kind, int limit, int offset) {
        return jdbc.sql("""
                        select number, kind, title, document_no, published_at from notice
                        where (cast(:kind as varchar) is null or kind = :kind)
                        order by published_at desc, number desc limit :limit offset :offset
                        """)
                .param("kind", kind == null ? null : kind.name())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Notice.Summary(
                        rs.getString("number"),
                        Notice.Kind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("document_no"),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .list();
    }

    Optional<Notice> find(String number) {
        return jdbc.sql(
                        "select number, kind, title, document_no, body, published_at from notice where number = :number")
                .param("number", number)
                .query((rs, n) -> new Notice(
                        rs.getString("number"),
                        Notice.Kind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("document_no"),
                        rs.getString("body"),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .optional();
    }
}
