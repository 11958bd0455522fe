package org.onewindow.review.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.review.casefile.CaseStates.MACHINE;
import static org.onewindow.review.casefile.CaseStates.NOW;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.contracts.review.SupplementRequested;

/**
 * Every (state, action) pair of the review case's machine: the state it leads to and the events it
 * publishes in order ({@code certificate} where a certificate is issued), {@code refused} (a staff
 * action answered 409) or {@code ignored} (a stale or duplicate event). Each state is a typical case
 * in it (see {@link CaseStates}): a submitted case past its 5 working days, running cases past their
 * deadline, the one in review with every opinion in; the conditions within a state have their own
 * tests in {@link CaseLifecycleTest}.
 */
class CaseLifecycleTableTest {

    enum Action {
        SUBMIT(s -> MACHINE.submitted(true, CaseStates.submitted())),
        ACCEPT(s -> MACHINE.accept(s, List.of(), null, NOW)),
        NOT_ACCEPT(s -> MACHINE.notAccept(s, "不符合法定条件", NOW)),
        REQUEST_SUPPLEMENT(s -> MACHINE.requestSupplement(
                s, List.of(new SupplementRequested.Item("staff-list", null, "缺少资质证明")), "clerk", NOW)),
        RESUBMIT(s -> MACHINE.resubmitted(s, NOW)),
        OPINION(s -> MACHINE.recordOpinion(s, "publishing", "同意", true, NOW)),
        APPROVE(s -> MACHINE.decide(s, true, "符合条件", NOW)),
        DENY(s -> MACHINE.decide(s, false, "不符合条件", NOW)),
        WITHDRAW(s -> MACHINE.withdraw(s, "不再需要", NOW)),
        DEEM_ACCEPTED(s -> MACHINE.deemAccepted(s, NOW)),
        EXTEND(s -> MACHINE.extend(s, 5, "需要现场核查", NOW)),
        START_SPECIAL(s -> MACHINE.startSpecial(s, "HEARING", "听证", NOW)),
        END_SPECIAL(s -> MACHINE.endSpecial(s, NOW)),
        GAP_MATERIAL(s -> MACHINE.gapMaterialProvided(s, "premises-proof", NOW)),
        WARN(s -> MACHINE.warn(s, "radio-tv", NOW));

        final Function<CaseState, Outcome> act;

        Action(Function<CaseState, Outcome> act) {
            this.act = act;
        }
    }

    static final Map<CaseStatus, CaseState> STATES = new EnumMap<>(Map.of(
            CaseStatus.SUBMITTED, CaseStates.submitted(),
            CaseStatus.SUPPLEMENT_REQUESTED, CaseStates.supplementRequested(),
            CaseStatus.ACCEPTED, CaseStates.accepted(),
            CaseStatus.NOT_ACCEPTED, CaseStates.decided(CaseStatus.NOT_ACCEPTED),
            CaseStatus.IN_REVIEW, CaseStates.inReview(),
            CaseStatus.APPROVED, CaseStates.decided(CaseStatus.APPROVED),
            CaseStatus.DENIED, CaseStates.decided(CaseStatus.DENIED),
            CaseStatus.COMPLETED, CaseStates.decided(CaseStatus.COMPLETED),
            CaseStatus.WITHDRAWN, CaseStates.withdrawn()));

