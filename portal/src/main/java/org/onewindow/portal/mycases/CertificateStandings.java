package org.onewindow.portal.mycases;

import java.util.Optional;
import org.onewindow.portal.system.SignInAgainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * A certificate's standing by number (valid, revoked, expired...), from review-service: GET
 * /api/review/certificates/{no} without the verification code tells the number's standing alone.
 * The case page still shows without it, so any answer but 401 that is not the standing is none.
 */
@Component
class CertificateStandings {

    private static final Logger log = LoggerFactory.getLogger(CertificateStandings.class);

    private final RestClient gateway;

    CertificateStandings(@Qualifier("userGateway") RestClient gateway) {
        this.gateway = gateway;
    }

    record Standing(String certificateNo, String status) {}

    Optional<String> of(String certificateNo) {
        try {
            return Optional.ofNullable(gateway.get()
                            .uri("/api/review/certificates/{no}", certificateNo)
                            .exchange((request, response) -> {
                                var status = response.getStatusCode();
                                if (status.value() == 401) {
                                    throw new SignInAgainException("the API no longer takes the token (certificate)");
                                }
                                if (!status.is2xxSuccessful()) {
                                    log.info("certificate {} not shown: review answered {}", certificateNo, status);
                                    return null;
                                }
                                return response.bodyTo(Standing.class);
                            }))
                    .map(Standing::status);
        } catch (RestClientException e) {
            log.info("certificate {} not shown: {}", certificateNo, e.toString());
            return Optional.empty();
        }
    }
}
