package org.onewindow.catalog.item;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.onewindow.catalog.search.SearchIndex;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.catalog.ItemGuide;
import org.onewindow.contracts.catalog.ItemPublished;
import org.onewindow.contracts.catalog.ItemRetired;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishing a draft as the next immutable version, and retiring an item. Each is one
 * transaction: the state, the search index, the change log and the event.
 */
@Service
class ItemPublishing {

    private final ItemStore store;
    private final ItemValidator validator;
    private final SearchIndex search;
    private final EventPublisher events;
    private final Clock clock;
    private final JsonMapper json;

    ItemPublishing(
            ItemStore store,
            ItemValidator validator,
            SearchIndex search,
            EventPublisher events,
            Clock clock,
            JsonMapper json) {
        this.store = store;
        this.validator = validator;
        this.search = search;
        this.events = events;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    PublishedVersion publish(String code) {
        var current = store.findDraft(code).orElseThrow(() -> ProblemException.notFound("no item " + code));
        if (current.status() == ItemStatus.RETIRED) {
            throw ProblemException.conflict("item " + code + " is retired");
        }
        if (current.draft() == null) {
            throw ProblemException.conflict("item " + code + " has no draft to publish; edit it first");
        }
        validator.requireValid(current.draft());
        int version = current.currentVersion() == null ? 1 : current.currentVersion() + 1;
        var actor = Caller.current().username();
        var now = OffsetDateTime.now(clock);
        store.publish(current.draft(), version, current.revision(), actor, now);
        search.index(current.draft().indexed(version));
        store.logChange(code, "PUBLISHED", version, actor, now, "[]");
        events.publish(
                EventTypes.ITEM_PUBLISHED,
                code,
                new ItemPublished(code, version, now, json.convertValue(current.draft(), ItemGuide.class)));
        return store.findVersion(code, version).orElseThrow();
    }

    @Transactional
    void retire(String code, String reason) {
        var current = store.findDraft(code).orElseThrow(() -> ProblemException.notFound("no item " + code));
        if (current.status() != ItemStatus.PUBLISHED) {
            throw ProblemException.conflict("only a published item is retired; " + code + " is " + current.status());
        }
        var actor = Caller.current().username();
        var now = OffsetDateTime.now(clock);
        store.retire(code, current.revision(), actor, now);
        search.remove(code);
        store.logChange(code, "RETIRED", current.currentVersion(), actor, now, "[]");
        events.publish(EventTypes.ITEM_RETIRED, code, new ItemRetired(code, current.currentVersion(), now, reason));
    }
}
