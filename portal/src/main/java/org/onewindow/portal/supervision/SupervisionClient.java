package org.onewindow.portal.supervision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.onewindow.portal.applications.ApiAnswers;
import org.onewindow.portal.disclosure.EvaluationSummary;
import org.onewindow.portal.disclosure.Statistics;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The supervisors' reads and actions through the gateway as the signed-in supervisor: review's
 * overview, case lists and calendar, disclosure's figures, complaints and rectifications. The
 * services refuse anyone else (403); what an answer means to a page is {@link ApiAnswers}'.
 */
@Component
class SupervisionClient {

    /** The largest page the worklists give: more due at once is a page of its own, not a dashboard. */
    static final int WORKLIST = 100;

    private final RestClient gateway;

    SupervisionClient(@Qualifier("userGateway") RestClient gateway) {
        this.gateway = gateway;
    }

    ReviewOverview overview() {
        return ApiAnswers.read(
                "supervision overview",
                gateway.get().uri("/api/review/supervision/overview?days=30"),
                ReviewOverview.class);
    }

    SupervisedCases cases(CaseFilter filter) {
        return ApiAnswers.read(
                "supervised cases",
                gateway.get().uri(uri -> {
                    uri.path("/api/review/supervision/cases")
                            .queryParam("page", filter.page())
                            .queryParam("size", CaseFilter.SIZE);
                    filter.query().forEach(uri::queryParam);
                    return uri.build();
                }),
                SupervisedCases.class);
    }

    /** The year so far, as the bureau's annual report counts it (disclosure's default period). */
    Statistics performance() {
        return ApiAnswers.read("statistics", gateway.get().uri("/api/disclosure/statistics"), Statistics.class);
    }

    /** Rectifications opened in the last year: those not yet reported are still due. */
    List<EvaluationSummary.Rectification> rectifications(LocalDate today) {
        var summary = ApiAnswers.read(
                "rectifications",
                gateway.get()
                        .uri(uri -> uri.path("/api/disclosure/evaluations")
                                .queryParam("from", today.minusYears(1))
                                .queryParam("to", today)
                                .queryParam("size", WORKLIST)
                                .build()),
                EvaluationSummary.class);
        return summary == null ? List.of() : summary.rectifications();
    }

    List<OpenComplaint> openComplaints() {
        var open = ApiAnswers.read(
                "open complaints",
                gateway.get()
                        .uri(uri -> uri.path("/api/disclosure/complaints")
                                .queryParam("answered", false)
                                .queryParam("size", WORKLIST)
                                .build()),
                OpenComplaint[].class);
        return open == null ? List.of() : Arrays.asList(open);
    }

    CalendarYear calendar(int year) {
        return ApiAnswers.read(
                "calendar " + year, gateway.get().uri("/api/review/calendar/{year}", year), CalendarYear.class);
    }

    /** Replaces the year; a 400 with every problem of the year comes back as an ApiRefusedException. */
    void saveCalendar(int year, CalendarYear.Input input) {
        ApiAnswers.read(
                "calendar " + year,
                gateway.put().uri("/api/review/calendar/{year}", year).body(input),
                null);
    }

    DeadLetters deadLetters(String service) {
        return ApiAnswers.read(
                service + " dead letters",
                gateway.get().uri("/api/{service}/dead-letters?page=0&size={size}", service, WORKLIST),
                DeadLetters.class);
    }

    void redrive(String service, long id) {
        ApiAnswers.read(
                service + " dead letter " + id,
                gateway.post().uri("/api/{service}/dead-letters/{id}/redrive", service, id),
                null);
    }

    List<ProvincialMessage> provincialMessages(String state, int page) {
        var found = ApiAnswers.read(
                "provincial messages",
                gateway.get().uri(uri -> {
                    uri.path("/api/applications/provincial/messages")
                            .queryParam("page", page)
                            .queryParam("size", WORKLIST);
                    if (state != null) {
                        uri.queryParam("state", state);
                    }
                    return uri.build();
                }),
                ProvincialMessage[].class);
        return found == null ? List.of() : Arrays.asList(found);
    }

    void resend(UUID messageId) {
        ApiAnswers.read(
                "provincial message " + messageId,
                gateway.post().uri("/api/applications/provincial/messages/{id}/resend", messageId),
                null);
    }
}
