package org.onewindow.review.sharing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sharing API for other departments' systems (role {@code sharing-client}), and its access log
 * for the bureau's supervisors. A refusal is a 403 problem naming why; the log has it either way.
 * The sharing calls take their input unchecked: Sharing checks it, so that bad input is logged too.
 */
@RestController
@Validated
class SharingController {

    static final String PURPOSE = "X-Purpose";

    private final Sharing sharing;

    SharingController(Sharing sharing) {
        this.sharing = sharing;
    }

    @GetMapping("/api/sharing/licences")
    Sharing.Licences licences(
            @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String resource,
            @RequestHeader(name = PURPOSE, required = false) String purpose) {
        return sharing.licences(creditCode, resource, purpose, grant());
    }

    @GetMapping("/api/sharing/certificates/{certificateNo}")
    Sharing.SharedCertificate certificate(
            @PathVariable String certificateNo, @RequestHeader(name = PURPOSE, required = false) String purpose) {
        return sharing.certificate(certificateNo, purpose, grant());
    }

    @GetMapping("/api/sharing/access-log")
    AccessLog.Page accessLog(
            @RequestParam(required = false) @Size(max = 100) String client,
            @RequestParam(required = false) @Size(max = 24) String resource,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return sharing.accessLog(client, resource, page, size);
    }

    private static SharingGrant grant() {
        return SharingGrant.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
