package org.onewindow.application.upload;

import java.util.Map;
import org.onewindow.application.application.Application;
import org.onewindow.application.application.ApplicationLifecycle.Action;
import org.onewindow.application.application.ApplicationSteps;
import org.onewindow.application.application.ApplicationSteps.Step;
import org.onewindow.application.application.ApplicationStore;
import org.onewindow.application.material.StoredMaterial;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.application.GapMaterialProvided;
import org.onewindow.contracts.application.MaterialDigest;
import org.onewindow.platform.messaging.EventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A material owed after acceptance with gaps (容缺) arrives: review learns it (it owns the gap and
 * closes it when nothing is owed), and the applicant's copy of the gap no longer lists it.
 */
@Component
class GapMaterials {

    private final ApplicationStore store;
    private final ApplicationSteps steps;
    private final EventPublisher events;
    private final JsonMapper json;

    GapMaterials(ApplicationStore store, ApplicationSteps steps, EventPublisher events, JsonMapper json) {
        this.store = store;
        this.steps = steps;
        this.events = events;
        this.json = json;
    }

    void provided(Application application, StoredMaterial material, String actorRole) {
        steps.act(
                application,
                Action.PROVIDE_GAP_MATERIAL,
                new Step(
                        "GAP_MATERIAL_PROVIDED",
                        actorRole,
                        json.valueToTree(Map.of("materialId", material.materialId())),
                        material.uploadedAt()),
                "materials accepted with gaps are handed in while the case is being handled");
        var owed = application.gapMaterials().stream()
                .filter(m -> !m.equals(material.materialId()))
                .toList();
        store.setGap(application.id(), owed, application.gapDeadline(), material.uploadedAt());
        events.publish(
                EventTypes.GAP_MATERIAL_PROVIDED,
                application.caseNo(),
                new GapMaterialProvided(
                        application.caseNo(),
                        application.id().toString(),
                        new MaterialDigest(
                                material.materialId(),
                                material.fileName(),
                                material.contentType(),
                                material.sizeBytes(),
                                material.sha256()),
                        material.uploadedAt()));
    }
}
