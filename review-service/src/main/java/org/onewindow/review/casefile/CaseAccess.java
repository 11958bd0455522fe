package org.onewindow.review.casefile;

import java.util.List;
import java.util.Set;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.security.Roles;

/**
 * Which staff see a case and may stop or extend its clock (issue 13): the reviewers of the case's
 * departments, the clerks of the hall that received it, and the bureau (approver, supervisor). For
 * anyone else the case does not exist: a 404, never a 403 that would say it does. Plain Java.
 */
public final class CaseAccess {

    /** The hall that receives cases: every case today, whatever its channel. */
    public static final String RECEIVING_HALL = "service-hall";

    /** The role an audit entry records for a caller with several: the first of these they hold. */
    static final List<String> PRECEDENCE =
            List.of(Roles.APPROVER, Roles.REVIEWER, Roles.CLERK, Roles.SUPERVISOR, Roles.APPLICANT);

    private CaseAccess() {}

    /** Whether the case exists for this caller at all. */
    public static boolean maySee(Caller caller, CaseState c) {
        return caller.hasRole(Roles.APPROVER)
                || caller.hasRole(Roles.SUPERVISOR)
                || reviewsIt(caller, c)
                || receivesCases(caller);
    }

    /** Special procedures stop the clock: the case's own reviewers and the approver start and end them. */
    static boolean mayStopClock(Caller caller, CaseState c) {
        return caller.hasRole(Roles.APPROVER) || reviewsIt(caller, c);
    }

    /** Art. 42: an extension is the approver's. */
    static boolean mayExtend(Caller caller) {
        return caller.hasRole(Roles.APPROVER);
    }

    /** A clerk of the receiving hall: every case is hers to accept and chase. */
    public static boolean receivesCases(Caller caller) {
        return caller.hasRole(Roles.CLERK)
                && caller.department().filter(RECEIVING_HALL::equals).isPresent();
    }

    /**
     * The role the trail records: by a fixed precedence, not by the order a set happens to iterate
     * in; a caller with none of these roles, by the first of theirs in alphabetical order.
     */
    static String recordedRole(Set<String> roles) {
        return PRECEDENCE.stream()
                .filter(roles::contains)
                .findFirst()
                .or(() -> roles.stream().sorted().findFirst())
                .orElse("unknown");
    }

    private static boolean reviewsIt(Caller caller, CaseState c) {
        return caller.hasRole(Roles.REVIEWER)
                && caller.department().filter(c.reviewDepartments()::contains).isPresent();
    }
}
