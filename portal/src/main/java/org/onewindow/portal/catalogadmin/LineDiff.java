package org.onewindow.portal.catalogadmin;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence): enough for a guide's texts and its form schema. */
final class LineDiff {

    private LineDiff() {}

    enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    record Line(Kind kind, String text) {}

    static List<Line> of(String before, String after) {
        var a = lines(before);
        var b = lines(after);
        var common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        var diff = new ArrayList<Line>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                diff.add(new Line(Kind.SAME, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                diff.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                diff.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            diff.add(new Line(Kind.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            diff.add(new Line(Kind.ADDED, b.get(j++)));
        }
        return diff;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\\R", -1));
    }
}
