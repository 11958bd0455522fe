package org.onewindow.catalog.item;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.onewindow.catalog.changefeed.Changes;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Creating and editing the draft of an item. */
@Service
class ItemDrafts {

    private final ItemStore store;
    private final ItemValidator validator;
    private final Clock clock;
    private final JsonMapper json;

    ItemDrafts(ItemStore store, ItemValidator validator, Clock clock, JsonMapper json) {
        this.store = store;
        this.validator = validator;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    ItemDraft create(ItemDefinition item) {
        var caller = Caller.current();
        var problems = new java.util.ArrayList<>(validator.problemsOf(item));
        if (item.code() != null && store.exists(item.code())) {
            problems.add(new FieldProblem("code", "duplicate", "an item with this code exists already"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(List.copyOf(problems));
        }
        var now = OffsetDateTime.now(clock);
        store.insertDraft(item, caller.username(), now);
        store.logChange(item.code(), "DRAFT_CREATED", null, caller.username(), now, "[]");
        return store.findDraft(item.code()).orElseThrow();
    }

    /**
     * Replaces the draft (or starts the next version's draft from the published one).
     *
     * @param expectedRevision the revision the editor started from ({@code If-Match}), or null
     */
    @Transactional
    ItemDraft edit(String code, ItemDefinition item, Integer expectedRevision) {
        var current = draftOf(code);
        if (current.status() == ItemStatus.RETIRED) {
            throw ProblemException.conflict("item " + code + " is retired; it is no longer edited");
        }
        var problems = new java.util.ArrayList<>(validator.problemsOf(item));
        if (!code.equals(item.code())) {
            problems.add(new FieldProblem("code", "code-changed", "an item's code never changes; create a new item"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(List.copyOf(problems));
        }
        if (expectedRevision != null && expectedRevision != current.revision()) {
            throw new ProblemException(
                    org.springframework.http.HttpStatus.PRECONDITION_FAILED,
                    "revision-mismatch",
                    "the draft is at revision " + current.revision() + ", not " + expectedRevision + "; reload it",
                    List.of());
        }
        var base = current.draft() != null
                ? current.draft()
                : store.findVersion(code, current.currentVersion())
                        .orElseThrow()
                        .guide();
        var caller = Caller.current();
        var now = OffsetDateTime.now(clock);
        if (!store.updateDraft(item, current.revision(), caller.username(), now)) {
            throw ProblemException.conflict("someone else changed the draft just now; reload it");
        }
        store.logChange(
                code,
                "DRAFT_EDITED",
                null,
                caller.username(),
                now,
                json.writeValueAsString(Changes.between(base, item, json)));
        return draftOf(code);
    }

    ItemDraft draftOf(String code) {
        return store.findDraft(code).orElseThrow(() -> ProblemException.notFound("no item " + code));
    }
}
