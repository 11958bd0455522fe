package org.onewindow.catalog.item;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and editing the draft of an item. */
@Service
class ItemDrafts {

    private final ItemStore store;
    private final ItemValidator validator;
    private final Clock clock;

    ItemDrafts(ItemStore store, ItemValidator validator, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    ItemDraft create(ItemDefinition item, Caller caller) {
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

    ItemDraft draftOf(String code) {
        return store.findDraft(code).orElseThrow(() -> ProblemException.notFound("no item " + code));
    }
}
