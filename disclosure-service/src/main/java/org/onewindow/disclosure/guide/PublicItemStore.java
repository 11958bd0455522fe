package org.onewindow.disclosure.guide;

import java.util.List;
import java.util.Optional;
import org.onewindow.contracts.catalog.ItemPublished;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The public_item read model. */
@Component
class PublicItemStore {

    private final JdbcClient jdbc;

    PublicItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void saveIfNewer(ItemPublished published, String guideJson) {
        var guide = published.guide();
        jdbc.sql("""
                        insert into public_item (code, version, name, type, department, guide, confidential)
                        values (:code, :version, :name, :type, :department, cast(:guide as jsonb), :confidential)
                        on conflict (code) do update set version = excluded.version, name = excluded.name,
                            type = excluded.type, department = excluded.department, guide = excluded.guide,
                            confidential = excluded.confidential
                        where public_item.version < excluded.version and not public_item.retired
                        """)
                .param("code", published.code())
                .param("version", published.version())
                .param("name", guide.name())
                .param("type", guide.type())
                .param("department", guide.department())
                .param("guide", guideJson)
                .param("confidential", guide.confidential())
                .update();
    }

    void retire(String code) {
        jdbc.sql("update public_item set retired = true where code = :code")
                .param("code", code)
                .update();
    }

    List<ItemSummary> shown(int limit, int offset) {
        return jdbc.sql("""
                        select code, name, type, department, version from public_item
                        where not retired and not confidential order by code limit :limit offset :offset
                        """)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new ItemSummary(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getString("department"),
                        rs.getInt("version")))
                .list();
    }

    Optional<String> shownGuide(String code) {
        return jdbc.sql("select guide from public_item where code = :code and not retired and not confidential")
                .param("code", code)
                .query(String.class)
                .optional();
    }
}
