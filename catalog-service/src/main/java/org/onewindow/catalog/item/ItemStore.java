package org.onewindow.catalog.item;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.onewindow.catalog.system.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Items, drafts and the change log in PostgreSQL. */
@Repository
class ItemStore {

    // a version published while the item was confidential stays so, whatever the item is now
    private static final String CONFIDENTIAL_VERSION = "coalesce((v.definition ->> 'confidential')::boolean, false)";

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

    /** Replaces the draft if nobody else changed it since {@code expectedRevision}; false if someone did. */
    boolean updateDraft(ItemDefinition item, int expectedRevision, String actor, OffsetDateTime at) {
        return jdbc.sql("""
                                update item set draft = cast(:draft as jsonb), draft_revision = draft_revision + 1,
                                                updated_at = :at, updated_by = :actor
                                where code = :code and draft_revision = :revision
                                """)
                        .param("draft", json.writeValueAsString(item))
                        .param("at", at)
                        .param("actor", actor)
                        .param("code", item.code())
                        .param("revision", expectedRevision)
                        .update()
                == 1;
    }

    /** Freezes the draft as the next version; the item's summary follows the new version. */
    void publish(ItemDefinition item, int version, int expectedRevision, String actor, OffsetDateTime at) {
        int updated = jdbc.sql("""
                        update item set status = 'PUBLISHED', current_version = :version, draft = null,
                                        draft_revision = draft_revision + 1, name = :name, type = :type,
                                        department = :department, confidential = :confidential,
                                        updated_at = :at, updated_by = :actor
                        where code = :code and draft_revision = :revision
                        """)
                .param("version", version)
                .param("confidential", item.confidential())
                .param("name", item.name())
                .param("type", item.type().name())
                .param("department", item.department())
                .param("at", at)
                .param("actor", actor)
                .param("code", item.code())
                .param("revision", expectedRevision)
                .update();
        if (updated != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException("item " + item.code() + " changed");
        }
        jdbc.sql("""
                        insert into item_version (code, version, definition, published_at, published_by)
                        values (:code, :version, cast(:definition as jsonb), :at, :actor)
                        """)
                .param("code", item.code())
                .param("version", version)
                .param("definition", json.writeValueAsString(item))
                .param("at", at)
                .param("actor", actor)
                .update();
    }

    void retire(String code, int expectedRevision, String actor, OffsetDateTime at) {
        int updated = jdbc.sql("""
                        update item set status = 'RETIRED', draft = null, draft_revision = draft_revision + 1,
                                        updated_at = :at, updated_by = :actor
                        where code = :code and draft_revision = :revision and status = 'PUBLISHED'
                        """)
                .param("at", at)
                .param("actor", actor)
                .param("code", code)
                .param("revision", expectedRevision)
                .update();
        if (updated != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException("item " + code + " changed");
        }
    }

    Optional<PublishedVersion> findVersion(String code, int version) {
        return findVersion(code, version, Audience.STAFF);
    }

    /** A version the audience may read: the public never reads a confidential item or version. */
    Optional<PublishedVersion> findVersion(String code, int version, Audience audience) {
        return jdbc.sql("""
                        select v.code, v.version, i.status, v.published_at, v.definition
                        from item_version v join item i on i.code = v.code
                        where v.code = :code and v.version = :version
                          and (:staff or not (i.confidential or %s))
                        """.formatted(CONFIDENTIAL_VERSION))
                .param("code", code)
                .param("version", version)
                .param("staff", audience.seesConfidential())
                .query((rs, n) -> new PublishedVersion(
                        rs.getString("code"),
                        rs.getInt("version"),
                        ItemStatus.valueOf(rs.getString("status")),
                        rs.getObject("published_at", OffsetDateTime.class),
                        json.readValue(rs.getString("definition"), ItemDefinition.class)))
                .optional();
    }

    /** The history the audience may read; none of a confidential item for the public. */
    java.util.List<VersionSummary> versionsOf(String code, Audience audience) {
        return jdbc.sql("""
                        select v.version, v.published_at
                        from item_version v join item i on i.code = v.code
                        where v.code = :code and (:staff or not (i.confidential or %s))
                        order by v.version
                        """.formatted(CONFIDENTIAL_VERSION))
                .param("code", code)
                .param("staff", audience.seesConfidential())
                .query((rs, n) ->
                        new VersionSummary(rs.getInt("version"), rs.getObject("published_at", OffsetDateTime.class)))
                .list();
    }

    /** Every item of a status (null: of any), by code, with whether a draft waits to be published. */
    ItemList list(ItemStatus status, int page, int size) {
        var where = status == null ? "" : " where status = :status";
        var params = new java.util.HashMap<String, Object>();
        if (status != null) {
            params.put("status", status.name());
        }
        long total = jdbc.sql("select count(*) from item" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        var items = jdbc.sql(
                        "select code, name, type, department, status, current_version, draft is not null as pending,"
                                + " updated_at, updated_by from item" + where
                                + " order by code limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new ListedItem(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getString("department"),
                        ItemStatus.valueOf(rs.getString("status")),
                        (Integer) rs.getObject("current_version"),
                        rs.getBoolean("pending"),
                        rs.getObject("updated_at", OffsetDateTime.class),
                        rs.getString("updated_by")))
                .list();
        return new ItemList(items, page, size, total);
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
