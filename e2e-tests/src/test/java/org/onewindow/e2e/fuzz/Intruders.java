package org.onewindow.e2e.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The operation's own request from someone who must not get through: without a token, with a
 * forged or an unsigned one, as another applicant on the applicant's draft or case, as a reviewer
 * of another department, in the wrong role. A 2xx to any of them is a failure.
 */
final class Intruders {

    private final Fixtures fixtures;
    private final Function<String, String> forged;
    private final Function<String, String> unsigned;

    Intruders(Fixtures fixtures, Function<String, String> forged, Function<String, String> unsigned) {
        this.fixtures = fixtures;
        this.forged = forged;
        this.unsigned = unsigned;
    }

    /**
     * A forged or unsigned token is refused everywhere: the gateway checks any bearer it is given,
     * on public paths too. No token must be refused where the table knows the operation is not
     * public; an operation it does not know may be public, so there it is only sent.
     */
    List<FuzzCase> tokens(Operation operation, FuzzCase base, String who) {
        var claimsOf = who.equals(Callers.ANONYMOUS) ? "applicant" : who;
        var forgedCase = base.labelled("token: forged (signed with the fuzz's own key, every role)")
                .as(claimsOf)
                .withBearer(forged.apply(claimsOf))
                .refused()
                .atDoor(true);
        var unsignedCase = base.labelled("token: alg none, unsigned")
                .as(claimsOf)
                .withBearer(unsigned.apply(claimsOf))
                .refused()
                .atDoor(true);
        if (who.equals(Callers.ANONYMOUS)) {
            return List.of(forgedCase, unsignedCase);
        }
        var none = base.labelled("token: none").as(Callers.ANONYMOUS).atDoor(true);
        return List.of(Callers.isKnown(operation) ? none.refused() : none, forgedCase, unsignedCase);
    }

    /** Another applicant's draft or case, another department, the wrong role; only where the table knows the caller. */
    List<FuzzCase> strangers(Operation operation, FuzzCase base, String who, Map<String, String> pathValues) {
        var cases = new ArrayList<FuzzCase>();
        if (!Callers.isKnown(operation)) {
            return cases;
        }
        var path = operation.path();
        if (Samples.takesOwnDraft(operation)) {
            var theirs = new LinkedHashMap<>(pathValues);
            theirs.put("id", fixtures.strangersDraft().toString());
            cases.add(base.labelled("another user's id: applicant2's draft, as the applicant")
                    .withPath(Mutations.render(path, theirs, Map.of()))
                    .refused());
        }
        if (path.startsWith("/api/applications/by-case/")) {
            cases.add(base.labelled("another user's id: the applicant's case, as applicant2")
                    .as("applicant2")
                    .refused());
        }
        if (path.startsWith("/api/review/cases/{caseNo}")) {
            cases.add(base.labelled("another department: the case as a printing reviewer")
                    .as("reviewer-prt")
                    .refused());
        }
        if (Callers.isStaff(who)) {
            cases.add(base.labelled("wrong role: an applicant").as("applicant").refused());
        }
        return cases;
    }
}
