package org.onewindow.application.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.onewindow.application.application.Access;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.security.Roles;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in applicant (or the provincial platform relaying its user's rating) rates a case. */
@RestController
class EvaluationController {

    private final Access access;
    private final Evaluations evaluations;

    EvaluationController(Access access, Evaluations evaluations) {
        this.access = access;
        this.evaluations = evaluations;
    }

    record Evaluation(
            @NotNull @Min(1) @Max(5) Integer level,
            @Size(max = 500) String comment) {}

    @PostMapping("/api/applications/{id}/evaluation")
    @Transactional
    ResponseEntity<Void> evaluate(@PathVariable UUID id, @Valid @RequestBody Evaluation evaluation) {
        var caller = Caller.current();
        var application = access.ownedForChange(id, caller);
        if (caller.hasRole(Roles.CLERK)) {
            // the clerk "owns" a counter case only to file it; the service is the applicant's to rate
            throw new ProblemException(
                    HttpStatus.FORBIDDEN,
                    "forbidden",
                    "staff do not rate their own service: the applicant rates a counter case with the case number"
                            + " and the query code printed on the receipt",
                    List.of());
        }
        evaluations.rate(
                application,
                new Evaluations.Rating(evaluation.level(), evaluation.comment()),
                caller.roles().contains(Roles.PROVINCIAL_PLATFORM) ? Roles.PROVINCIAL_PLATFORM : Roles.APPLICANT);
        return ResponseEntity.noContent().build();
    }
}
