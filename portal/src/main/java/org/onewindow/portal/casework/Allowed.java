package org.onewindow.portal.casework;

import java.util.Set;
import org.onewindow.portal.system.Staff;

/**
 * Which forms the case page offers to whom, following review-service's rules (SecurityConfig,
 * CaseAccess, CaseLifecycle): a form the API would refuse for her role, her department or the
 * case's status is absent. Plain Java; the API still decides.
 *
 * @param supplement the clerk asks for corrections before acceptance, or during review for a
 *     department, but not while a special procedure stops the clock
 * @param decide only once every listed department has given its opinion and no special procedure runs
 */
public record Allowed(
        boolean accept,
        boolean notAccept,
        boolean supplement,
        boolean acceptWithGaps,
        boolean opinion,
        boolean startSpecial,
        boolean endSpecial,
        boolean decide,
        boolean extend,
        boolean revoke) {

    static Allowed of(Set<String> roles, String department, ReviewCase reviewCase) {
        var c = reviewCase.reviewCase();
        var clerk = roles.contains(Staff.CLERK);
        var approver = roles.contains(Staff.APPROVER);
        var submitted = "SUBMITTED".equals(c.status());
        var special = c.specialProcedure() != null;
        var reviewsIt = roles.contains(Staff.REVIEWER)
                && department != null
                && c.reviewDepartments().contains(department);
        var mayStopClock = (reviewsIt || approver) && c.running();
        var allIn = reviewCase.opinionsFrom().containsAll(c.reviewDepartments());
        var certificate = reviewCase.certificate();
        return new Allowed(
                clerk && submitted,
                clerk && submitted,
                clerk && (submitted || c.running()) && !special,
                clerk && submitted,
                reviewsIt && c.running() && !reviewCase.opinionsFrom().contains(department),
                mayStopClock && !special,
                mayStopClock && special,
                approver && "IN_REVIEW".equals(c.status()) && !special && allIn,
                approver && c.running() && c.extensionDays() == 0,
                (approver || roles.contains(Staff.SUPERVISOR))
                        && certificate != null
                        && certificate.number() != null
                        && !certificate.revoked());
    }

    public boolean any() {
        return accept || supplement || opinion || startSpecial || endSpecial || decide || extend || revoke;
    }
}
