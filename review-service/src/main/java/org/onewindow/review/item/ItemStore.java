package org.onewindow.review.item;

import java.util.List;
import java.util.Optional;
import org.onewindow.contracts.catalog.ItemPublished;
import org.onewindow.review.item.ReviewItems.ReviewItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The item versions review has seen, from ItemPublished or fetched from catalog-service. */
@Repository
class ItemStore {

    private final JdbcClient jdbc;

    ItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent: a version never changes, so the first copy stored stays. */
    void save(ItemPublished published) {
        var guide = published.guide();
        var gaps = guide.materials().stream()
                .filter(m -> m.missingAllowedAtAcceptance())
                .map(m -> m.id())
                .toList();
        jdbc.sql("""
                        insert into review_item (code, version, name, department, promised_days, statutory_days,
                                                 departments, gap_materials)
                        values (:code, :version, :name, :department, :promised, :statutory,
                                cast(:departments as text[]), cast(:gaps as text[]))
                        on conflict (code, version) do nothing
                        """)
                .param("code", published.code())
                .param("version", published.version())
                .param("name", guide.name())
                .param("department", guide.department())
                .param("promised", guide.promisedLimitDays())
                .param("statutory", guide.statutoryLimitDays())
                .param("departments", "{" + String.join(",", guide.reviewDepartments()) + "}")
                .param("gaps", "{" + String.join(",", gaps) + "}")
                .update();
    }

    Optional<ReviewItem> find(String code, int version) {
        return jdbc.sql("select * from review_item where code = :code and version = :version")
                .param("code", code)
                .param("version", version)
                .query((rs, n) -> new ReviewItem(
                        rs.getString("code"),
                        rs.getInt("version"),
                        rs.getString("name"),
                        rs.getString("department"),
                        rs.getInt("promised_days"),
                        rs.getInt("statutory_days"),
                        List.of((String[]) rs.getArray("departments").getArray()),
                        List.of((String[]) rs.getArray("gap_materials").getArray())))
                .optional();
    }
}
