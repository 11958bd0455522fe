package org.onewindow.catalog.item;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Items, drafts and the change log in PostgreSQL. */
@Repository
class ItemStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ItemStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from item where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insertDraft(ItemDefinition item, String actor, OffsetDateTime at) {
        jdbc.sql("""
                        insert into item (code, base_code, name, type, department, status, draft, draft_revision,
                                          created_at, created_by, updated_at, updated_by)
                        values (:code, :baseCode, :name, :type, :department, 'DRAFT', cast(:draft as jsonb), 1,
                                :at, :actor, :at, :actor)
                        """)
                .param("code", item.code())
                .param("baseCode", item.baseCode())
                .param("name", item.name())
                .param("type", item.type().name())
                .param("department", item.department())
                .param("draft", json.writeValueAsString(item))
                .param("at", at)
                .param("actor", actor)
                .update();
    }

    Optional<ItemDraft> findDraft(String code) {
        return jdbc.sql("""
                        select code, status, current_version, draft_revision, draft, updated_at, updated_by
                        from item where code = :code
                        """)
                .param("code", code)
                .query((rs, n) -> new ItemDraft(
                        rs.getString("code"),
                        ItemStatus.valueOf(rs.getString("status")),
                        (Integer) rs.getObject("current_version"),
                        rs.getInt("draft_revision"),
                        rs.getString("draft") == null
                                ? null
                                : json.readValue(rs.getString("draft"), ItemDefinition.class),
                        rs.getObject("updated_at", OffsetDateTime.class),
                        rs.getString("updated_by")))
                .optional();
    }

    void logChange(String code, String action, Integer version, String actor, OffsetDateTime at, String changes) {
        jdbc.sql("""
                        insert into item_change (code, action, version, actor, at, changes)
                        values (:code, :action, :version, :actor, :at, cast(:changes as jsonb))
                        """)
                .param("code", code)
                .param("action", action)
                .param("version", version)
                .param("actor", actor)
                .param("at", at)
                .param("changes", changes)
                .update();
    }
}
