package org.onewindow.platform.messaging;

import java.util.List;

/** A page of dead letters, newest first. */
public record DeadLetterPage(List<DeadLetter> items, int page, int size, long total) {

    public DeadLetterPage {
        items = List.copyOf(items);
    }
}
