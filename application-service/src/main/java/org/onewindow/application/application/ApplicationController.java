package org.onewindow.application.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.onewindow.application.item.ItemVersions;
import org.onewindow.application.material.MaterialStore;
import org.onewindow.application.prereview.PreReview;
import org.onewindow.application.prereview.PreReviewResult;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Drafts, forms, pre-review and reading applications (API.md, application-service). */
@RestController
@RequestMapping("/api/applications")
@Validated
class ApplicationController {

    private final Drafting drafting;
    private final Access access;
    private final ApplicationStore store;
    private final Views views;
    private final ItemVersions items;
    private final MaterialStore materials;
    private final PreReview preReview;

    ApplicationController(
            Drafting drafting,
            Access access,
            ApplicationStore store,
            Views views,
            ItemVersions items,
            MaterialStore materials,
            PreReview preReview) {
        this.drafting = drafting;
        this.access = access;
        this.store = store;
        this.views = views;
        this.items = items;
        this.materials = materials;
        this.preReview = preReview;
    }

    @PostMapping
    ResponseEntity<ApplicationView> create(@RequestBody NewApplication request) {
        var application = drafting.create(request);
        return ResponseEntity.created(URI.create("/api/applications/" + application.id()))
                .body(views.of(application));
    }

    @PutMapping("/{id}/form")
    Drafting.FormResult form(@PathVariable UUID id, @RequestBody JsonNode form) {
        return drafting.updateForm(id, form);
    }

    @PostMapping("/{id}/pre-review")
    PreReviewResult preReview(@PathVariable UUID id) {
        var application = access.visible(id, Caller.current());
        if (!Access.isOwner(application, Caller.current())) {
            throw ProblemException.notFound("no application " + id);
        }
        var item =
                items.version(application.itemCode(), application.itemVersion()).orElseThrow();
        return preReview.check(application.form(), item, materials.of(id));
    }

    @GetMapping("/{id}")
    ApplicationView one(@PathVariable UUID id) {
        return views.of(access.visible(id, Caller.current()));
    }

    @GetMapping("/by-case/{caseNo}")
    ApplicationView byCase(@PathVariable String caseNo) {
        var caller = Caller.current();
        return store.findByCaseNoReadOnly(caseNo)
                .filter(a -> access.canSee(a, caller))
                .map(views::of)
                .orElseThrow(() -> ProblemException.notFound("no case " + caseNo));
    }

    @GetMapping
    List<ApplicationView> list(
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var caller = Caller.current();
        List<Application> found;
        if (Access.isStaff(caller)) {
            var departments = Access.seesAllDepartments(caller)
                    ? null
                    : caller.department().map(List::of).orElse(List.of("-"));
            // their departments' cases, and of drafts only the ones they are filing themselves
            found = store.listForStaff(caller.subject(), departments, status, page, size);
        } else {
            found = store.listOwned(caller.subject(), status, page, size);
        }
        return found.stream().map(views::of).toList();
    }
}
