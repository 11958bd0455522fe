package org.onewindow.review.casefile;

import java.util.List;

/** What {@link CaseLifecycle} answers to one action on a case. */
public sealed interface Outcome {

    /**
     * The action holds: the case becomes {@code after} (possibly unchanged, as when a withdrawal is
     * refused), and {@code effects} say, in order, what to record and publish.
     */
    record Step(CaseState after, List<Effect> effects) implements Outcome {
        public Step {
            effects = List.copyOf(effects);
        }
    }

    /** A staff action that the case's state does not allow now (409). */
    record Refused(String reason) implements Outcome {}

    /** An event that is stale or a duplicate for the case's state: nothing changes, nothing is said. */
    record Ignored(String reason) implements Outcome {}
}
