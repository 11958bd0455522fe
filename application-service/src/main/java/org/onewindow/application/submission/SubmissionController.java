package org.onewindow.application.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Submit (with Idempotency-Key), resubmit after a supplement, withdraw. */
@RestController
@RequestMapping("/api/applications/{id}")
class SubmissionController {

    private final Submissions submissions;

    SubmissionController(Submissions submissions) {
        this.submissions = submissions;
    }

    record Withdrawal(@Size(max = 500) String reason) {}

    @PostMapping("/submit")
    SubmissionResult submit(
            @PathVariable UUID id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody(required = false) String body) {
        return submissions.submit(id, key, body);
    }

    @PostMapping("/supplement")
    SubmissionResult supplement(@PathVariable UUID id) {
        return submissions.resubmit(id);
    }

    @PostMapping("/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable UUID id, @Valid @RequestBody(required = false) Withdrawal withdrawal) {
        submissions.withdraw(id, withdrawal == null ? null : withdrawal.reason());
        return ResponseEntity.noContent().build();
    }
}
