package org.onewindow.catalog.changefeed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change feed the provincial platform synchronises from: publications and retirements in
 * order, after a cursor. A client keeps {@code nextCursor} and asks again with it. Items and
 * resources are two feeds ({@code kind}), each with its own cursor, so that an item client never
 * meets a code it cannot look up.
 */
@RestController
@Validated
class ChangeFeedController {

    private final ChangeFeedStore store;

    ChangeFeedController(ChangeFeedStore store) {
        this.store = store;
    }

    record ChangeFeed(List<ChangeFeedStore.Change> changes, long nextCursor) {}

    @GetMapping("/api/catalog/changes")
    ChangeFeed changes(
            @RequestParam(defaultValue = "0") @Min(0) long since,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size,
            @RequestParam(defaultValue = "item") @Pattern(regexp = "item|resource") String kind) {
        var changes = kind.equals("resource") ? store.resourcesAfter(since, size) : store.after(since, size);
        return new ChangeFeed(
                changes,
                changes.isEmpty() ? since : changes.get(changes.size() - 1).cursor());
    }
}
