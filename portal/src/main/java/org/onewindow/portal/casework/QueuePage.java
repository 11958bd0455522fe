package org.onewindow.portal.casework;

import java.util.List;

/**
 * One page of the queue, {@value #SIZE} tasks: a counter's backlog can be thousands of cases, and
 * a list a clerk scrolls through (re-drawn every 15 s) is slower to read and to render than the
 * most urgent fifty with a way on.
 *
 * @param page from 0; a page past the end shows the last one
 */
public record QueuePage(List<Task> tasks, int page, int total) {

    static final int SIZE = 50;

    /** The page'th slice of the whole queue, most urgent first. */
    static QueuePage of(List<Task> all, int page) {
        int last = Math.max(0, (all.size() - 1) / SIZE);
        int shown = Math.min(Math.max(page, 0), last);
        int from = shown * SIZE;
        return new QueuePage(List.copyOf(all.subList(from, Math.min(from + SIZE, all.size()))), shown, all.size());
    }

    public int first() {
        return page * SIZE + 1;
    }

    public int lastShown() {
        return page * SIZE + tasks.size();
    }

    public boolean hasNext() {
        return lastShown() < total;
    }
}
