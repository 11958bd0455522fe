package org.onewindow.disclosure.notice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Notices and policy documents (通知公告, 政策文件): supervisors publish, everyone reads. */
@RestController
class Notices {

    private final JdbcClient jdbc;
    private final Clock clock;

    Notices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    enum Kind {
        NOTICE,
        POLICY
    }

    record NoticeInput(
            @NotNull Kind kind,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 100) String documentNo,
            @NotBlank @Size(max = 20000) String body) {}

    record Summary(String number, Kind kind, String title, String documentNo, OffsetDateTime publishedAt) {}

    record Notice(String number, Kind kind, String title, String documentNo, String body, OffsetDateTime publishedAt) {}

    @PostMapping("/api/disclosure/notices")
    @Transactional
    ResponseEntity<Notice> publish(@Valid @RequestBody NoticeInput input) {
        var now = OffsetDateTime.now(clock);
        long sequence =
                jdbc.sql("select nextval('notice_number')").query(Long.class).single();
        var number = now.atZoneSameInstant(clock.getZone()).getYear() + "-" + String.format("%05d", sequence);
        jdbc.sql("""
                        insert into notice (number, kind, title, document_no, body, published_by, published_at)
                        values (:number, :kind, :title, :documentNo, :body, :by, :at)
                        """)
                .param("number", number)
                .param("kind", input.kind().name())
                .param("title", input.title())
                .param("documentNo", input.documentNo())
                .param("body", input.body())
                .param("by", Caller.current().username())
                .param("at", now)
                .update();
        return ResponseEntity.created(URI.create("/api/disclosure/notices/" + number))
                .body(new Notice(number, input.kind(), input.title(), input.documentNo(), input.body(), now));
    }

    @GetMapping("/api/disclosure/notices")
    List<Summary> list(
            @RequestParam(required = false) Kind kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        return jdbc.sql("""
                        select number, kind, title, document_no, published_at from notice
                        where (cast(:kind as varchar) is null or kind = :kind)
                        order by published_at desc, number desc limit :limit offset :offset
                        """)
                .param("kind", kind == null ? null : kind.name())
                .param("limit", limit)
                .param("offset", Math.max(page, 0) * limit)
                .query((rs, n) -> new Summary(
                        rs.getString("number"),
                        Kind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("document_no"),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .list();
    }

    @GetMapping("/api/disclosure/notices/{number}")
    Notice notice(@PathVariable String number) {
        return jdbc.sql(
                        "select number, kind, title, document_no, body, published_at from notice where number = :number")
                .param("number", number)
                .query((rs, n) -> new Notice(
                        rs.getString("number"),
                        Kind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("document_no"),
                        rs.getString("body"),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .optional()
                .orElseThrow(() -> ProblemException.notFound("no notice " + number));
    }
}
