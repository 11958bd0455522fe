package org.onewindow.platform.messaging;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that must see only what a transaction committed: metrics, caches, a relay's wake-up. */
public final class AfterCommit {

    private AfterCommit() {}

    /** After the running transaction commits (never, if it rolls back); at once when none runs. */
    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
