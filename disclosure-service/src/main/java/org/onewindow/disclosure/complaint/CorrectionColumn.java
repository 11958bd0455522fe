package org.onewindow.disclosure.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.onewindow.platform.privacy.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exposure and correction column (曝光纠错栏): answers the supervisor chose to publish, with
 * the subject and the answer only; the complaint's own text and the complainant stay private.
 */
@RestController
class CorrectionColumn {

    private final JdbcClient jdbc;
    private final Clock clock;

    CorrectionColumn(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Correction(
            String ticket,
            ComplaintController.Kind kind,
            String department,
            String subject,
            String answer,
            LocalDate filedOn,
            LocalDate answeredOn) {}

    @GetMapping("/api/disclosure/corrections")
    List<Correction> corrections(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        var zone = clock.getZone();
        return jdbc.sql("""
                        select ticket, kind, department, subject, answer, filed_at, answered_at from complaint
                        where published order by answered_at desc, ticket limit :limit offset :offset
                        """)
                .param("limit", limit)
                .param("offset", Math.max(page, 0) * limit)
                .query((rs, n) -> new Correction(
                        rs.getString("ticket"),
                        ComplaintController.Kind.valueOf(rs.getString("kind")),
                        rs.getString("department"),
                        Masking.inText(rs.getString("subject")),
                        Masking.inText(rs.getString("answer")),
                        rs.getObject("filed_at", OffsetDateTime.class)
                                .atZoneSameInstant(zone)
                                .toLocalDate(),
                        rs.getObject("answered_at", OffsetDateTime.class)
                                .atZoneSameInstant(zone)
                                .toLocalDate()))
                .list();
    }
}
