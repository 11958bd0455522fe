package org.onewindow.disclosure.notice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

/** Notices and policy documents (通知公告, 政策文件): supervisors publish, everyone reads. */
@RestController
class NoticeController {

    private final NoticeService notices;

    NoticeController(NoticeService notices) {
        this.notices = notices;
    }

    record NoticeInput(
            @NotNull Notice.Kind kind,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 100) String documentNo,
            @NotBlank @Size(max = 20000) String body) {}

    @PostMapping("/api/disclosure/notices")
    ResponseEntity<Notice> publish(@Valid @RequestBody NoticeInput input) {
        var notice = notices.publish(
                input.kind(),
                input.title(),
                input.documentNo(),
                input.body(),
                Caller.current().username());
        return ResponseEntity.created(URI.create("/api/disclosure/notices/" + notice.number()))
                .body(notice);
    }

    @GetMapping("/api/disclosure/notices")
    List<Notice.Summary> list(
            @RequestParam(required = false) Notice.Kind kind,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return notices.list(kind, page, size);
    }

    @GetMapping("/api/disclosure/notices/{number}")
    Notice notice(@PathVariable String number) {
        return notices.notice(number);
    }
}
