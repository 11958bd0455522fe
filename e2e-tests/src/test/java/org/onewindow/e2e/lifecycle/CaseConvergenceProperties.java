package org.onewindow.e2e.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.onewindow.application.application.ApplicationLifecycle;
import org.onewindow.application.application.ApplicationLifecycle.Action;
import org.onewindow.application.application.ApplicationStatus;
import org.onewindow.application.provincial.ExchangeCodes;
import org.onewindow.contracts.review.CaseAccepted;
import org.onewindow.contracts.review.CaseCompleted;
import org.onewindow.contracts.review.CaseExtended;
import org.onewindow.contracts.review.CaseNotAccepted;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.GapClosed;
import org.onewindow.contracts.review.OpinionRecorded;
import org.onewindow.contracts.review.SpecialProcedureEnded;
import org.onewindow.contracts.review.SpecialProcedureStarted;
import org.onewindow.contracts.review.SupplementReceived;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.WithdrawalRefused;
import org.onewindow.platform.calendar.WorkingCalendar;
import org.onewindow.review.casefile.CaseLifecycle;
import org.onewindow.review.casefile.CaseLifecycle.Moment;
import org.onewindow.review.casefile.CaseState;
import org.onewindow.review.casefile.CaseStatus;
import org.onewindow.review.casefile.Effect;
import org.onewindow.review.casefile.Outcome;

/**
 * The application's and the review case's state machines, driven together by random sequences of
 * what the applicant, the clerk, the reviewers, the approver and the deadline sweep do, with the
 * two topics between them delivered in per-case order (as Kafka does), late, and twice. Whatever
 * the sequence, once every event is delivered both sides stand in matching states, a withdrawn
 * case has no certificate, and the province heard the exchange codes in a legal order.
 */
class CaseConvergenceProperties {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final List<String> DEPARTMENTS = List.of("publishing", "radio-tv");
    static final String GAP_MATERIAL = "premises-proof";

    /** Which codes may follow which (DOMAIN.md's exchange codes; 7 is "supplement ended"). */
    static final Map<String, Set<String>> NEXT_CODES = Map.of(
            "start", Set.of("1"),
            "1", Set.of("3", "4", "6"),
            "3", Set.of("8"),
            "8", Set.of("6", "9", "11"),
            "6", Set.of("7"),
            "7", Set.of("3", "4", "6", "9", "11"),
            "9", Set.of("10"),
            "10", Set.of("6", "9", "11"),
            "4", Set.of(),
            "11", Set.of());

    @Property(tries = 2000)
    void bothSidesConvergeWhateverHappensAndTheProvinceHearsALegalOrder(
            @ForAll @Size(max = 150) List<@IntRange(min = 0, max = 99_999) Integer> choices) {
        var world = new World();
        for (int choice : choices) {
            world.step(choice);
        }
        world.drain();

        var review = world.review.map(CaseState::status);
        // the sequences must reach every end, or the property proves little
        Statistics.collect(review.map(Enum::name).orElse("no case") + "/" + world.application);
        Statistics.coverage(coverage -> {
            coverage.check("COMPLETED/COMPLETED").percentage(p -> p > 2);
            coverage.check("WITHDRAWN/WITHDRAWN").percentage(p -> p > 2);
            coverage.check("NOT_ACCEPTED/NOT_ACCEPTED").percentage(p -> p > 1);
            coverage.check("IN_REVIEW/IN_REVIEW").percentage(p -> p > 1);
            coverage.check("SUPPLEMENT_REQUESTED/SUPPLEMENT_REQUESTED").percentage(p -> p > 1);
        });
        var expected = review.map(CaseConvergenceProperties::applicationStatusOf);
        if (expected.isEmpty()) {
            assertThat(world.application).isIn(ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN);
        } else {
            assertThat(world.application)
                    .as("review %s, application %s after %s", review.get(), world.application, world.log)
                    .isEqualTo(expected.get());
        }
        if (review.filter(s -> s == CaseStatus.WITHDRAWN).isPresent()) {
            assertThat(world.certificates)
                    .as("a withdrawn case has no certificate: %s", world.log)
                    .isZero();
        }
        var previous = "start";
        for (var code : world.codes) {
            assertThat(NEXT_CODES.get(previous))
                    .as("code %s after %s in %s (%s)", code, previous, world.codes, world.log)
                    .contains(code);
            previous = code;
        }
    }

    static ApplicationStatus applicationStatusOf(CaseStatus status) {
        return switch (status) {
            case APPROVED, DENIED, COMPLETED -> ApplicationStatus.COMPLETED;
            default -> ApplicationStatus.valueOf(status.name());
        };
    }

    /** One case, both services and the two topics between them. */
    static final class World {

        final CaseLifecycle lifecycle = new CaseLifecycle(WorkingCalendar.weekendsOnly(), ZONE);
        final String caseNo = "11530000MB00000012XK000120009512026030200001";
        OffsetDateTime now = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");

        ApplicationStatus application = ApplicationStatus.DRAFT;
        List<String> owedGap = new ArrayList<>();
        Optional<CaseState> review = Optional.empty();

