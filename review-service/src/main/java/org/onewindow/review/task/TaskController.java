package org.onewindow.review.task;

import java.util.List;
import org.onewindow.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/review/tasks}: the caller's queue (API.md). */
@RestController
class TaskController {

    private final Tasks tasks;

    TaskController(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/api/review/tasks")
    List<Task> tasks() {
        return tasks.of(Caller.current());
    }
}
