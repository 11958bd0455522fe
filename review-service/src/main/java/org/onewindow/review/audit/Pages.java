package org.onewindow.review.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * A list cut into pages of at most {@link #SIZE}: what the audit jobs read and write a statement
 * at a time, instead of a statement per case (issue 16).
 */
final class Pages {

    /** Cases a statement: far below PostgreSQL's 65,535 bind parameters, even at four a row. */
    static final int SIZE = 500;

    private Pages() {}

    static <T> List<List<T>> of(List<T> all) {
        var pages = new ArrayList<List<T>>();
        for (int from = 0; from < all.size(); from += SIZE) {
            pages.add(all.subList(from, Math.min(from + SIZE, all.size())));
        }
        return pages;
    }
}
