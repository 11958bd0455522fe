package org.onewindow.catalog.search;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps one search row per published item: its latest version; a retired item leaves. */
@Repository
public class SearchIndex {

    private final JdbcClient jdbc;

    SearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void index(IndexedItem item) {
        var keywords = item.keywords() == null ? "" : String.join(" ", item.keywords());
        var doc = (item.name() + " " + keywords).toLowerCase(Locale.ROOT);
        jdbc.sql("""
                        insert into item_search (code, version, name, name_lc, type, department, service_objects, keywords,
                                                 online_depth, promised_days, doc, confidential)
                        values (:code, :version, :name, lower(:name), :type, :department, cast(:serviceObjects as text[]), :keywords,
                                :onlineDepth, :promisedDays, :doc, :confidential)
                        on conflict (code) do update set
                            version = excluded.version, name = excluded.name, name_lc = excluded.name_lc, type = excluded.type,
                            department = excluded.department, service_objects = excluded.service_objects,
                            keywords = excluded.keywords, online_depth = excluded.online_depth,
                            promised_days = excluded.promised_days, doc = excluded.doc,
                            confidential = excluded.confidential
                        """)
                .param("code", item.code())
                .param("version", item.version())
                .param("name", item.name())
                .param("type", item.type())
                .param("department", item.department())
                .param("serviceObjects", arrayLiteral(item.serviceObjects()))
                .param("keywords", keywords)
                .param("onlineDepth", item.onlineDepth())
                .param("promisedDays", item.promisedDays())
                .param("doc", doc)
                .param("confidential", item.confidential())
                .update();
        moved();
    }

    public void remove(String code) {
        jdbc.sql("delete from item_search where code = :code")
                .param("code", code)
                .update();
        moved();
    }

    /** Every change moves the search generation, in the same transaction (SearchCache). */
    private void moved() {
        jdbc.sql("update search_generation set value = value + 1").update();
    }

    private static String arrayLiteral(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }
}