        /** application.v1 and review.v1 for this case: each in order, as one Kafka partition keeps them. */
        final ArrayDeque<Delivery> toReview = new ArrayDeque<>();

        /** Each consumer's inbox (processed_event): a redelivered event id is skipped. */
        final Set<Integer> appliedByReview = new java.util.HashSet<>();

        final Set<Integer> appliedByApplication = new java.util.HashSet<>();

        record Delivery(int eventId, Runnable effect) {}

        final ArrayDeque<ReviewEvent> toApplication = new ArrayDeque<>();

        final List<String> codes = new ArrayList<>();
        final List<String> log = new ArrayList<>();
        int certificates;

        record ReviewEvent(int eventId, Action action, String step, List<String> gap) {}

        /**
         * One thing happening, chosen by weight: withdrawals and refusals are rare (each ends the
         * case), deliveries common, so that sequences reach every end (the coverage checks say so).
         */
        void step(int choice) {
            int kind = choice % 100;
            int detail = choice / 100;
            if (kind < 10) {
                applicant(Action.SUBMIT, "SUBMITTED");
            } else if (kind < 15) {
                applicant(Action.RESUBMIT, "RESUBMITTED");
            } else if (kind < 16) {
                applicant(Action.WITHDRAW, "WITHDRAWN");
            } else if (kind < 20) {
                provideGap();
            } else if (kind < 30) {
                staff(
                        "accept",
                        s -> lifecycle.accept(
                                s,
                                detail % 2 == 0 ? List.of() : List.of(GAP_MATERIAL),
                                detail % 2 == 0 ? null : now.toLocalDate().plusDays(3),
                                moment()));
            } else if (kind < 31) {
                staff("notAccept", s -> lifecycle.notAccept(s, "不属于本机关职权范围", moment()));
            } else if (kind < 35) {
                staff(
                        "requestSupplement",
                        s -> lifecycle.requestSupplement(
                                s,
                                List.of(new SupplementRequested.Item("business-license", null, "不清晰")),
                                "clerk",
                                moment()));
            } else if (kind < 47) {
                staff(
                        "opinion",
                        s -> lifecycle.recordOpinion(
                                s, DEPARTMENTS.get(detail % DEPARTMENTS.size()), "同意", true, moment()));
            } else if (kind < 55) {
                staff("decide", s -> lifecycle.decide(s, detail % 3 != 0, "理由", moment()));
            } else if (kind < 57) {
                staff("extend", s -> lifecycle.extend(s, 1 + detail % 10, "需核查", moment()));
            } else if (kind < 60) {
                staff("startSpecial", s -> lifecycle.startSpecial(s, "HEARING", "听证", moment()));
            } else if (kind < 64) {
                staff("endSpecial", s -> lifecycle.endSpecial(s, moment()));
            } else if (kind < 67) {
                sweep();
            } else if (kind < 70) {
                now = now.plusDays(1 + detail % 3);
            } else if (kind < 85) {
                deliverToReview(detail % 4 == 0);
            } else {
                deliverToApplication(detail % 4 == 0);
            }
        }

        Moment moment() {
            now = now.plusMinutes(1);
            return new Moment(now, now.atZoneSameInstant(ZONE).toLocalDate());
        }

        void drain() {
            while (!toReview.isEmpty() || !toApplication.isEmpty()) {
                deliverToReview(false);
                deliverToApplication(false);
            }
        }

        // ---- the applicant's side ----

        void applicant(Action action, String step) {
            var from = application;
            var transition = ApplicationLifecycle.next(from, action);
            if (transition.effect() == ApplicationLifecycle.Effect.REFUSED) {
                return;
            }
            log.add("app:" + action);
            application = transition.to();
            timeline(step);
            var at = moment();
            switch (action) {
                case SUBMIT ->
                    toReview.add(delivery(() -> reviewApplies(
                            "submitted",
                            s -> lifecycle.submitted(
                                    s.isPresent(), CaseState.received(caseNo, DEPARTMENTS, 20, at.at())))));
                case RESUBMIT ->
                    toReview.add(delivery(
                            () -> reviewApplies("resubmitted", s -> lifecycle.resubmitted(s.orElseThrow(), moment()))));
                case WITHDRAW -> {
                    if (from != ApplicationStatus.DRAFT) {
                        toReview.add(delivery(() ->
                                reviewApplies("withdrawn", s -> lifecycle.withdraw(s.orElseThrow(), "不办了", moment()))));
                    }
                }
                default -> {}
            }
        }

        void provideGap() {
            if (owedGap.isEmpty()) {
                return;
            }
            var transition = ApplicationLifecycle.next(application, Action.PROVIDE_GAP_MATERIAL);
            if (transition.effect() == ApplicationLifecycle.Effect.REFUSED) {
                return;
            }
            log.add("app:gap");
            var material = owedGap.remove(0);
            toReview.add(delivery(() -> reviewApplies(
                    "gapProvided", s -> lifecycle.gapMaterialProvided(s.orElseThrow(), material, moment()))));
        }

