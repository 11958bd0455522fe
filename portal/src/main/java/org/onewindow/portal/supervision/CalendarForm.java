package org.onewindow.portal.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar editor's two lists as typed, a row per day, with a few empty rows to add days
 * without script. A row left empty is no day; a row emptied removes its day.
 */
public class CalendarForm {

    static final int EMPTY_ROWS = 3;
    static final List<String> LISTS = List.of("holidays", "adjustedWorkingDays");

    private List<Row> holidays = new ArrayList<>();
    private List<Row> adjustedWorkingDays = new ArrayList<>();

    /** One day as typed; the date as text, so that a wrong one is shown back as it was. */
    public static class Row {

        private String date;
        private String note;

        public Row() {}

        Row(String date, String note) {
            this.date = date;
            this.note = note;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        boolean isEmpty() {
            return blank(date) && blank(note);
        }
    }

    /** A day the API will be sent, and the row it came from (for problems beside the field). */
    record Entry(String list, int row, CalendarYear.Day day) {}

    /** The year as saved, and a few empty rows under each list to add days. */
    static CalendarForm of(CalendarYear year) {
        var form = new CalendarForm();
        year.holidays().forEach(day -> form.holidays.add(new Row(day.date().toString(), day.note())));
        year.adjustedWorkingDays()
                .forEach(day -> form.adjustedWorkingDays.add(new Row(day.date().toString(), day.note())));
        for (int i = 0; i < EMPTY_ROWS; i++) {
            form.holidays.add(new Row());
            form.adjustedWorkingDays.add(new Row());
        }
        return form;
    }

    public List<Row> rows(String list) {
        return "holidays".equals(list) ? holidays : adjustedWorkingDays;
    }

    /**
     * The days of one list, in the order of the rows, each with its row; a row whose date is
     * missing or unreadable cannot be sent: it is reported to {@code problems} and left out.
     */
    List<Entry> entries(String list, CalendarProblems problems) {
        var entries = new ArrayList<Entry>();
        var rows = rows(list);
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row == null || row.isEmpty()) {
                continue;
            }
            LocalDate date = null;
            if (blank(row.date)) {
                problems.add(list, i, "date", "dateMissing");
            } else {
                try {
                    date = LocalDate.parse(row.date.strip());
                } catch (DateTimeParseException e) {
                    problems.add(list, i, "date", "date");
                }
            }
            // a missing note is the API's to find, with every other problem of the year at once
            if (date != null) {
                entries.add(new Entry(list, i, new CalendarYear.Day(date, blank(row.note) ? "" : row.note.strip())));
            }
        }
        return entries;
    }

    public List<Row> getHolidays() {
        return holidays;
    }

    public void setHolidays(List<Row> holidays) {
        this.holidays = holidays;
    }

    public List<Row> getAdjustedWorkingDays() {
        return adjustedWorkingDays;
    }

    public void setAdjustedWorkingDays(List<Row> adjustedWorkingDays) {
        this.adjustedWorkingDays = adjustedWorkingDays;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
