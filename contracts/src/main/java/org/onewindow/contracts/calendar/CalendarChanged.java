package org.onewindow.contracts.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A supervisor replaced a year of the bureau's working-day calendar. The whole year travels, so
 * a reader keeps the latest event per year and needs nothing else.
 *
 * @param holidays public holidays falling on weekdays or weekends
 * @param adjustedWorkingDays weekend days that are working days (调休)
 */
public record CalendarChanged(
        int year, List<LocalDate> holidays, List<LocalDate> adjustedWorkingDays, OffsetDateTime changedAt) {}
