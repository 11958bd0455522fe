package org.onewindow.disclosure.system;

import org.onewindow.platform.messaging.EventHandlers;

/**
 * A read model built from the case topics ({@code application.v1}, {@code review.v1}). They are fed
 * by one listener ({@link CaseEventsListener}), each under its own inbox name.
 */
public interface CaseReadModel {

    EventHandlers handlers();
}
