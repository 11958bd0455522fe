package org.onewindow.portal.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.onewindow.portal.publicapi.Answer;
import org.onewindow.portal.publicapi.PublicApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * 证照核验 through review-service: a number alone tells only its standing; with the verification
 * code printed on the certificate, its content too (a natural person's name masked by the API).
 */
@Component
class CertificateClient {

    private static final String CERTIFICATE = "/api/review/certificates/{certificateNo}";

    private final PublicApi api;

    CertificateClient(PublicApi api) {
        this.api = api;
    }

    /** 404 for a number never issued. */
    Answer<PublicCertificate> standing(String certificateNo) {
        return api.get(
                "certificate standing",
                uri -> uri.path(CERTIFICATE).build(Map.of("certificateNo", certificateNo)),
                new ParameterizedTypeReference<>() {});
    }

    /** 404 alike for a number never issued and a wrong code. */
    Answer<PublicCertificate> withContent(String certificateNo, String code) {
        return api.get(
                "certificate content",
                uri -> uri.path(CERTIFICATE)
                        .queryParam("code", "{code}")
                        .build(Map.of("certificateNo", certificateNo, "code", code)),
                new ParameterizedTypeReference<>() {});
    }

    /** Whether the stored certificate's signature verifies against the bureau's trusted keys. */
    Answer<Verification> verification(String certificateNo) {
        return api.get(
                "certificate signature check",
                uri -> uri.path(CERTIFICATE + "/verify").build(Map.of("certificateNo", certificateNo)),
                new ParameterizedTypeReference<>() {});
    }

    /**
     * @param status VALID, EXPIRED, REVOKED or INVALID (content not as a trusted key signed it)
     * @param content present only with the right verification code
     */
    record PublicCertificate(String certificateNo, String status, String reason, String algorithm, Content content) {}

    record Content(
            String certificateNo,
            String caseNo,
            String holder,
            String itemCode,
            String itemName,
            String issuingBody,
            String issuerCode,
            LocalDate issuedOn,
            LocalDate validUntil,
            String decision,
            List<String> reviewedBy) {

        public Content {
            reviewedBy = reviewedBy == null ? List.of() : List.copyOf(reviewedBy);
        }
    }

    record Verification(
            String certificateNo,
            boolean known,
            boolean signatureValid,
            boolean revoked,
            boolean expired,
            boolean valid,
            String reason) {}
}
