package org.onewindow.review.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.security.Caller;

class CaseAccessTest {

    static final CaseState CASE = CaseState.received(
            "C-1", List.of("radio-tv", "publishing"), 20, OffsetDateTime.parse("2026-03-16T10:00:00+08:00"));

    static Caller staff(String role, String department) {
        return new Caller(role, role, Set.of(role), Optional.ofNullable(department), Optional.empty());
    }

    @Test
    void theCasesReviewersTheReceivingHallsClerksAndTheBureauSeeIt() {
        assertThat(CaseAccess.maySee(staff("reviewer", "radio-tv"), CASE)).isTrue();
        assertThat(CaseAccess.maySee(staff("clerk", "service-hall"), CASE)).isTrue();
        assertThat(CaseAccess.maySee(staff("approver", "bureau"), CASE)).isTrue();
        assertThat(CaseAccess.maySee(staff("supervisor", "bureau"), CASE)).isTrue();
    }

    @Test
    void anyoneElseDoesNot() {
        assertThat(CaseAccess.maySee(staff("reviewer", "printing"), CASE)).isFalse();
        assertThat(CaseAccess.maySee(staff("reviewer", null), CASE)).isFalse();
        assertThat(CaseAccess.maySee(staff("clerk", "printing"), CASE)).isFalse();
        assertThat(CaseAccess.maySee(staff("catalog-admin", "bureau"), CASE)).isFalse();
        assertThat(CaseAccess.maySee(staff("applicant", null), CASE)).isFalse();
    }

    @Test
    void theCasesReviewersAndTheApproverStopItsClockOnlyTheApproverExtends() {
        assertThat(CaseAccess.mayStopClock(staff("reviewer", "publishing"), CASE))
                .isTrue();
        assertThat(CaseAccess.mayStopClock(staff("approver", "bureau"), CASE)).isTrue();
        assertThat(CaseAccess.mayStopClock(staff("reviewer", "printing"), CASE)).isFalse();
        assertThat(CaseAccess.mayStopClock(staff("clerk", "service-hall"), CASE))
                .isFalse();
        assertThat(CaseAccess.mayStopClock(staff("supervisor", "bureau"), CASE)).isFalse();
        assertThat(CaseAccess.mayExtend(staff("approver", "bureau"))).isTrue();
        assertThat(CaseAccess.mayExtend(staff("reviewer", "radio-tv"))).isFalse();
    }

    @Test
    void theRecordedRoleFollowsAFixedPrecedenceNotTheSetsOrder() {
        var supervisorFirst = new LinkedHashSet<>(List.of("supervisor", "default-roles-onewindow", "approver"));
        var clerkFirst = new LinkedHashSet<>(List.of("clerk", "reviewer"));

        assertThat(supervisorFirst.iterator().next()).isEqualTo("supervisor");
        assertThat(CaseAccess.recordedRole(supervisorFirst)).isEqualTo("approver");
        assertThat(CaseAccess.recordedRole(clerkFirst)).isEqualTo("reviewer");
        assertThat(CaseAccess.recordedRole(Set.of("offline_access", "clerk", "supervisor")))
                .isEqualTo("clerk");
        assertThat(CaseAccess.recordedRole(new LinkedHashSet<>(List.of("uma_authorization", "offline_access"))))
                .isEqualTo("offline_access");
        assertThat(CaseAccess.recordedRole(Set.of())).isEqualTo("unknown");
    }
}
