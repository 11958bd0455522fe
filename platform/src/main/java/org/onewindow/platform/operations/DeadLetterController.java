package org.onewindow.platform.operations;

import org.onewindow.platform.messaging.DeadLetter;
import org.onewindow.platform.messaging.DeadLetterPage;
import org.onewindow.platform.messaging.DeadLetterRedrive;
import org.onewindow.platform.messaging.DeadLetterStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service's dead letters, for supervisors: newest first, and sending one again. */
@RestController
@RequestMapping("/api/${onewindow.api-prefix}/dead-letters")
class DeadLetterController {

    private final DeadLetterStore store;
    private final DeadLetterRedrive redrive;

    DeadLetterController(DeadLetterStore store, DeadLetterRedrive redrive) {
        this.store = store;
        this.redrive = redrive;
    }

    @GetMapping
    DeadLetterPage list(
            @RequestParam(required = false) Boolean redriven,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Supervisors.require();
        return store.page(redriven, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    @PostMapping("/{id}/redrive")
    DeadLetter redrive(@PathVariable long id) {
        var supervisor = Supervisors.require();
        return redrive.redrive(id, supervisor.username());
    }
}
