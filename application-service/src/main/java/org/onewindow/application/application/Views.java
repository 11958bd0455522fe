package org.onewindow.application.application;

import org.onewindow.application.material.MaterialStore;
import org.onewindow.application.timeline.Timeline;
import org.onewindow.platform.privacy.Masking;
import org.springframework.stereotype.Component;

/** Builds what a caller sees of an application. */
@Component
public class Views {

    private final MaterialStore materials;
    private final Timeline timeline;

    Views(MaterialStore materials, Timeline timeline) {
        this.materials = materials;
        this.timeline = timeline;
    }

    public ApplicationView of(Application a) {
        var applicant = a.applicant();
        return new ApplicationView(
                a.id(),
                a.caseNo(),
                a.itemCode(),
                a.itemVersion(),
                a.itemName(),
                a.channel(),
                a.status(),
                new ApplicationView.Applicant(
                        applicant.type(),
                        applicant.name(),
                        Masking.identityNumber(applicant.idNumber()),
                        Masking.phone(applicant.phone())),
                a.agent() == null
                        ? null
                        : new ApplicationView.Agent(
                                a.agent().name(),
                                Masking.identityNumber(a.agent().idNumber())),
                a.form(),
                materials.of(a.id()),
                a.supplement(),
                a.evaluationLevel(),
                a.createdAt(),
                a.submittedAt(),
                timeline.of(a.id()),
                a.gapMaterials(),
                a.gapDeadline(),
                a.ratableNow());
    }
}
