package org.onewindow.disclosure.statistics;

import java.util.List;
import java.util.Optional;
import org.onewindow.contracts.application.ApplicationEvaluated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The evaluation read model: the rating that counts for each case, never the comment. */
@Component
class RatingStore {

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record LevelCount(String department, int level, long count, long followUps) {}

    Optional<Rated.StoredRating> find(String caseNo) {
        return jdbc.sql("select level, evaluated_at, follow_up from evaluation where case_no = :caseNo")
                .param("caseNo", caseNo)
                .query((rs, n) -> new Rated.StoredRating(
                        rs.getInt("level"),
                        rs.getObject("evaluated_at", java.time.OffsetDateTime.class),
                        rs.getBoolean("follow_up")))
                .optional();
    }

    void insert(ApplicationEvaluated evaluated) {
        jdbc.sql("""
                        insert into evaluation (case_no, item_code, department, level, evaluated_at)
                        values (:caseNo, :item, :department, :level, :at)
                        """)
                .param("caseNo", evaluated.caseNo())
                .param("item", evaluated.itemCode())
                .param("department", evaluated.department())
                .param("level", evaluated.level())
                .param("at", evaluated.evaluatedAt())
                .update();
    }

    void replaceWithFollowUp(ApplicationEvaluated evaluated) {
        jdbc.sql("""
                        update evaluation set level = :level, evaluated_at = :at, follow_up = true
                        where case_no = :caseNo
                        """)
                .param("caseNo", evaluated.caseNo())
                .param("level", evaluated.level())
                .param("at", evaluated.evaluatedAt())
                .update();
    }

    List<LevelCount> levels(Period period, String department) {
        return jdbc.sql("""
                        select department, level, count(*) as n, count(*) filter (where follow_up) as follow_ups
                        from evaluation
                        where evaluated_at >= :start and evaluated_at < :end
                          and (cast(:department as varchar) is null or department = :department)
                        group by department, level
                        """)
                .param("start", period.start())
                .param("end", period.end())
                .param("department", department)
                .query((rs, n) -> new LevelCount(
                        rs.getString("department"), rs.getInt("level"), rs.getLong("n"), rs.getLong("follow_ups")))
                .list();
    }
}
