package org.onewindow.catalog.changefeed;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Publications and retirements of items, and changes of resources, in the order they happened, after a cursor. */
@Repository
class ChangeFeedStore {

    record Change(long cursor, String code, String action, Integer version, OffsetDateTime at) {}

    private final JdbcClient jdbc;

    ChangeFeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Change> after(long since, int size) {
        return read("""
                select id, code, action, version, at from item_change
                where id > :since and action in ('PUBLISHED', 'RETIRED')
                order by id limit :size
                """, since, size);
    }

    /** Every creation and edit of a resource: each is a new version of the directory's entry. */
    List<Change> resourcesAfter(long since, int size) {
        return read("""
                select id, code, action, version, at from resource_change
                where id > :since order by id limit :size
                """, since, size);
    }

    private List<Change> read(String sql, long since, int size) {
        return jdbc.sql(sql)
                .param("since", since)
                .param("size", size)
                .query((rs, n) -> new Change(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("action"),
                        (Integer) rs.getObject("version"),
                        rs.getObject("at", OffsetDateTime.class)))
                .list();
    }
}
