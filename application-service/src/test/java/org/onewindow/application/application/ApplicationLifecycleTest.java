package org.onewindow.application.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.onewindow.application.application.ApplicationLifecycle.Action;
import org.onewindow.application.application.ApplicationLifecycle.Effect;

/**
 * Every (status, action) pair of the application's lifecycle. The table below is the rule, written
 * apart from the code: {@code FROM>TO} moves, {@code FROM=} keeps the status and records the step;
 * every pair not listed is refused (an applicant's action, 409) or ignored (review's event).
 */
class ApplicationLifecycleTest {

    private static final String TABLE = """
            SUBMIT               DRAFT>SUBMITTED
            RESUBMIT             SUPPLEMENT_REQUESTED>SUBMITTED
            WITHDRAW             DRAFT>WITHDRAWN SUBMITTED>WITHDRAWN SUPPLEMENT_REQUESTED>WITHDRAWN ACCEPTED>WITHDRAWN IN_REVIEW>WITHDRAWN
            EVALUATE             COMPLETED=
            PROVIDE_GAP_MATERIAL ACCEPTED= IN_REVIEW=
            CASE_ACCEPTED        SUBMITTED>ACCEPTED WITHDRAWN=
            CASE_NOT_ACCEPTED    SUBMITTED>NOT_ACCEPTED WITHDRAWN>NOT_ACCEPTED
            SUPPLEMENT_REQUESTED SUBMITTED>SUPPLEMENT_REQUESTED ACCEPTED>SUPPLEMENT_REQUESTED IN_REVIEW>SUPPLEMENT_REQUESTED WITHDRAWN=
            RESUMED_SUBMITTED    SUBMITTED= WITHDRAWN=
            RESUMED_ACCEPTED     SUBMITTED>ACCEPTED WITHDRAWN=
            RESUMED_IN_REVIEW    SUBMITTED>IN_REVIEW WITHDRAWN=
            OPINION_RECORDED     ACCEPTED>IN_REVIEW IN_REVIEW= WITHDRAWN=
            APPROVED             ACCEPTED>APPROVED IN_REVIEW>APPROVED WITHDRAWN>APPROVED
            DENIED               ACCEPTED>DENIED IN_REVIEW>DENIED WITHDRAWN>DENIED
            CERTIFICATE_ISSUED   APPROVED= COMPLETED=
            CASE_COMPLETED       APPROVED>COMPLETED DENIED>COMPLETED
            WITHDRAWAL_REFUSED   SUBMITTED= SUPPLEMENT_REQUESTED= ACCEPTED= NOT_ACCEPTED= IN_REVIEW= APPROVED= DENIED= COMPLETED=
            GAP_CLOSED           SUBMITTED= SUPPLEMENT_REQUESTED= ACCEPTED= IN_REVIEW= WITHDRAWN=
            CLOCK_CHANGED        ACCEPTED= IN_REVIEW= WITHDRAWN=
            """;

    @TestFactory
    Stream<DynamicTest> everyStatusMeetsEveryActionAsTheTableSays() {
        var table = parse();
        assertThat(table.keySet()).as("the table names every action").containsExactlyInAnyOrder(Action.values());
        return Arrays.stream(Action.values())
                .flatMap(action -> Arrays.stream(ApplicationStatus.values())
                        .map(from -> DynamicTest.dynamicTest(from + " + " + action, () -> {
                            var expected = table.get(action).get(from);
                            var actual = ApplicationLifecycle.next(from, action);
                            if (expected == null) {
                                var refusedOrIgnored = action.byApplicant() ? Effect.REFUSED : Effect.IGNORED;
                                assertThat(actual)
                                        .isEqualTo(new ApplicationLifecycle.Transition(refusedOrIgnored, from));
                            } else {
                                assertThat(actual).isEqualTo(expected);
                            }
                        })));
    }

    private static Map<Action, Map<ApplicationStatus, ApplicationLifecycle.Transition>> parse() {
        var table = new HashMap<Action, Map<ApplicationStatus, ApplicationLifecycle.Transition>>();
        TABLE.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
            var cells = line.split("\\s+");
            var row = new HashMap<ApplicationStatus, ApplicationLifecycle.Transition>();
            for (int i = 1; i < cells.length; i++) {
                var cell = cells[i];
                if (cell.endsWith("=")) {
                    var from = ApplicationStatus.valueOf(cell.substring(0, cell.length() - 1));
                    row.put(from, new ApplicationLifecycle.Transition(Effect.NOTED, from));
                } else {
                    var parts = cell.split(">");
                    row.put(
                            ApplicationStatus.valueOf(parts[0]),
                            new ApplicationLifecycle.Transition(Effect.MOVED, ApplicationStatus.valueOf(parts[1])));
                }
            }
            table.put(Action.valueOf(cells[0]), row);
        });
        return table;
    }
}
