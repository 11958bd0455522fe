package org.onewindow.review.item;

import java.util.List;
import java.util.Optional;
import org.onewindow.contracts.catalog.ItemPublished;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What review keeps of each item version: limits, departments, materials that may be missing at acceptance. */
@Repository
public class ReviewItems {

    private final JdbcClient jdbc;

    ReviewItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ReviewItem(
            String code,
            int version,
            String name,
            String department,
            int promisedDays,
            int statutoryDays,
            List<String> departments,
            List<String> gapMaterials) {}

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

    public Optional<ReviewItem> find(String code, int version) {
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
