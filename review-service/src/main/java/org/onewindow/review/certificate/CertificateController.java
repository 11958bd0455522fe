package org.onewindow.review.certificate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public: a certificate's standing by number, its content with the verification code printed on
 * it, or the check of a presented one. Revocation is the bureau's.
 */
@RestController
class CertificateController {

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    record Revocation(@NotBlank @Size(max = 500) String reason) {}

    record Presented(
            @NotNull @Valid CertificateContent content,
            @NotBlank @Size(max = 200) String signature) {}

    @GetMapping("/api/review/certificates/{certificateNo}")
    Certificates.PublicCertificate certificate(
            @PathVariable String certificateNo, @RequestParam(required = false) String code) {
        return certificates.publicView(certificateNo, code);
    }

    @GetMapping("/api/review/certificates/{certificateNo}/verify")
    Certificates.Verification verify(@PathVariable String certificateNo) {
        return certificates.verify(certificateNo);
    }

    @PostMapping("/api/review/certificates/verify")
    Certificates.Verification verifyPresented(@Valid @RequestBody Presented presented) {
        return certificates.verifyPresented(presented.content(), presented.signature());
    }

    @PostMapping("/api/review/certificates/{certificateNo}/revoke")
    ResponseEntity<Void> revoke(@PathVariable String certificateNo, @Valid @RequestBody Revocation revocation) {
        certificates.revoke(certificateNo, revocation.reason());
        return ResponseEntity.noContent().build();
    }
}
