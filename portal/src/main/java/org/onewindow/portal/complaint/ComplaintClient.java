package org.onewindow.portal.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.onewindow.portal.publicapi.Answer;
import org.onewindow.portal.publicapi.PublicApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** 投诉举报 through disclosure-service: filing without a token, and following a ticket with its code. */
@Component
class ComplaintClient {

    private final PublicApi api;

    ComplaintClient(PublicApi api) {
        this.api = api;
    }

    /** 201 with the ticket and its code; 400 with every field problem; 429 from the gateway's filing limit. */
    Answer<Filed> file(NewComplaint complaint) {
        return api.post(
                "complaint filing",
                uri -> uri.path("/api/disclosure/complaints").build(),
                complaint,
                new ParameterizedTypeReference<>() {});
    }

    /** 404 alike for an unknown ticket and a wrong code. */
    Answer<Status> status(String ticket, String code) {
        return api.get(
                "complaint lookup",
                uri -> uri.path("/api/disclosure/complaints/{ticket}")
                        .queryParam("code", "{code}")
                        .build(Map.of("ticket", ticket, "code", code)),
                new ParameterizedTypeReference<>() {});
    }

    /** The API's ComplaintInput. */
    record NewComplaint(
            String kind, String subject, String content, String department, String caseNo, Contact contact) {}

    record Contact(String name, String phone) {}

    /** What comes back once: the ticket, the code that opens it, and by when it is answered (10 working days). */
    record Filed(String ticket, String queryCode, OffsetDateTime filedAt, LocalDate answerDue) {}

    /** The API's ComplaintStatus: never the contact. */
    record Status(
            String ticket,
            String kind,
            String subject,
            String content,
            String department,
            String caseNo,
            OffsetDateTime filedAt,
            LocalDate answerDue,
            boolean answered,
            boolean overdue,
            String answer,
            OffsetDateTime answeredAt,
            boolean published) {}
}
