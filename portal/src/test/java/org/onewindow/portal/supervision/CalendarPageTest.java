package org.onewindow.portal.supervision;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak.Person;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The working-day calendar editor: two lists of rows, saved whole; every problem at once, beside its field. */
class CalendarPageTest extends PortalTestSupport {

    private static final String API = "/api/review/calendar/2030";

    private static final String YEAR = """
            {"year":2030,
             "holidays":[{"date":"2030-10-01","note":"国庆节"},{"date":"2030-10-02","note":"国庆节"}],
             "adjustedWorkingDays":[{"date":"2030-09-29","note":"国庆节调休"}]}
            """;

    @Test
    void theYearsDaysAreEditableRowsWithEmptyOnesToAddMore() throws Exception {
        GATEWAY.stubFor(get(urlEqualTo(API)).willReturn(okJson(YEAR)));

        var page = page(mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision/calendar/2030")
                        .cookie(signInAs(Person.SUPERVISOR)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("2030年工作日历");
        assertThat(page.selectFirst("#holidays-0-date").attr("value")).isEqualTo("2030-10-01");
        assertThat(page.selectFirst("#holidays-0-date").attr("name")).isEqualTo("holidays[0].date");
        assertThat(page.selectFirst("#holidays-1-note").attr("value")).isEqualTo("国庆节");
        assertThat(page.select("#holidays input[type=date]")).hasSize(2 + 3);
        assertThat(page.select("#adjustedWorkingDays input[type=date]")).hasSize(1 + 3);
        assertThat(page.selectFirst("label[for=adjustedWorkingDays-0-date]").text())
                .isEqualTo("调休上班日第1行：日期");
        assertThat(page.selectFirst("form.calendar-form input[name=_csrf]")).isNotNull();
    }

    @Test
    void aSavedYearIsPutWholeWithoutTheEmptyRowsAndConfirmed() throws Exception {
        GATEWAY.stubFor(put(urlEqualTo(API)).willReturn(okJson(YEAR)));
        GATEWAY.stubFor(get(urlEqualTo(API)).willReturn(okJson(YEAR)));
        var session = signInAs(Person.SUPERVISOR);

        var saved = mvc.perform(post("/workbench/supervision/calendar/2030")
                        .param("holidays[0].date", "2030-10-01")
                        .param("holidays[0].note", "国庆节")
                        .param("holidays[1].date", "")
                        .param("holidays[1].note", "")
                        .param("holidays[2].date", "2030-10-02")
                        .param("holidays[2].note", "国庆节")
                        .param("adjustedWorkingDays[0].date", "2030-09-29")
                        .param("adjustedWorkingDays[0].note", "国庆节调休")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/workbench/supervision/calendar/2030");
        GATEWAY.verify(putRequestedFor(urlEqualTo(API)).withRequestBody(equalToJson("""
                {"holidays":[{"date":"2030-10-01","note":"国庆节"},{"date":"2030-10-02","note":"国庆节"}],
                 "adjustedWorkingDays":[{"date":"2030-09-29","note":"国庆节调休"}]}
                """)));
        var page = page(mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision/calendar/2030")
                        .cookie(session)
                        .flashAttr("saved", true))
                .andReturn());
        assertThat(page.selectFirst(".saved-panel").text()).isEqualTo("已保存2030年工作日历，办理期限从现在起按新日历计算。");
    }

    @Test
    void everyProblemIsShownAtOnceInTheSummaryAndBesideItsRow() throws Exception {
        // the API numbers the rows it was sent: the empty row 1 was not sent, so its [1] is the page's row 2
        GATEWAY.stubFor(put(urlEqualTo(API))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"urn:onewindow:problem:validation","status":400,"detail":"invalid",
                                 "errors":[{"field":"holidays[1].date","code":"outside-year","message":"x"},
                                           {"field":"holidays[1].note","code":"NotBlank","message":"x"},
                                           {"field":"adjustedWorkingDays[0].date","code":"not-a-weekend","message":"x"}]}
                                """)));

        var page = page(mvc.perform(post("/workbench/supervision/calendar/2030")
                        .param("holidays[0].date", "2030-10-01")
                        .param("holidays[0].note", "国庆节")
                        .param("holidays[1].date", "")
                        .param("holidays[1].note", "")
                        .param("holidays[2].date", "2031-10-02")
                        .param("holidays[2].note", "")
                        .param("adjustedWorkingDays[0].date", "2030-10-08")
                        .param("adjustedWorkingDays[0].note", "调休")
                        .cookie(signInAs(Person.SUPERVISOR))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#holidays-2-date", "#holidays-2-note", "#adjustedWorkingDays-0-date");
        assertThat(page.selectFirst("#holidays-2-date-error").text()).isEqualTo("这一天不在2030年内。请填写2030年的日期。");
        assertThat(page.selectFirst("#holidays-2-note-error").text()).isEqualTo("请填写说明，例如“国庆节”。");
        assertThat(page.selectFirst("#adjustedWorkingDays-0-date-error").text()).startsWith("调休上班日只能是星期六或星期日");
        assertThat(page.selectFirst("#holidays-2-date").attr("value"))
                .as("shown as typed")
                .isEqualTo("2031-10-02");
        assertThat(page.selectFirst("#holidays-2-date").attr("aria-describedby"))
                .isEqualTo("holidays-2-date-error");
        assertThat(page.selectFirst("#holidays-0-date").hasClass("is-invalid")).isFalse();
    }

    @Test
    void aDateThatCannotBeReadIsNotSent() throws Exception {
        var page = page(mvc.perform(post("/workbench/supervision/calendar/2030")
                        .param("holidays[0].date", "10月1日")
                        .param("holidays[0].note", "国庆节")
                        .param("holidays[1].date", "")
                        .param("holidays[1].note", "国庆节")
                        .cookie(signInAs(Person.SUPERVISOR))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#holidays-0-date", "#holidays-1-date");
        assertThat(page.selectFirst("#holidays-0-date-error").text()).isEqualTo("请按“2030-10-01”的格式填写日期。");
        GATEWAY.verify(0, putRequestedFor(urlEqualTo(API)));
    }
}
