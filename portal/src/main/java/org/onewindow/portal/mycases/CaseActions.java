package org.onewindow.portal.mycases;

import org.onewindow.portal.applications.Application;

/**
 * Which of the applicant's actions a case offers now. Each mirrors application-service's
 * ApplicationLifecycle (and the API checks again: a button shown a moment too long gets a 409 and
 * a plain sentence, never a broken page).
 *
 * @param supplement hand in the corrected materials and resubmit (SUPPLEMENT_REQUESTED)
 * @param gapMaterials hand in materials accepted with gaps (容缺) while the case is handled
 * @param withdraw withdraw before a decision
 * @param rate rate the service once completed, when the API says it takes a rating
 * @param continueDraft finish filing a draft
 */
record CaseActions(boolean supplement, boolean gapMaterials, boolean withdraw, boolean rate, boolean continueDraft) {

    static CaseActions of(Application application) {
        var state = CaseStatus.of(application);
        return new CaseActions(
                state == CaseStatus.SUPPLEMENT_REQUESTED,
                state.running() && !application.gapMaterials().isEmpty(),
                state.withdrawable(),
                state == CaseStatus.COMPLETED && application.mayBeRated(),
                state == CaseStatus.DRAFT);
    }
}
