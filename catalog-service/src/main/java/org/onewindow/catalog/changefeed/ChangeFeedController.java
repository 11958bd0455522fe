package org.onewindow.catalog.changefeed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change feed the provincial platform synchronises from: publications and retirements in
 * order, after a cursor. A client keeps {@code nextCursor} and asks again with it.
 */
@RestController
@Validated
class ChangeFeedController {

    private final JdbcClient jdbc;

    ChangeFeedController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Change(long cursor, String code, String action, Integer version, OffsetDateTime at) {}

    record ChangeFeed(List<Change> changes, long nextCursor) {}

    @GetMapping("/api/catalog/changes")
    ChangeFeed changes(
            @RequestParam(defaultValue = "0") @Min(0) long since,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        var changes = jdbc.sql("""
                        select id, code, action, version, at from item_change
                        where id > :since and action in ('PUBLISHED', 'RETIRED')
                        order by id limit :size
                        """)
                .param("since", since)
                .param("size", size)
                .query((rs, n) -> new Change(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("action"),
                        (Integer) rs.getObject("version"),
                        rs.getObject("at", OffsetDateTime.class)))
                .list();
        return new ChangeFeed(
                changes,
                changes.isEmpty() ? since : changes.get(changes.size() - 1).cursor());
    }
}
