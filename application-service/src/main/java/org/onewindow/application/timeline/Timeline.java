package org.onewindow.application.timeline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The timeline of every application: appended in the same transaction as the change it records. */
@Repository
public class Timeline {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher listeners;

    Timeline(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher listeners) {
        this.jdbc = jdbc;
        this.json = json;
        this.listeners = listeners;
    }

    public void append(UUID applicationId, TimelineEntry entry) {
        jdbc.sql("""
                        insert into timeline_entry (application_id, at, status, action, actor_role, channel, detail)
                        values (:id, :at, :status, :action, :actorRole, :channel, cast(:detail as jsonb))
                        """)
                .param("id", applicationId)
                .param("at", entry.at())
                .param("status", entry.status())
                .param("action", entry.action())
                .param("actorRole", entry.actorRole())
                .param("channel", entry.channel())
                .param("detail", entry.detail() == null ? null : json.writeValueAsString(entry.detail()))
                .update();
        listeners.publishEvent(new TimelineAppended(applicationId, entry));
    }

    public List<TimelineEntry> of(UUID applicationId) {
        return jdbc.sql("""
                        select at, status, action, actor_role, channel, detail from timeline_entry
                        where application_id = :id order by id
                        """)
                .param("id", applicationId)
                .query((rs, n) -> new TimelineEntry(
                        rs.getObject("at", OffsetDateTime.class),
                        rs.getString("status"),
                        rs.getString("action"),
                        rs.getString("actor_role"),
                        rs.getString("channel"),
                        rs.getString("detail") == null ? null : (JsonNode) json.readTree(rs.getString("detail"))))
                .list();
    }
}
