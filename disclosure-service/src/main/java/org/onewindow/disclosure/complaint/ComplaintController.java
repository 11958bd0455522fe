package org.onewindow.disclosure.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.onewindow.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints and reports (DOMAIN.md): anyone files one without a token and gets a ticket and a
 * query code; a supervisor answers and may publish the answer. Text is only ever returned as JSON
 * strings, never as markup.
 */
@RestController
class ComplaintController {

    private final ComplaintService complaints;

    ComplaintController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    record AnswerInput(@NotBlank @Size(max = 2000) String answer, boolean publish) {}

    @PostMapping("/api/disclosure/complaints")
    ResponseEntity<ComplaintService.Filed> file(@Valid @RequestBody ComplaintInput input) {
        var filed = complaints.file(input);
        return ResponseEntity.created(URI.create("/api/disclosure/complaints/" + filed.ticket()))
                .body(filed);
    }

    @GetMapping("/api/disclosure/complaints/{ticket}")
    ComplaintStatus status(@PathVariable String ticket, @RequestParam String code) {
        return complaints.status(ticket, code);
    }

    @PostMapping("/api/disclosure/complaints/{ticket}/answer")
    ComplaintStatus answer(@PathVariable String ticket, @Valid @RequestBody AnswerInput input) {
        return complaints.answer(
                ticket, input.answer(), input.publish(), Caller.current().username());
    }

    /** The supervisors' worklist: open ones first, oldest first, late ones flagged. */
    @GetMapping("/api/disclosure/complaints")
    List<ComplaintService.ForSupervisor> list(
            @RequestParam(defaultValue = "false") boolean answered,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return complaints.worklist(answered, page, size);
    }
}
