package org.onewindow.portal.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.onewindow.portal.publicapi.PageLocale;
import org.onewindow.portal.publicapi.PublicFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The statistics as charts by department, each titled with what it shows (the best and the worst
 * department, or the one department's figure), in the page's language. A chart with nothing to
 * measure (no case completed, nobody rated) is left out; the table still says 暂无.
 */
@Component
class StatisticsCharts {

    private final MessageSource messages;
    private final PublicFormat format;

    StatisticsCharts(MessageSource messages, PublicFormat format) {
        this.messages = messages;
        this.format = format;
    }

    List<BarChart> of(Statistics statistics) {
        var rows = statistics.departments();
        var charts = new ArrayList<BarChart>();
        add(
                charts,
                chart("chart-on-time", "onTime", rows, row -> row.figures().onTimeRate(), format::percent, true, 1));
        add(
                charts,
                chart(
                        "chart-days",
                        "days",
                        rows,
                        row -> row.figures().averageWorkingDays(),
                        days -> message("disclosure.chart.days.value", format.decimal(days)),
                        false,
                        0));
        add(
                charts,
                chart(
                        "chart-satisfaction",
                        "satisfaction",
                        rows,
                        row -> row.satisfaction() == null
                                ? null
                                : row.satisfaction().satisfactionRate(),
                        format::percent,
                        true,
                        1));
        add(
                charts,
                chart(
                        "chart-received",
                        "received",
                        rows,
                        row -> (double) row.figures().received(),
                        count -> message("disclosure.chart.count.value", Math.round(count)),
                        true,
                        0));
        return charts;
    }

    /** Satisfaction by level, 非常满意 down to 非常不满意, titled with the level given most. */
    BarChart levels(Statistics.Satisfaction satisfaction) {
        if (satisfaction == null || satisfaction.evaluations() == 0) {
            return null;
        }
        var points = new ArrayList<BarChart.Point>();
        int most = 5;
        for (int level = 5; level >= 1; level--) {
            long count = satisfaction.atLevel(level);
            if (count > satisfaction.atLevel(most)) {
                most = level;
            }
            points.add(new BarChart.Point(
                    message("progress.rating.level." + level),
                    (double) count,
                    message("disclosure.chart.count.ratings", count)));
        }
        var title = message(
                "disclosure.chart.levels.title",
                message("progress.rating.level." + most),
                format.percent((double) satisfaction.atLevel(most) / satisfaction.evaluations()));
        return BarChart.of("chart-levels", title, points, satisfaction.atLevel(most));
    }

    /**
     * @param higherIsBetter whether the finding names the highest value first (rates, counts) or
     *     the lowest (days)
     * @param scale 1 for rates, 0 for "the largest value"
     */
    private BarChart chart(
            String id,
            String key,
            List<Statistics.DepartmentRow> rows,
            Function<Statistics.DepartmentRow, Double> value,
            Function<Double, String> text,
            boolean higherIsBetter,
            double scale) {
        var measured = rows.stream().filter(row -> value.apply(row) != null).toList();
        if (measured.isEmpty()) {
            return null;
        }
        var points = rows.stream()
                .map(row -> new BarChart.Point(
                        format.department(row.department()),
                        value.apply(row),
                        value.apply(row) == null ? format.percent(null) : text.apply(value.apply(row))))
                .toList();
        var byValue = Comparator.comparing(value);
        var best = higherIsBetter
                ? measured.stream().max(byValue)
                : measured.stream().min(byValue);
        var worst = higherIsBetter
                ? measured.stream().min(byValue)
                : measured.stream().max(byValue);
        String title;
        if (measured.size() == 1) {
            var only = measured.get(0);
            title = message(
                    "disclosure.chart." + key + ".one",
                    format.department(only.department()),
                    text.apply(value.apply(only)));
        } else if (Objects.equals(value.apply(best.orElseThrow()), value.apply(worst.orElseThrow()))) {
            title = message("disclosure.chart." + key + ".same", text.apply(value.apply(best.get())));
        } else {
            title = message(
                    "disclosure.chart." + key + ".many",
                    format.department(best.get().department()),
                    text.apply(value.apply(best.get())),
                    format.department(worst.get().department()),
                    text.apply(value.apply(worst.get())));
        }
        double full = scale > 0
                ? scale
                : measured.stream().mapToDouble(value::apply).max().orElse(0);
        return BarChart.of(id, title, points, full);
    }

    private static void add(List<BarChart> charts, BarChart chart) {
        if (chart != null) {
            charts.add(chart);
        }
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, PageLocale.current());
    }
}
