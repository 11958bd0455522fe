package org.onewindow.portal.supervision;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onewindow.portal.disclosure.BarChart;
import org.onewindow.portal.disclosure.Statistics;
import org.onewindow.portal.publicapi.PageLocale;
import org.onewindow.portal.publicapi.PublicFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's charts, each titled with its finding (PORTAL.md) and each bar leading to the
 * cases it counts, in the page's language. The numbers stand again in a table beside each chart.
 */
@Component
class DashboardCharts {

    private final MessageSource messages;
    private final PublicFormat format;

    DashboardCharts(MessageSource messages, PublicFormat format) {
        this.messages = messages;
        this.format = format;
    }

    BarChart onTimeByDepartment(List<Statistics.DepartmentRow> rows) {
        var points = rows.stream()
                .map(row -> new BarChart.Point(
                        format.department(row.department()),
                        row.figures().onTimeRate(),
                        format.percent(row.figures().onTimeRate()),
                        cases("department", row.department())))
                .toList();
        return BarChart.of("chart-on-time-departments", rateTitle("departments", points), points, 1);
    }

    BarChart onTimeByItem(List<Statistics.ItemRow> rows) {
        var points = rows.stream()
                .map(row -> new BarChart.Point(
                        row.itemName(),
                        row.figures().onTimeRate(),
                        format.percent(row.figures().onTimeRate()),
                        cases("itemCode", row.itemCode())))
                .toList();
        return BarChart.of("chart-on-time-items", rateTitle("items", points), points, 1);
    }

    BarChart byStatus(List<ReviewOverview.StatusCount> counts) {
        var points = counts.stream()
                .map(count -> new BarChart.Point(
                        // a status review adds before this bundle knows it is shown as its code,
                        // not a 500 for the whole dashboard
                        messages.getMessage(
                                "supervision.status." + count.status(), null, count.status(), PageLocale.current()),
                        (double) count.count(),
                        message("supervision.count", count.count()),
                        cases("status", count.status())))
                .toList();
        long total =
                counts.stream().mapToLong(ReviewOverview.StatusCount::count).sum();
        return BarChart.of("chart-status", countTitle("status", total, points), points, largest(points));
    }

    BarChart perDay(List<ReviewOverview.DayCount> days) {
        var pattern = DateTimeFormatter.ofPattern(message("supervision.format.shortDay"), PageLocale.current());
        var points = days.stream()
                .map(day -> new BarChart.Point(
                        pattern.format(day.day()),
                        (double) day.count(),
                        message("supervision.count", day.count()),
                        cases("day", day.day().toString())))
                .toList();
        long total = days.stream().mapToLong(ReviewOverview.DayCount::count).sum();
        return BarChart.of("chart-per-day", countTitle("perDay", total, points), points, largest(points));
    }

    /** 好差评 by level, 非常满意 first; ratings are disclosure's, so the bars lead nowhere. */
    BarChart satisfaction(Statistics.Satisfaction satisfaction) {
        var points = new ArrayList<BarChart.Point>();
        for (int level = 5; level >= 1; level--) {
            long count = satisfaction == null ? 0 : satisfaction.atLevel(level);
            points.add(new BarChart.Point(
                    message("progress.rating.level." + level), (double) count, message("supervision.ratings", count)));
        }
        var title = satisfaction == null || satisfaction.evaluations() == 0
                ? message("supervision.chart.satisfaction.none")
                : message(
                        "supervision.chart.satisfaction.title",
                        format.percent(satisfaction.satisfactionRate()),
                        satisfaction.evaluations());
        return BarChart.of("chart-satisfaction", title, points, largest(points));
    }

    /** The best and the worst rate, or the one rate, or that nothing was completed yet. */
    private String rateTitle(String key, List<BarChart.Point> points) {
        var measured = points.stream().filter(p -> p.value() != null).toList();
        if (measured.isEmpty()) {
            return message("supervision.chart.onTime." + key + ".none");
        }
        var best = measured.stream()
                .max(Comparator.comparing(BarChart.Point::value))
                .orElseThrow();
        var worst = measured.stream()
                .min(Comparator.comparing(BarChart.Point::value))
                .orElseThrow();
        if (measured.size() == 1 || best.value().equals(worst.value())) {
            return message("supervision.chart.onTime." + key + ".one", best.label(), best.valueText());
        }
        return message(
                "supervision.chart.onTime." + key + ".many",
                best.label(),
                best.valueText(),
                worst.label(),
                worst.valueText());
    }

    /** How many in all, and where the most are. */
    private String countTitle(String key, long total, List<BarChart.Point> points) {
        if (total == 0) {
            return message("supervision.chart." + key + ".none");
        }
        var most =
                points.stream().max(Comparator.comparing(BarChart.Point::value)).orElseThrow();
        return message("supervision.chart." + key + ".title", total, most.label(), most.valueText());
    }

    private static double largest(List<BarChart.Point> points) {
        return points.stream()
                .mapToDouble(point -> point.value() == null ? 0 : point.value())
                .max()
                .orElse(0);
    }

    /** The list of the cases behind a bar. */
    static String cases(String parameter, String value) {
        return UriComponentsBuilder.fromPath(SupervisedCasesController.PATH)
                .queryParam(parameter, value)
                .encode()
                .build()
                .toUriString();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, PageLocale.current());
    }
}
