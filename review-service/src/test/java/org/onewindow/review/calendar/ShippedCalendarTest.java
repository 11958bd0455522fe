package org.onewindow.review.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.calendar.WorkingCalendar;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2026 calendar shipped from the State Council General Office's notice (国办发明电〔2025〕7号):
 * the dates are checked here against the notice's own sentences, which the file quotes.
 */
class ShippedCalendarTest {

    // as strict as the service's own mapper: a misspelt field fails
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

    static ShippedCalendar shipped2026() {
        return CalendarImport.shipped(JSON).stream()
                .filter(c -> c.year() == 2026)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSpringFestivalIsNineDaysOffWithTwoSaturdaysWorked() {
        var spring = shipped2026().festivals().stream()
                .filter(f -> f.name().equals("春节"))
                .findFirst()
                .orElseThrow();

        assertThat(spring.holidays())
                .containsExactly(
                        LocalDate.of(2026, 2, 15),
                        LocalDate.of(2026, 2, 16),
                        LocalDate.of(2026, 2, 17),
                        LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 2, 19),
                        LocalDate.of(2026, 2, 20),
                        LocalDate.of(2026, 2, 21),
                        LocalDate.of(2026, 2, 22),
                        LocalDate.of(2026, 2, 23));
        assertThat(spring.adjustedWorkingDays()).containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));

        var calendar = new WorkingCalendar(
                new HashSet<>(shipped2026().calendar().holidays().stream()
                        .map(Calendars.Day::date)
                        .toList()),
                new HashSet<>(shipped2026().calendar().adjustedWorkingDays().stream()
                        .map(Calendars.Day::date)
                        .toList()));
        // Fri 13 Feb, then Saturday 14 is worked; Monday 23 is still off; Tuesday 24 back
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
    }

    @Test
    void theYearHasTheNoticesSevenFestivalsThirtyThreeDaysOffAndSixWorkedWeekendDays() {
        var shipped = shipped2026();

        assertThat(shipped.notice().documentNumber()).isEqualTo("国办发明电〔2025〕7号");
        assertThat(shipped.notice().issuedOn()).isEqualTo(LocalDate.of(2025, 11, 4));
        assertThat(shipped.festivals())
                .extracting(ShippedCalendar.Festival::name)
                .containsExactly("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
        assertThat(shipped.calendar().holidays()).hasSize(33);
        assertThat(shipped.calendar().adjustedWorkingDays())
                .extracting(Calendars.Day::date)
                .containsExactly(
                        LocalDate.of(2026, 1, 4),
                        LocalDate.of(2026, 2, 14),
                        LocalDate.of(2026, 2, 28),
                        LocalDate.of(2026, 5, 9),
                        LocalDate.of(2026, 9, 20),
                        LocalDate.of(2026, 10, 10));
        assertThat(CalendarRules.problems(shipped.calendar())).isEmpty();
    }

    @Test
    void everyFestivalsDatesAgreeWithTheSentenceQuotedFromTheNotice() {
        var total = Pattern.compile("共(\\d+)天");
        for (var festival : shipped2026().festivals()) {
            var sentence = festival.notice();
            var days = total.matcher(sentence);
            assertThat(days.find()).as(sentence).isTrue();
            assertThat(festival.holidays()).as(sentence).hasSize(Integer.parseInt(days.group(1)));
            // consecutive, from the first day the notice names, which it gives with its weekday
            var first = festival.holidays().get(0);
            var last = festival.holidays().get(festival.holidays().size() - 1);
            assertThat(last).isEqualTo(first.plusDays(festival.holidays().size() - 1));
            assertThat(sentence).contains(monthDay(first)).contains(weekday(first));
            assertThat(sentence).contains(last.getDayOfMonth() + "日").contains(weekday(last));
            // each worked weekend day is named, with its weekday, before "上班"
            var worked =
                    sentence.contains("上班") ? sentence.substring(sentence.lastIndexOf("。", sentence.length() - 2)) : "";
            assertThat(festival.adjustedWorkingDays())
                    .as(sentence)
                    .allSatisfy(d -> assertThat(worked).contains(monthDay(d) + "（" + weekday(d)));
            assertThat(festival.adjustedWorkingDays()).hasSize(count(worked, "日（周"));
        }
    }

    private static String monthDay(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** e.g. "周四": the notice's wording. */
    private static String weekday(LocalDate date) {
        return "周" + WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    }

    private static int count(String text, String part) {
        return (int)
                Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