        void deliverToApplication(boolean twice) {
            var event = twice ? toApplication.peek() : toApplication.poll();
            if (event == null) {
                return;
            }
            if (!appliedByApplication.add(event.eventId())) {
                log.add("duplicate:" + event.action());
                return;
            }
            log.add("deliver:" + event.action());
            var transition = ApplicationLifecycle.next(application, event.action());
            if (!transition.changes()) {
                return;
            }
            application = transition.to();
            if (event.action() == Action.CASE_ACCEPTED && !event.gap().isEmpty()) {
                owedGap = new ArrayList<>(event.gap());
            }
            timeline(event.step());
        }

        /** The province hears each timeline step's codes (application-service's ProvincialOutbox). */
        void timeline(String step) {
            codes.addAll(ExchangeCodes.of(step, "7"));
        }

        // ---- review's side ----

        interface ReviewAction {
            Outcome on(CaseState s);
        }

        interface Intake {
            Outcome on(Optional<CaseState> s);
        }

        void staff(String name, ReviewAction action) {
            review.ifPresent(s -> {
                var outcome = action.on(s);
                if (outcome instanceof Outcome.Step step) {
                    log.add("review:" + name);
                    take(step);
                }
            });
        }

        void sweep() {
            review.ifPresent(s -> {
                var today = now.atZoneSameInstant(ZONE).toLocalDate();
                var receivedOn = s.receivedAt().atZoneSameInstant(ZONE).toLocalDate();
                if (s.status() == CaseStatus.SUBMITTED && lifecycle.deemedDue(receivedOn, today)) {
                    staff("deemAccepted", c -> lifecycle.deemAccepted(c, moment()));
                } else {
                    staff("warn", c -> lifecycle.warn(c, "publishing", moment()));
                }
            });
        }

        void deliverToReview(boolean twice) {
            var delivery = twice ? toReview.peek() : toReview.poll();
            if (delivery != null && appliedByReview.add(delivery.eventId())) {
                delivery.effect().run();
            }
        }

        void reviewApplies(String name, Intake intake) {
            var outcome = intake.on(review);
            if (outcome instanceof Outcome.Step step) {
                log.add("review:" + name);
                take(step);
            }
        }

        void take(Outcome.Step step) {
            review = Optional.of(step.after());
            for (var effect : step.effects()) {
                if (effect instanceof Effect.IssueCertificate) {
                    certificates++;
                    toApplication.add(event(Action.CERTIFICATE_ISSUED, "CERTIFICATE_ISSUED"));
                } else if (effect instanceof Effect.Publish<?> publish) {
                    followed(publish.payload()).ifPresent(toApplication::add);
                }
            }
        }

        /** What application-service's Progress makes of each review event it follows. */
        static Optional<ReviewEvent> followed(Object payload) {
            if (payload instanceof CaseAccepted a) {
                return Optional.of(new ReviewEvent(
                        ids.getAndIncrement(),
                        Action.CASE_ACCEPTED,
                        a.deemed() ? "DEEMED_ACCEPTED" : "ACCEPTED",
                        a.missingMaterials()));
            }
            if (payload instanceof SupplementReceived r) {
                return Optional.of(event(Action.resumedAt(r.status()), "SUPPLEMENT_RECEIVED"));
            }
            if (payload instanceof DecisionMade d) {
                return Optional.of(
                        "APPROVE".equals(d.decision())
                                ? event(Action.APPROVED, "APPROVED")
                                : event(Action.DENIED, "DENIED"));
            }
            var simple = Map.ofEntries(
                    Map.entry(CaseNotAccepted.class, event(Action.CASE_NOT_ACCEPTED, "NOT_ACCEPTED")),
                    Map.entry(SupplementRequested.class, event(Action.SUPPLEMENT_REQUESTED, "SUPPLEMENT_REQUESTED")),
                    Map.entry(OpinionRecorded.class, event(Action.OPINION_RECORDED, "OPINION_RECORDED")),
                    Map.entry(CaseCompleted.class, event(Action.CASE_COMPLETED, "COMPLETED")),
                    Map.entry(WithdrawalRefused.class, event(Action.WITHDRAWAL_REFUSED, "WITHDRAWAL_REFUSED")),
                    Map.entry(GapClosed.class, event(Action.GAP_CLOSED, "GAP_CLOSED")),
                    Map.entry(CaseExtended.class, event(Action.CLOCK_CHANGED, "CASE_EXTENDED")),
                    Map.entry(SpecialProcedureStarted.class, event(Action.CLOCK_CHANGED, "SPECIAL_PROCEDURE_STARTED")),
                    Map.entry(SpecialProcedureEnded.class, event(Action.CLOCK_CHANGED, "SPECIAL_PROCEDURE_ENDED")));
            // deadline warnings are the staff's: the application follows none of them
            return Optional.ofNullable(simple.get(payload.getClass()));
        }

        /** Event ids, unique within a run (jqwik runs tries one after another). */
        static final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();

        Delivery delivery(Runnable effect) {
            return new Delivery(ids.getAndIncrement(), effect);
        }

        static ReviewEvent event(Action action, String step) {
            return new ReviewEvent(ids.getAndIncrement(), action, step, List.of());
        }
    }
}
