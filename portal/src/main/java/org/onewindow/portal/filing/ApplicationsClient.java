package org.onewindow.portal.filing;

import java.util.List;
import java.util.UUID;
import org.onewindow.portal.system.AccessTokens;
import org.onewindow.portal.system.GatewayUnavailableException;
import org.onewindow.portal.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.node.ObjectNode;

/**
 * application-service's applicant side, through the gateway, as the signed-in person: the API
 * decides whose application is whose (another person's id is a 404, as if it did not exist).
 * A 5xx or no answer is {@link GatewayUnavailableException}; a refusal is {@link ApiProblemException}.
 */
@Component("filingApplicationsClient")
class ApplicationsClient {

    private final RestClient gateway;
    private final RestClient uploads;

    ApplicationsClient(@Qualifier("userGateway") RestClient gateway, ObjectProvider<AccessTokens> accessTokens) {
        this.gateway = gateway;
        // Spring's request interceptors hold a whole request body in memory before sending it; a
        // 10 MB scan should go on to the gateway as it is read. Uploads use the same client without
        // them, and put the person's token on each request themselves.
        this.uploads = gateway.mutate()
                .requestInterceptors(List::clear)
                .defaultRequest(request -> accessTokens.ifAvailable(tokens ->
                        tokens.current().ifPresent(token -> request.headers(headers -> headers.setBearerAuth(token)))))
                .build();
    }

    /** Online, a natural person's identity comes from her token; a legal person is named here. */
    record NewApplication(String itemCode, ApplicantInput applicant) {}

    record ApplicantInput(String type, String name, String idNumber) {}

    Application create(NewApplication request) {
        return exchange("create draft", gateway.post().uri("/api/applications").body(request), Application.class);
    }

    Application get(UUID id) {
        return exchange("application " + id, gateway.get().uri("/api/applications/{id}", id), Application.class);
    }

    SavedForm saveForm(UUID id, ObjectNode form) {
        return exchange(
                "form of " + id,
                gateway.put().uri("/api/applications/{id}/form", id).body(form),
                SavedForm.class);
    }

    Application.StoredFile upload(UUID id, String materialId, MultipartFile file) {
        var partHeaders = new HttpHeaders();
        partHeaders.setContentType(declaredType(file));
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new HttpEntity<>(new UploadedPart(file), partHeaders));
        return exchange(
                "upload of " + materialId + " to " + id,
                uploads.post()
                        .uri("/api/applications/{id}/materials/{materialId}", id, materialId)
                        .contentType(MediaType.MULTIPART_FORM_DATA)
                        .body(parts),
                Application.StoredFile.class);
    }

    PreReviewResult preReview(UUID id) {
        return exchange(
                "pre-review of " + id,
                gateway.post().uri("/api/applications/{id}/pre-review", id),
                PreReviewResult.class);
    }

    /** The same key twice gets the first answer: a double click files one case. */
    Submission submit(UUID id, String idempotencyKey) {
        return exchange(
                "submission of " + id,
                gateway.post().uri("/api/applications/{id}/submit", id).header("Idempotency-Key", idempotencyKey),
                Submission.class);
    }

    private static MediaType declaredType(MultipartFile file) {
        try {
            return file.getContentType() == null
                    ? MediaType.APPLICATION_OCTET_STREAM
                    : MediaType.parseMediaType(file.getContentType());
        } catch (IllegalArgumentException e) {
            // the API judges a file by its first bytes anyway
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static <T> T exchange(String what, RestClient.RequestHeadersSpec<?> request, Class<T> type) {
        try {
            return request.exchange((call, response) -> {
                var status = response.getStatusCode().value();
                if (status == 404) {
                    throw new NotFoundException(what + ": not found, or not this person's");
                }
                if (status == 401) {
                    throw new SignInAgainException(what);
                }
                if (status >= 500) {
                    throw new GatewayUnavailableException(what + " answered " + status);
                }
                if (status >= 400) {
                    throw new ApiProblemException(what, problem(response, status));
                }
                return response.bodyTo(type);
            });
        } catch (RestClientException e) {
            throw new GatewayUnavailableException(what + " failed", e);
        }
    }

    private static ApiProblem problem(
            RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response, int status) {
        try {
            var problem = response.bodyTo(ApiProblem.class);
            return problem == null ? ApiProblem.of(status) : problem.withStatus(status);
        } catch (RestClientException e) {
            // not a problem document (a proxy's page): the status alone still says what happened
            return ApiProblem.of(status);
        }
    }
}
