package org.onewindow.review.certificate;

import java.util.List;
import org.onewindow.platform.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public: the certificate directory, which types review issues and what stands on their face. */
@RestController
@RequestMapping("/api/review/certificate-types")
class CertificateTypeController {

    private final CertificateTypes types;

    CertificateTypeController(CertificateTypes types) {
        this.types = types;
    }

    @GetMapping
    List<CertificateType> all() {
        return types.all();
    }

    @GetMapping("/{code}")
    CertificateType one(@PathVariable String code) {
        return types.find(code).orElseThrow(() -> ProblemException.notFound("no certificate type " + code));
    }
}
