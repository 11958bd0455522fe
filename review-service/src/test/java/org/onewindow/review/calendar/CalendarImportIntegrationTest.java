package org.onewindow.review.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.onewindow.review.ReviewServiceApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A fresh database gets the shipped 2026 calendar on start; supervisors' edits survive a restart. */
@SpringBootTest(classes = ReviewServiceApplication.class)
@AutoConfigureMockMvc
class CalendarImportIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "review_calendar_import_test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Calendars calendars;

    @Autowired
    CalendarImport calendarImport;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficial2026CalendarIsImportedOnFirstStartAndAnnouncedAndAnEditOutlivesARestart() throws Exception {
        var supervisor = Tokens.staff("supervisor", "supervisor", "bureau");

        // imported on start, as a PUT would have set it
        mvc.perform(get("/api/review/calendar/2026").with(supervisor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holidays.length()").value(33))
                .andExpect(
                        jsonPath("$.holidays[?(@.date == '2026-02-17')].note").value("春节（国办发明电〔2025〕7号）"))
                .andExpect(jsonPath("$.adjustedWorkingDays.length()").value(6))
                .andExpect(jsonPath("$.adjustedWorkingDays[?(@.date == '2026-02-14')].note")
                        .value("春节调休上班（国办发明电〔2025〕7号）"));
        assertThat(calendars.current().isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(calendars.current().isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        // and announced, so that the other services count the same working days
        var announced = InfrastructureSupport.readUntil(
                        Topics.CALENDAR,
                        Duration.ofSeconds(30),
                        seen -> seen.stream().anyMatch(r -> "2026".equals(r.key())))
                .stream()
                .filter(r -> "2026".equals(r.key()))
                .map(r -> EventJson.read(r.value()).payloadAs(EventTypes.CALENDAR_CHANGED))
                .toList();
        assertThat(announced).isNotEmpty();
        assertThat(announced.get(0).holidays()).hasSize(33).contains(LocalDate.of(2026, 10, 7));
        assertThat(announced.get(0).adjustedWorkingDays()).contains(LocalDate.of(2026, 2, 28));

        // a supervisor's edit: the bureau works on 7 October after all
        var edited = """
                {"holidays": [{"date": "2026-10-01", "note": "国庆节"}, {"date": "2026-10-02", "note": "国庆节"}],
                 "adjustedWorkingDays": [{"date": "2026-10-10", "note": "国庆节调休上班"}]}
                """;
        mvc.perform(put("/api/review/calendar/2026")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edited))
                .andExpect(status().isOk());

        // what a restart runs again
        assertThat(calendarImport.importShipped()).isEmpty();
        calendarImport.run(null);

        mvc.perform(get("/api/review/calendar/2026").with(supervisor))
                .andExpect(jsonPath("$.holidays.length()").value(2))
                .andExpect(jsonPath("$.adjustedWorkingDays.length()").value(1));
        assertThat(calendars.current().isWorkingDay(LocalDate.of(2026, 10, 7))).isTrue();
        assertThat(jdbc.sql("select updated_by from calendar_year where year = 2026")
                        .query(String.class)
                        .single())
                .isEqualTo("supervisor");
    }

    @Test
    void aYearASupervisorEmptiedIsNotImportedAgain() throws Exception {
        var supervisor = Tokens.staff("supervisor", "supervisor", "bureau");
        forgetTheYear();
        // a fresh start imports it ...
        assertThat(calendarImport.importShipped()).containsExactly(2026);

        // ... a supervisor then clears the year on purpose, and it stays clear
        mvc.perform(put("/api/review/calendar/2026")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"holidays\": [], \"adjustedWorkingDays\": []}"))
                .andExpect(status().isOk());
        assertThat(calendarImport.importShipped()).isEmpty();
        mvc.perform(get("/api/review/calendar/2026").with(supervisor))
                .andExpect(jsonPath("$.holidays").isEmpty());

        // back to a fresh start's state, whichever test runs next
        forgetTheYear();
        calendarImport.importShipped();
    }

    private void forgetTheYear() {
        jdbc.sql("delete from calendar_year where year = 2026").update();
        jdbc.sql("delete from calendar_day where extract(year from day) = 2026").update();
    }
}
