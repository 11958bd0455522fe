package org.onewindow.application.application;

import java.util.Set;
import java.util.UUID;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.security.Roles;
import org.onewindow.platform.web.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Who may see and who may act on an application. Someone who may not see it gets 404, exactly as
 * for an id that does not exist: no answer tells a stranger that an application is there.
 */
@Component
public class Access {

    /** Staff of these departments handle every item (the service hall, bureau leadership). */
    private static final Set<String> ALL_DEPARTMENTS = Set.of("service-hall", "bureau");

    private static final Set<String> STAFF = Set.of(Roles.CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.SUPERVISOR);

    private final ApplicationStore store;

    Access(ApplicationStore store) {
        this.store = store;
    }

    /**
     * A draft is its owner's alone (the applicant's, or the clerk's or platform's that is filing
     * it): nothing in it is the office's until it is submitted. After that, staff of its
     * departments and the platform of its region follow it too.
     */
    public boolean canSee(Application application, Caller caller) {
        if (isOwner(application, caller)) {
            return true;
        }
        return application.status() != ApplicationStatus.DRAFT
                && (isStaffFor(application, caller) || isPlatformFor(application, caller));
    }

    /**
     * A government platform (the provincial one) follows every case of its region, not only those
     * it filed: the region is the division in its token, the case's the implementing body's.
     */
    static boolean isPlatformFor(Application application, Caller caller) {
        return caller.hasRole(Roles.PROVINCIAL_PLATFORM)
                && caller.region()
                        .map(region -> Regions.contains(region, Regions.divisionOf(application.itemCode())))
                        .orElse(false);
    }

    public static boolean isOwner(Application application, Caller caller) {
        return application.ownerSubject().equals(caller.subject());
    }

    static boolean isStaff(Caller caller) {
        return caller.roles().stream().anyMatch(STAFF::contains);
    }

    static boolean seesAllDepartments(Caller caller) {
        return caller.department().map(ALL_DEPARTMENTS::contains).orElse(false);
    }

    private static boolean isStaffFor(Application application, Caller caller) {
        if (!isStaff(caller)) {
            return false;
        }
        return seesAllDepartments(caller)
                || caller.department()
                        .map(d -> d.equals(application.department())
                                || application.reviewDepartments().contains(d))
                        .orElse(false);
    }

    /** The application, if the caller may see it; otherwise 404. */
    public Application visible(UUID id, Caller caller) {
        return store.find(id)
                .filter(a -> canSee(a, caller))
                .orElseThrow(() -> ProblemException.notFound("no application " + id));
    }

    /** The application, locked for a change by its owner; 404 for anyone who may not see it. */
    public Application ownedForChange(UUID id, Caller caller) {
        var application = store.lock(id)
                .filter(a -> canSee(a, caller))
                .orElseThrow(() -> ProblemException.notFound("no application " + id));
        if (!isOwner(application, caller)) {
            throw new ProblemException(
                    org.springframework.http.HttpStatus.FORBIDDEN,
                    "forbidden",
                    "only the applicant, or the clerk or platform that filed it, changes an application",
                    java.util.List.of());
        }
        return application;
    }
}