    static final String TABLE = """
            SUBMITTED            SUBMIT             ignored
            SUBMITTED            ACCEPT             ACCEPTED CaseAccepted
            SUBMITTED            NOT_ACCEPT         NOT_ACCEPTED CaseNotAccepted
            SUBMITTED            REQUEST_SUPPLEMENT SUPPLEMENT_REQUESTED SupplementRequested
            SUBMITTED            RESUBMIT           ignored
            SUBMITTED            OPINION            refused
            SUBMITTED            APPROVE            refused
            SUBMITTED            DENY               refused
            SUBMITTED            WITHDRAW           WITHDRAWN -
            SUBMITTED            DEEM_ACCEPTED      ACCEPTED CaseAccepted
            SUBMITTED            EXTEND             refused
            SUBMITTED            START_SPECIAL      refused
            SUBMITTED            END_SPECIAL        refused
            SUBMITTED            GAP_MATERIAL       ignored
            SUBMITTED            WARN               ignored

            SUPPLEMENT_REQUESTED SUBMIT             ignored
            SUPPLEMENT_REQUESTED ACCEPT             refused
            SUPPLEMENT_REQUESTED NOT_ACCEPT         refused
            SUPPLEMENT_REQUESTED REQUEST_SUPPLEMENT refused
            SUPPLEMENT_REQUESTED RESUBMIT           ACCEPTED SupplementReceived
            SUPPLEMENT_REQUESTED OPINION            refused
            SUPPLEMENT_REQUESTED APPROVE            refused
            SUPPLEMENT_REQUESTED DENY               refused
            SUPPLEMENT_REQUESTED WITHDRAW           WITHDRAWN -
            SUPPLEMENT_REQUESTED DEEM_ACCEPTED      ignored
            SUPPLEMENT_REQUESTED EXTEND             refused
            SUPPLEMENT_REQUESTED START_SPECIAL      refused
            SUPPLEMENT_REQUESTED END_SPECIAL        refused
            SUPPLEMENT_REQUESTED GAP_MATERIAL       ignored
            SUPPLEMENT_REQUESTED WARN               ignored

            ACCEPTED             SUBMIT             ignored
            ACCEPTED             ACCEPT             refused
            ACCEPTED             NOT_ACCEPT         refused
            ACCEPTED             REQUEST_SUPPLEMENT SUPPLEMENT_REQUESTED SupplementRequested
            ACCEPTED             RESUBMIT           ignored
            ACCEPTED             OPINION            IN_REVIEW OpinionRecorded
            ACCEPTED             APPROVE            refused
            ACCEPTED             DENY               refused
            ACCEPTED             WITHDRAW           WITHDRAWN -
            ACCEPTED             DEEM_ACCEPTED      ignored
            ACCEPTED             EXTEND             ACCEPTED CaseExtended
            ACCEPTED             START_SPECIAL      ACCEPTED SpecialProcedureStarted
            ACCEPTED             END_SPECIAL        refused
            ACCEPTED             GAP_MATERIAL       ignored
            ACCEPTED             WARN               ACCEPTED CaseOverdue

            NOT_ACCEPTED         SUBMIT             ignored
            NOT_ACCEPTED         ACCEPT             refused
            NOT_ACCEPTED         NOT_ACCEPT         refused
            NOT_ACCEPTED         REQUEST_SUPPLEMENT refused
            NOT_ACCEPTED         RESUBMIT           ignored
            NOT_ACCEPTED         OPINION            refused
            NOT_ACCEPTED         APPROVE            refused
            NOT_ACCEPTED         DENY               refused
            NOT_ACCEPTED         WITHDRAW           NOT_ACCEPTED WithdrawalRefused
            NOT_ACCEPTED         DEEM_ACCEPTED      ignored
            NOT_ACCEPTED         EXTEND             refused
            NOT_ACCEPTED         START_SPECIAL      refused
            NOT_ACCEPTED         END_SPECIAL        refused
            NOT_ACCEPTED         GAP_MATERIAL       ignored
            NOT_ACCEPTED         WARN               ignored

            IN_REVIEW            SUBMIT             ignored
            IN_REVIEW            ACCEPT             refused
            IN_REVIEW            NOT_ACCEPT         refused
            IN_REVIEW            REQUEST_SUPPLEMENT SUPPLEMENT_REQUESTED SupplementRequested
            IN_REVIEW            RESUBMIT           ignored
            IN_REVIEW            OPINION            refused
            IN_REVIEW            APPROVE            COMPLETED DecisionMade,certificate,CaseCompleted
            IN_REVIEW            DENY               COMPLETED DecisionMade,CaseCompleted
            IN_REVIEW            WITHDRAW           WITHDRAWN -
            IN_REVIEW            DEEM_ACCEPTED      ignored
            IN_REVIEW            EXTEND             IN_REVIEW CaseExtended
            IN_REVIEW            START_SPECIAL      IN_REVIEW SpecialProcedureStarted
            IN_REVIEW            END_SPECIAL        refused
            IN_REVIEW            GAP_MATERIAL       ignored
            IN_REVIEW            WARN               IN_REVIEW CaseOverdue

            APPROVED             SUBMIT             ignored
            APPROVED             ACCEPT             refused
            APPROVED             NOT_ACCEPT         refused
            APPROVED             REQUEST_SUPPLEMENT refused
            APPROVED             RESUBMIT           ignored
            APPROVED             OPINION            refused
            APPROVED             APPROVE            refused
            APPROVED             DENY               refused
            APPROVED             WITHDRAW           APPROVED WithdrawalRefused
            APPROVED             DEEM_ACCEPTED      ignored
            APPROVED             EXTEND             refused
            APPROVED             START_SPECIAL      refused
            APPROVED             END_SPECIAL        refused
            APPROVED             GAP_MATERIAL       ignored
            APPROVED             WARN               ignored

            DENIED               SUBMIT             ignored
            DENIED               ACCEPT             refused
            DENIED               NOT_ACCEPT         refused
            DENIED               REQUEST_SUPPLEMENT refused
            DENIED               RESUBMIT           ignored
            DENIED               OPINION            refused
            DENIED               APPROVE            refused
            DENIED               DENY               refused
            DENIED               WITHDRAW           DENIED WithdrawalRefused
            DENIED               DEEM_ACCEPTED      ignored
            DENIED               EXTEND             refused
            DENIED               START_SPECIAL      refused
            DENIED               END_SPECIAL        refused
            DENIED               GAP_MATERIAL       ignored
            DENIED               WARN               ignored

            COMPLETED            SUBMIT             ignored
            COMPLETED            ACCEPT             refused
            COMPLETED            NOT_ACCEPT         refused
            COMPLETED            REQUEST_SUPPLEMENT refused
            COMPLETED            RESUBMIT           ignored
            COMPLETED            OPINION            refused
            COMPLETED            APPROVE            refused
            COMPLETED            DENY               refused
            COMPLETED            WITHDRAW           COMPLETED WithdrawalRefused
            COMPLETED            DEEM_ACCEPTED      ignored
            COMPLETED            EXTEND             refused
            COMPLETED            START_SPECIAL      refused
            COMPLETED            END_SPECIAL        refused
            COMPLETED            GAP_MATERIAL       ignored
            COMPLETED            WARN               ignored

            WITHDRAWN            SUBMIT             ignored
            WITHDRAWN            ACCEPT             refused
            WITHDRAWN            NOT_ACCEPT         refused
            WITHDRAWN            REQUEST_SUPPLEMENT refused
            WITHDRAWN            RESUBMIT           ignored
            WITHDRAWN            OPINION            refused
            WITHDRAWN            APPROVE            refused
            WITHDRAWN            DENY               refused
            WITHDRAWN            WITHDRAW           ignored
            WITHDRAWN            DEEM_ACCEPTED      ignored
            WITHDRAWN            EXTEND             refused
            WITHDRAWN            START_SPECIAL      refused
            WITHDRAWN            END_SPECIAL        refused
            WITHDRAWN            GAP_MATERIAL       ignored
            WITHDRAWN            WARN               ignored
            """;

