package org.onewindow.contracts;

import java.util.List;
import java.util.Optional;
import org.onewindow.contracts.application.ApplicationEvaluated;
import org.onewindow.contracts.application.ApplicationResubmitted;
import org.onewindow.contracts.application.ApplicationResubmittedV1;
import org.onewindow.contracts.application.ApplicationSubmitted;
import org.onewindow.contracts.application.ApplicationSubmittedV1;
import org.onewindow.contracts.application.ApplicationWithdrawn;
import org.onewindow.contracts.application.GapMaterialProvided;
import org.onewindow.contracts.calendar.CalendarChanged;
import org.onewindow.contracts.catalog.ItemPublished;
import org.onewindow.contracts.catalog.ItemRetired;
import org.onewindow.contracts.disclosure.RectificationReported;
import org.onewindow.contracts.review.CaseAccepted;
import org.onewindow.contracts.review.CaseCompleted;
import org.onewindow.contracts.review.CaseExtended;
import org.onewindow.contracts.review.CaseNotAccepted;
import org.onewindow.contracts.review.CaseOverdue;
import org.onewindow.contracts.review.CertificateIssued;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.GapClosed;
import org.onewindow.contracts.review.OpinionRecorded;
import org.onewindow.contracts.review.SpecialProcedureEnded;
import org.onewindow.contracts.review.SpecialProcedureStarted;
import org.onewindow.contracts.review.SupplementReceived;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.WithdrawalRefused;

/** Every event type OneWindow publishes, with its topic. */
public final class EventTypes {

    public static final EventType<ItemPublished> ITEM_PUBLISHED =
            new EventType<>("ItemPublished", 1, Topics.CATALOG_ITEM, ItemPublished.class);

    public static final EventType<ItemRetired> ITEM_RETIRED =
            new EventType<>("ItemRetired", 1, Topics.CATALOG_ITEM, ItemRetired.class);

    public static final EventType<ApplicationSubmitted> APPLICATION_SUBMITTED =
            new EventType<>("ApplicationSubmitted", 2, Topics.APPLICATION, ApplicationSubmitted.class);
    /** Still read from the topic (and dead letters), never published again: it carried personal data. */
    public static final EventType<ApplicationSubmittedV1> APPLICATION_SUBMITTED_V1 =
            new EventType<>("ApplicationSubmitted", 1, Topics.APPLICATION, ApplicationSubmittedV1.class);

    public static final EventType<ApplicationResubmitted> APPLICATION_RESUBMITTED =
            new EventType<>("ApplicationResubmitted", 2, Topics.APPLICATION, ApplicationResubmitted.class);
    /** Still read from the topic, never published again: it carried the whole form. */
    public static final EventType<ApplicationResubmittedV1> APPLICATION_RESUBMITTED_V1 =
            new EventType<>("ApplicationResubmitted", 1, Topics.APPLICATION, ApplicationResubmittedV1.class);

    public static final EventType<ApplicationWithdrawn> APPLICATION_WITHDRAWN =
            new EventType<>("ApplicationWithdrawn", 1, Topics.APPLICATION, ApplicationWithdrawn.class);
    public static final EventType<ApplicationEvaluated> APPLICATION_EVALUATED =
            new EventType<>("ApplicationEvaluated", 1, Topics.APPLICATION, ApplicationEvaluated.class);
    public static final EventType<GapMaterialProvided> GAP_MATERIAL_PROVIDED =
            new EventType<>("GapMaterialProvided", 1, Topics.APPLICATION, GapMaterialProvided.class);

