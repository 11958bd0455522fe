package org.onewindow.portal.mycases;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.portal.system.GatewayUnavailableException;
import org.onewindow.portal.system.NotFoundException;
import org.onewindow.portal.system.SignInAgainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's own applications, through the gateway with her token (userGateway): the API
 * decides what she may see and do. Answers become: 404 the calm not-found page (someone else's case
 * is a 404 too); 401 signing in again; 5xx or no answer the calm unavailable page; any other refusal
 * an {@link ApiRefusedException} the page explains.
 */
@Component("myCasesApplicationsClient")
class ApplicationsClient {

    private static final Logger log = LoggerFactory.getLogger(ApplicationsClient.class);

    private final RestClient gateway;

    ApplicationsClient(@Qualifier("userGateway") RestClient gateway) {
        this.gateway = gateway;
    }

    /** One page of her applications, newest first as the API lists them, of one status or all. */
    List<Application> list(CaseStatus status, int page) {
        var found = call(
                gateway.get().uri(uri -> {
                    uri.path("/api/applications").queryParam("page", page);
                    if (status != null) {
                        uri.queryParam("status", status.name());
                    }
                    return uri.build();
                }),
                "the list of applications",
                Application[].class);
        return found == null ? List.of() : Arrays.asList(found);
    }

    Application one(UUID id) {
        return call(gateway.get().uri("/api/applications/{id}", id), "application " + id, Application.class);
    }

    void upload(UUID id, String materialId, MultipartFile file) {
        // one part named "file", with the file's own name and declared type, as the API takes it
        var headers = new HttpHeaders();
        if (file.getContentType() != null && !file.getContentType().isBlank()) {
            headers.setContentType(MediaType.parseMediaType(file.getContentType()));
        }
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new HttpEntity<>(file.getResource(), headers));
        call(
                gateway.post()
                        .uri("/api/applications/{id}/materials/{materialId}", id, materialId)
                        .contentType(MediaType.MULTIPART_FORM_DATA)
                        .body(parts),
                "upload of " + materialId + " to " + id,
                null);
    }

    void resubmit(UUID id) {
        call(gateway.post().uri("/api/applications/{id}/supplement", id), "resubmission of " + id, null);
    }

    void withdraw(UUID id, String reason) {
        var body = reason == null || reason.isBlank() ? Map.of() : Map.of("reason", reason.strip());
        call(
                gateway.post()
                        .uri("/api/applications/{id}/withdraw", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(body),
                "withdrawal of " + id,
                null);
    }

    void evaluate(UUID id, int level, String comment) {
        var body = comment == null || comment.isBlank()
                ? Map.<String, Object>of("level", level)
                : Map.<String, Object>of("level", level, "comment", comment.strip());
        call(
                gateway.post()
                        .uri("/api/applications/{id}/evaluation", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(body),
                "evaluation of " + id,
                null);
    }

    /**
     * A certificate's standing by number (valid, revoked, expired...). The number alone is all the
     * API tells; the page still shows without it when review does not answer.
     */
    Optional<CertificateStanding> certificate(String certificateNo) {
        try {
            return Optional.ofNullable(call(
                    gateway.get().uri("/api/review/certificates/{no}", certificateNo),
                    "certificate " + certificateNo,
                    CertificateStanding.class));
        } catch (RuntimeException e) {
            if (e instanceof SignInAgainException signIn) {
                throw signIn;
            }
            log.info("certificate {} not shown: {}", certificateNo, e.toString());
            return Optional.empty();
        }
    }

    /** GET /api/review/certificates/{no} without the verification code: the number's standing. */
    record CertificateStanding(String certificateNo, String status) {}

    private <T> T call(RestClient.RequestHeadersSpec<?> request, String what, Class<T> type) {
        try {
            return request.exchange((call, response) -> {
                var status = response.getStatusCode().value();
                if (response.getStatusCode().is2xxSuccessful()) {
                    return type == null ? null : response.bodyTo(type);
                }
                if (status == 401) {
                    throw new SignInAgainException("the API no longer takes the token (" + what + ")");
                }
                if (status == 404) {
                    throw new NotFoundException(what + " is not there, or not hers");
                }
                if (status >= 500 || status == 429) {
                    throw new GatewayUnavailableException(what + " answered " + status);
                }
                throw new ApiRefusedException(status, problemOf(response));
            });
        } catch (RestClientException e) {
            throw new GatewayUnavailableException(what + " failed", e);
        }
    }

    private static ApiProblem problemOf(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) {
        try {
            var problem = response.bodyTo(ApiProblem.class);
            return problem == null ? ApiProblem.NONE : problem;
        } catch (RestClientException e) {
            // a refusal without a readable problem (a proxy's page): the status alone tells enough
            return ApiProblem.NONE;
        }
    }
}
