package org.onewindow.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.application.Applicant;
import org.onewindow.contracts.application.ApplicationEvaluated;
import org.onewindow.contracts.application.ApplicationSubmitted;
import org.onewindow.contracts.application.ApplicationWithdrawn;
import org.onewindow.contracts.calendar.CalendarChanged;
import org.onewindow.contracts.review.CaseAccepted;
import org.onewindow.contracts.review.CaseCompleted;
import org.onewindow.contracts.review.CaseNotAccepted;
import org.onewindow.contracts.review.CaseOverdue;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.WithdrawalRefused;
import org.springframework.kafka.core.KafkaTemplate;

/** Sends the events the other services publish, as they publish them, for one test's cases. */
final class DisclosureEvents {

    private final KafkaTemplate<String, String> kafka;
    private final String item;
    private final String department;

    DisclosureEvents(KafkaTemplate<String, String> kafka, String item, String department) {
        this.kafka = kafka;
        this.item = item;
        this.department = department;
    }

    <P> EventEnvelope send(EventType<P> type, String key, P payload) throws Exception {
        var envelope = EventEnvelope.of(type, key, payload, OffsetDateTime.now());
        send(type, envelope);
        return envelope;
    }

    /** Sends an envelope as is: the same event id again is a redelivery. */
    void send(EventType<?> type, EventEnvelope envelope) throws Exception {
        kafka.send(type.topic(), envelope.key(), EventJson.write(envelope)).get();
    }

    void submitted(String caseNo, String applicantName) throws Exception {
        var now = OffsetDateTime.now();
        send(
                EventTypes.APPLICATION_SUBMITTED,
                caseNo,
                new ApplicationSubmitted(
                        caseNo,
                        UUID.randomUUID().toString(),
                        item,
                        1,
                        department,
                        "ONLINE",
                        new Applicant("NATURAL_PERSON", applicantName, "530102199003071238"),
                        "applicant",
                        now));
    }

    EventEnvelope accepted(String caseNo) throws Exception {
        return send(
                EventTypes.CASE_ACCEPTED,
                caseNo,
                new CaseAccepted(
                        caseNo,
                        "SL-" + caseNo,
                        LocalDate.now().plusDays(20),
                        List.of(),
                        null,
                        false,
                        OffsetDateTime.now()));
    }

    void notAccepted(String caseNo) throws Exception {
        send(
                EventTypes.CASE_NOT_ACCEPTED,
                caseNo,
                new CaseNotAccepted(caseNo, "BSL-" + caseNo, "不属于本机关职权范围", OffsetDateTime.now()));
    }

    void decided(String caseNo, String decision) throws Exception {
        send(EventTypes.DECISION_MADE, caseNo, new DecisionMade(caseNo, decision, "依法审查", OffsetDateTime.now()));
    }

    void completed(String caseNo, int workingDays, boolean onTime) throws Exception {
        send(
                EventTypes.CASE_COMPLETED,
                caseNo,
                new CaseCompleted(caseNo, "APPROVED", workingDays, onTime, OffsetDateTime.now()));
    }

    void overdue(String caseNo) throws Exception {
        send(
                EventTypes.CASE_OVERDUE,
                caseNo,
                new CaseOverdue(caseNo, department, LocalDate.now().minusDays(1), OffsetDateTime.now()));
    }

    EventEnvelope evaluated(String caseNo, int level, OffsetDateTime at) throws Exception {
        return send(
                EventTypes.APPLICATION_EVALUATED,
                caseNo,
                new ApplicationEvaluated(
                        caseNo,
                        UUID.randomUUID().toString(),
                        item,
                        department,
                        "ONLINE",
                        level,
                        "办事人员说了张三的电话13800001234",
                        at));
    }

    EventEnvelope withdrawn(String caseNo) throws Exception {
        return send(
                EventTypes.APPLICATION_WITHDRAWN,
                caseNo,
                new ApplicationWithdrawn(caseNo, UUID.randomUUID().toString(), "不再经营", OffsetDateTime.now()));
    }

    EventEnvelope withdrawalRefused(String caseNo) throws Exception {
        return send(
                EventTypes.WITHDRAWAL_REFUSED,
                caseNo,
                new WithdrawalRefused(caseNo, "DECIDED", "the case was decided first", OffsetDateTime.now()));
    }

    void calendar(List<LocalDate> holidays) throws Exception {
        var year = holidays.get(0).getYear();
        send(
                EventTypes.CALENDAR_CHANGED,
                String.valueOf(year),
                new CalendarChanged(year, holidays, List.of(), OffsetDateTime.now()));
    }
}