    public static final EventType<CaseAccepted> CASE_ACCEPTED =
            new EventType<>("CaseAccepted", 1, Topics.REVIEW, CaseAccepted.class);
    public static final EventType<CaseNotAccepted> CASE_NOT_ACCEPTED =
            new EventType<>("CaseNotAccepted", 1, Topics.REVIEW, CaseNotAccepted.class);
    public static final EventType<SupplementRequested> SUPPLEMENT_REQUESTED =
            new EventType<>("SupplementRequested", 1, Topics.REVIEW, SupplementRequested.class);
    public static final EventType<SupplementReceived> SUPPLEMENT_RECEIVED =
            new EventType<>("SupplementReceived", 1, Topics.REVIEW, SupplementReceived.class);
    public static final EventType<WithdrawalRefused> WITHDRAWAL_REFUSED =
            new EventType<>("WithdrawalRefused", 1, Topics.REVIEW, WithdrawalRefused.class);
    public static final EventType<GapClosed> GAP_CLOSED =
            new EventType<>("GapClosed", 1, Topics.REVIEW, GapClosed.class);
    public static final EventType<OpinionRecorded> OPINION_RECORDED =
            new EventType<>("OpinionRecorded", 1, Topics.REVIEW, OpinionRecorded.class);
    public static final EventType<DecisionMade> DECISION_MADE =
            new EventType<>("DecisionMade", 1, Topics.REVIEW, DecisionMade.class);
    public static final EventType<CertificateIssued> CERTIFICATE_ISSUED =
            new EventType<>("CertificateIssued", 1, Topics.REVIEW, CertificateIssued.class);
    public static final EventType<CaseCompleted> CASE_COMPLETED =
            new EventType<>("CaseCompleted", 1, Topics.REVIEW, CaseCompleted.class);
    public static final EventType<DeadlineWarning> DEADLINE_WARNING =
            new EventType<>("DeadlineWarning", 1, Topics.REVIEW, DeadlineWarning.class);
    public static final EventType<CaseOverdue> CASE_OVERDUE =
            new EventType<>("CaseOverdue", 1, Topics.REVIEW, CaseOverdue.class);
    public static final EventType<CaseExtended> CASE_EXTENDED =
            new EventType<>("CaseExtended", 1, Topics.REVIEW, CaseExtended.class);
    public static final EventType<SpecialProcedureStarted> SPECIAL_PROCEDURE_STARTED =
            new EventType<>("SpecialProcedureStarted", 1, Topics.REVIEW, SpecialProcedureStarted.class);
    public static final EventType<SpecialProcedureEnded> SPECIAL_PROCEDURE_ENDED =
            new EventType<>("SpecialProcedureEnded", 1, Topics.REVIEW, SpecialProcedureEnded.class);

    public static final EventType<CalendarChanged> CALENDAR_CHANGED =
            new EventType<>("CalendarChanged", 1, Topics.CALENDAR, CalendarChanged.class);

    public static final EventType<RectificationReported> RECTIFICATION_REPORTED =
            new EventType<>("RectificationReported", 1, Topics.DISCLOSURE, RectificationReported.class);

    private static final List<EventType<?>> ALL = List.of(
            ITEM_PUBLISHED,
            ITEM_RETIRED,
            APPLICATION_SUBMITTED,
            APPLICATION_SUBMITTED_V1,
            APPLICATION_RESUBMITTED,
            APPLICATION_RESUBMITTED_V1,
            APPLICATION_WITHDRAWN,
            APPLICATION_EVALUATED,
            GAP_MATERIAL_PROVIDED,
            CASE_ACCEPTED,
            CASE_NOT_ACCEPTED,
            SUPPLEMENT_REQUESTED,
            SUPPLEMENT_RECEIVED,
            WITHDRAWAL_REFUSED,
            GAP_CLOSED,
            OPINION_RECORDED,
            DECISION_MADE,
            CERTIFICATE_ISSUED,
            CASE_COMPLETED,
            DEADLINE_WARNING,
            CASE_OVERDUE,
            CASE_EXTENDED,
            SPECIAL_PROCEDURE_STARTED,
            SPECIAL_PROCEDURE_ENDED,
            CALENDAR_CHANGED,
            RECTIFICATION_REPORTED);

    private EventTypes() {}

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> find(String name, int version) {
        return ALL.stream()
                .filter(t -> t.name().equals(name) && t.version() == version)
                .findFirst();
    }
}
