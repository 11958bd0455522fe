package org.onewindow.application.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.application.draft.ApplicationStatus.ACCEPTED;
import static org.onewindow.application.draft.ApplicationStatus.APPROVED;
import static org.onewindow.application.draft.ApplicationStatus.COMPLETED;
import static org.onewindow.application.draft.ApplicationStatus.DENIED;
import static org.onewindow.application.draft.ApplicationStatus.DRAFT;
import static org.onewindow.application.draft.ApplicationStatus.IN_REVIEW;
import static org.onewindow.application.draft.ApplicationStatus.NOT_ACCEPTED;
import static org.onewindow.application.draft.ApplicationStatus.SUBMITTED;
import static org.onewindow.application.draft.ApplicationStatus.SUPPLEMENT_REQUESTED;
import static org.onewindow.application.draft.ApplicationStatus.WITHDRAWN;

import org.junit.jupiter.api.Test;

/** The statuses of API.md: forward only, supplement loops back to SUBMITTED, withdrawal before a decision. */
class ApplicationStatusTest {

    @Test
    void followsTheLifecycleForward() {
        assertThat(DRAFT.canMoveTo(SUBMITTED)).isTrue();
        assertThat(SUBMITTED.canMoveTo(ACCEPTED)).isTrue();
        assertThat(SUBMITTED.canMoveTo(NOT_ACCEPTED)).isTrue();
        assertThat(SUBMITTED.canMoveTo(SUPPLEMENT_REQUESTED)).isTrue();
        assertThat(SUPPLEMENT_REQUESTED.canMoveTo(SUBMITTED)).isTrue();
        assertThat(ACCEPTED.canMoveTo(IN_REVIEW)).isTrue();
        assertThat(IN_REVIEW.canMoveTo(APPROVED)).isTrue();
        assertThat(IN_REVIEW.canMoveTo(DENIED)).isTrue();
        assertThat(APPROVED.canMoveTo(COMPLETED)).isTrue();
    }

    @Test
    void neverMovesBackwards() {
        assertThat(APPROVED.canMoveTo(ACCEPTED)).isFalse();
        assertThat(IN_REVIEW.canMoveTo(SUBMITTED)).isFalse();
        assertThat(COMPLETED.canMoveTo(APPROVED)).isFalse();
        assertThat(NOT_ACCEPTED.canMoveTo(ACCEPTED)).isFalse();
        assertThat(WITHDRAWN.canMoveTo(ACCEPTED)).isFalse();
        assertThat(SUBMITTED.canMoveTo(DRAFT)).isFalse();
    }

    @Test
    void withdrawalOnlyBeforeADecision() {
        assertThat(DRAFT.withdrawable()).isTrue();
        assertThat(IN_REVIEW.withdrawable()).isTrue();
        assertThat(APPROVED.withdrawable()).isFalse();
        assertThat(NOT_ACCEPTED.withdrawable()).isFalse();
        assertThat(WITHDRAWN.withdrawable()).isFalse();
    }
}
