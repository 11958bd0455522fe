package org.onewindow.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Issue 16's goals, each beside the figure this run measured for it, so that one run says which
 * hold. A goal the run cannot measure says where its figure comes from instead.
 */
final class Goals {

    private final List<String> lines = new ArrayList<>();

    void atMost(String goal, double measured, double limit, String unit) {
        add(goal, "≤ " + number(limit) + unit, number(measured) + unit, measured <= limit);
    }

    void atLeast(String goal, double measured, double limit, String unit) {
        add(goal, "≥ " + number(limit) + unit, number(measured) + unit, measured >= limit);
    }

    void measuredElsewhere(String goal, String target, String where) {
        lines.add(String.format("  %-58s %-12s %s", goal, target, where));
    }

    List<String> lines() {
        var all = new ArrayList<String>();
        all.add("goals (issue 16), this run:");
        all.addAll(lines);
        return all;
    }

    private void add(String goal, String target, String measured, boolean holds) {
        // NaN (nothing measured) compares false: it never reads as a goal met
        lines.add(String.format("  %-58s %-12s %-12s %s", goal, target, measured, holds ? "holds" : "NOT YET"));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : value >= 100 ? String.format("%.0f", value) : String.format("%.2f", value);
    }
}