    record Row(CaseStatus state, Action action, String expected) {}

    static List<Row> rows() {
        return TABLE.lines()
                .filter(line -> !line.isBlank())
                .map(line -> line.trim().split("\\s+", 3))
                .map(cells -> new Row(CaseStatus.valueOf(cells[0]), Action.valueOf(cells[1]), cells[2]))
                .toList();
    }

    static Stream<Arguments> pairs() {
        return rows().stream().map(row -> Arguments.of(row.state(), row.action(), row.expected()));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("pairs")
    void eachPairLeadsWhereTheTableSays(CaseStatus state, Action action, String expected) {
        assertThat(describe(action.act.apply(STATES.get(state)))).isEqualTo(expected);
    }

    @Test
    void theTableHasEveryPairOnce() {
        var pairs = rows().stream().map(r -> r.state() + " " + r.action()).toList();
        assertThat(new HashSet<>(pairs)).hasSameSizeAs(pairs);
        assertThat(pairs).hasSize(CaseStatus.values().length * Action.values().length);
    }

    @Test
    void aSubmissionCreatesTheCaseOnce() {
        var received = CaseStates.submitted();
        assertThat(describe(MACHINE.submitted(false, received))).isEqualTo("SUBMITTED -");
        assertThat(describe(MACHINE.submitted(true, received))).isEqualTo("ignored");
    }

    static String describe(Outcome outcome) {
        if (outcome instanceof Outcome.Refused) {
            return "refused";
        }
        if (outcome instanceof Outcome.Ignored) {
            return "ignored";
        }
        var step = (Outcome.Step) outcome;
        var events = step.effects().stream()
                .map(e -> e instanceof Effect.Publish<?> p
                        ? p.type().name()
                        : e instanceof Effect.IssueCertificate ? "certificate" : null)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.joining(","));
        return step.after().status() + " " + (events.isEmpty() ? "-" : events);
    }
}
