package org.onewindow.review.item;

import feign.FeignException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.contracts.catalog.ItemPublished;
import org.onewindow.platform.cache.LeastRecentlyUsed;
import org.onewindow.platform.messaging.AfterCommit;
import org.onewindow.platform.messaging.EventNotReadyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What review keeps of each item version: limits, departments, materials that may be missing at
 * acceptance. Fed by ItemPublished; a version a submission names before its ItemPublished has
 * arrived (another partition, a relay behind) is fetched from catalog-service and kept as the
 * event would have kept it, so that no submission waits on, or is lost to, the order of topics.
 */
@Service
public class ReviewItems {

    private static final Logger log = LoggerFactory.getLogger(ReviewItems.class);

    /** Far more than the versions in use: a bureau publishes a few thousand items. */
    static final int MAX_VERSIONS = 5_000;

    private final ItemStore store;
    private final CatalogClient catalog;
    // a version never changes (ItemStore keeps the first copy), so one read serves every later case
    private final Map<Key, ReviewItem> known = Collections.synchronizedMap(new LeastRecentlyUsed<>(MAX_VERSIONS));

    ReviewItems(ItemStore store, CatalogClient catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    public record ReviewItem(
            String code,
            int version,
            String name,
            String department,
            int promisedDays,
            int statutoryDays,
            List<String> departments,
            List<String> gapMaterials) {}

    /**
     * The item version, from review's own copy or else from catalog-service.
     *
     * @return empty only when catalog-service answers that the version does not exist
     * @throws EventNotReadyException when review has not seen the version and catalog-service
     *     cannot be asked now (down, slow, circuit open): time cures it, so the event is retried
     */
    public Optional<ReviewItem> find(String code, int version) {
        var key = new Key(code, version);
        var kept = known.get(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        var item = store.find(code, version).or(() -> fetch(code, version));
        item.ifPresent(found -> keepOnceCommitted(key, found));
        return item;
    }

    private Optional<ReviewItem> fetch(String code, int version) {
        CatalogItem item;
        try {
            item = catalog.version(code, version);
        } catch (RuntimeException e) {
            if (causedByNotFound(e)) {
                log.warn("catalog-service has no version {} of item {}", version, code);
                return Optional.empty();
            }
            throw new EventNotReadyException(
                    "item " + code + " v" + version + " not known yet and catalog-service did not answer", e);
        }
        log.info("item {} v{} fetched from catalog-service ahead of its ItemPublished", code, version);
        store.save(new ItemPublished(code, version, item.publishedAt(), item.guide()));
        return store.find(code, version);
    }

    // the row may be this transaction's own (fetched just now, or by an earlier record of the same
    // batch): kept in memory only once it is committed, or a rollback would leave it kept here and
    // never stored
    private void keepOnceCommitted(Key key, ReviewItem item) {
        AfterCommit.run(() -> known.put(key, item));
    }

    void published(ItemPublished published) {
        store.save(published);
    }

    private record Key(String code, int version) {}

    // the circuit breaker wraps the client's exception (NoFallbackAvailableException)
    private static boolean causedByNotFound(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FeignException.NotFound) {
                return true;
            }
        }
        return false;
    }
}
