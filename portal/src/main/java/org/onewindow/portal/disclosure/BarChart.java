package org.onewindow.portal.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as inline SVG: no chart library, no script, nothing
 * the CSP refuses (geometry is in attributes, colour in portal.css). Each row has its label and
 * its value as text, so the colour carries no meaning of its own, and the numbers stand in a table
 * beside it too. A bar may link to what it counts (the supervisors' dashboard opens the cases
 * behind it).
 *
 * @param id the chart's id in the page (its heading is {@code <id>-title})
 * @param title the finding, stated (PORTAL.md: 出版管理处按时办结率 96%)
 * @param width the drawing's width in user units; the page scales it to the column
 */
public record BarChart(String id, String title, List<Bar> bars, int width, int height) {

    static final int WIDTH = 360;
    static final int ROW = 48;
    static final int BAR_HEIGHT = 16;

    /**
     * One row: the label and the value above a bar of {@code barWidth} on a full-width track.
     *
     * @param barWidth 0 for nothing to show (a rate over no cases)
     * @param href where the bar leads, or null
     */
    public record Bar(String label, String value, int textY, int barY, double barWidth, String href) {}

    /** A row's data: {@code value} null when there is nothing to measure; {@code href} null for no link. */
    public record Point(String label, Double value, String valueText, String href) {

        public Point(String label, Double value, String valueText) {
            this(label, value, valueText, null);
        }
    }

    /**
     * @param scale the value of a full-width bar: 1 for rates (so a bar reads against 100%), the
     *     largest value for counts and days
     */
    public static BarChart of(String id, String title, List<Point> points, double scale) {
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < points.size(); i++) {
            var point = points.get(i);
            double width = point.value() == null || scale <= 0
                    ? 0
                    : Math.max(point.value() > 0 ? 2 : 0, Math.min(1, point.value() / scale) * WIDTH);
            bars.add(new Bar(
                    point.label(),
                    point.valueText(),
                    i * ROW + 18,
                    i * ROW + 26,
                    Math.round(width * 10) / 10.0,
                    point.href()));
        }
        return new BarChart(id, title, List.copyOf(bars), WIDTH, Math.max(ROW, points.size() * ROW));
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public String titleId() {
        return id + "-title";
    }
}
