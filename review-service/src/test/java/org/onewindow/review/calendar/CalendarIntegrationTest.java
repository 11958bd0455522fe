package org.onewindow.review.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Supervisors keep the year's days off and adjusted working days; deadlines follow at once. Dates are test data. */
@SpringBootTest(classes = ReviewServiceApplication.class)
@AutoConfigureMockMvc
class CalendarIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "review_calendar_test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Calendars calendars;

    @Test
    void aSupervisorReplacesAYearAndDeadlinesFollow() throws Exception {
        var supervisor = Tokens.staff("supervisor", "supervisor", "bureau");
        var body = """
                {"holidays": [{"date": "2030-05-01", "note": "test holiday"}, {"date": "2030-05-02", "note": "test holiday"}],
                 "adjustedWorkingDays": [{"date": "2030-05-04", "note": "test working Saturday"}]}
                """;
        mvc.perform(put("/api/review/calendar/2030")
                        .with(Tokens.staff("clerk", "clerk", "service-hall"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/review/calendar/2030")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holidays.length()").value(2));
        mvc.perform(get("/api/review/calendar/2030").with(supervisor))
                .andExpect(jsonPath("$.adjustedWorkingDays[0].date").value("2030-05-04"));

        var calendar = calendars.current();
        // Tue 2030-04-30: Wed 1 and Thu 2 off, Fri 3 and Sat 4 worked
        assertThat(calendar.plusWorkingDays(LocalDate.of(2030, 4, 30), 2)).isEqualTo(LocalDate.of(2030, 5, 4));
        assertThat(Deadlines.deadline(calendar, LocalDate.of(2030, 4, 30), 3, 0, 0))
                .isEqualTo(LocalDate.of(2030, 5, 6));

        // the whole year leaves as one event, for the services that count working days themselves
        var published = InfrastructureSupport.readUntil(
                        Topics.CALENDAR,
                        Duration.ofSeconds(30),
                        seen -> seen.stream().anyMatch(r -> "2030".equals(r.key())))
                .stream()
                .filter(r -> "2030".equals(r.key()))
                .map(r -> EventJson.read(r.value()).payloadAs(EventTypes.CALENDAR_CHANGED))
                .toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).holidays()).containsExactly(LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 2));
        assertThat(published.get(0).adjustedWorkingDays()).containsExactly(LocalDate.of(2030, 5, 4));
    }

    @Test
    void everyProblemOfABadYearIsReportedAndNothingChanges() throws Exception {
        var supervisor = Tokens.staff("supervisor", "supervisor", "bureau");
        mvc.perform(put("/api/review/calendar/2031")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"holidays": [{"date": "2032-01-01", "note": "x"}, {"date": "2031-10-01", "note": "x"}],
                                 "adjustedWorkingDays": [{"date": "2031-10-01", "note": "x"}, {"date": "2031-10-08", "note": "x"}]}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(hasItems("outside-year", "duplicate", "not-a-weekend")));
        mvc.perform(get("/api/review/calendar/2031").with(supervisor))
                .andExpect(jsonPath("$.holidays").isEmpty());
    }
}
