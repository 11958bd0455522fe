package org.onewindow.catalog.resource;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Resources, their versions and their change log in PostgreSQL. */
@Repository
class ResourceStore {

    private static final String CURRENT = """
            select v.code, v.version, v.published_at, v.definition
            from resource r join resource_version v on v.code = r.code and v.version = r.current_version
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<ResourceVersion> rows;

    ResourceStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.rows = (rs, n) -> new ResourceVersion(
                rs.getString("code"),
                rs.getInt("version"),
                rs.getObject("published_at", OffsetDateTime.class),
                json.readValue(rs.getString("definition"), ResourceDefinition.class));
    }

    /** Writes the next version; false when the resource is no longer at {@code expected} (null: new). */
    boolean write(ResourceDefinition resource, Integer expected, String actor, OffsetDateTime at) {
        int version = expected == null ? 1 : expected + 1;
        int updated = expected == null
                ? jdbc.sql("""
                                insert into resource (code, name, provider, sharing, open, current_version, updated_at)
                                values (:code, :name, :provider, :sharing, :open, 1, :at)
                                on conflict (code) do nothing
                                """).params(summary(resource, at)).update()
                : jdbc.sql("""
                                update resource set name = :name, provider = :provider, sharing = :sharing, open = :open,
                                                    current_version = :version, updated_at = :at
                                where code = :code and current_version = :expected
                                """)
                        .params(summary(resource, at))
                        .param("version", version)
                        .param("expected", expected)
                        .update();
        if (updated != 1) {
            return false;
        }
        jdbc.sql("""
                        insert into resource_version (code, version, definition, published_at, published_by)
                        values (:code, :version, cast(:definition as jsonb), :at, :actor)
                        """)
                .param("code", resource.code())
                .param("version", version)
                .param("definition", json.writeValueAsString(resource))
                .param("at", at)
                .param("actor", actor)
                .update();
        return true;
    }

    private static java.util.Map<String, Object> summary(ResourceDefinition resource, OffsetDateTime at) {
        return java.util.Map.of(
                "code", resource.code(),
                "name", resource.name(),
                "provider", resource.provider(),
                "sharing", resource.sharing().name(),
                "open", resource.open().name(),
                "at", at);
    }

    Optional<ResourceVersion> current(String code) {
        return jdbc.sql(CURRENT + " where r.code = :code")
                .param("code", code)
                .query(rows)
                .optional();
    }

    /** Every resource's current version, by code; only the open ones when {@code openOnly}. */
    List<ResourceVersion> all(boolean openOnly) {
        return jdbc.sql(CURRENT + " where (not :openOnly or r.open <> 'NOT_OPEN') order by r.code")
                .param("openOnly", openOnly)
                .query(rows)
                .list();
    }

    Optional<ResourceVersion> version(String code, int version) {
        return jdbc.sql("""
                        select code, version, published_at, definition
                        from resource_version where code = :code and version = :version
                        """)
                .param("code", code)
                .param("version", version)
                .query(rows)
                .optional();
    }

    List<ResourceVersion> versions(String code) {
        return jdbc.sql("""
                        select code, version, published_at, definition
                        from resource_version where code = :code order by version
                        """).param("code", code).query(rows).list();
    }

    long count() {
        return jdbc.sql("select count(*) from resource").query(Long.class).single();
    }

    void logChange(String code, String action, int version, String actor, OffsetDateTime at, String changes) {
        jdbc.sql("""
                        insert into resource_change (code, action, version, actor, at, changes)
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
