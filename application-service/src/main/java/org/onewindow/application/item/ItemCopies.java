package org.onewindow.application.item;

import java.util.Optional;
import org.onewindow.contracts.catalog.ItemGuide;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The local copy of item versions and of which version is current. */
@Repository
class ItemCopies {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ItemCopies(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(String code, int version, ItemGuide guide) {
        jdbc.sql("""
                        insert into item_copy (code, version, guide) values (:code, :version, cast(:guide as jsonb))
                        on conflict (code, version) do nothing
                        """)
                .param("code", code)
                .param("version", version)
                .param("guide", json.writeValueAsString(guide))
                .update();
    }

    /** Records the current version; an older version arriving late never replaces a newer one. */
    void makeCurrent(String code, int version, boolean retired) {
        jdbc.sql("""
                        insert into item_current (code, version, retired) values (:code, :version, :retired)
                        on conflict (code) do update set version = excluded.version, retired = excluded.retired
                        where item_current.version < excluded.version
                           or (item_current.version = excluded.version and excluded.retired)
                        """)
                .param("code", code)
                .param("version", version)
                .param("retired", retired)
                .update();
    }

    void retire(String code, int lastVersion) {
        makeCurrent(code, lastVersion, true);
    }

    Optional<ItemVersion> current(String code) {
        return jdbc.sql("""
                        select c.version, c.retired, i.guide from item_current c
                        join item_copy i on i.code = c.code and i.version = c.version
                        where c.code = :code
                        """)
                .param("code", code)
                .query((rs, n) -> new ItemVersion(
                        code,
                        rs.getInt("version"),
                        rs.getBoolean("retired"),
                        json.readValue(rs.getString("guide"), ItemGuide.class)))
                .optional();
    }

    Optional<ItemVersion> version(String code, int version) {
        return jdbc.sql("select guide from item_copy where code = :code and version = :version")
                .param("code", code)
                .param("version", version)
                .query((rs, n) ->
                        new ItemVersion(code, version, false, json.readValue(rs.getString("guide"), ItemGuide.class)))
                .optional();
    }
}
