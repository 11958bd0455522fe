package org.onewindow.portal.applications;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.node.ObjectNode;

/**
 * application-service's applicant API, through the gateway as the signed-in person (userGateway):
 * the API decides whose application is whose and what she may do with it, never the portal. Filing
 * makes and fills in a draft with it; 我的办件 follows the case after. What each answer means to a
 * page is {@link ApiAnswers}'. A material's file is streamed: userGateway buffers no body.
 */
@Component
public class ApplicationsClient {

    private final RestClient gateway;

    ApplicationsClient(@Qualifier("userGateway") RestClient gateway) {
        this.gateway = gateway;
    }

    /** One page of her applications, newest first as the API lists them, of one status (or all: null). */
    public List<Application> list(String status, int page) {
        var found = ApiAnswers.read(
                "the list of applications",
                gateway.get().uri(uri -> {
                    uri.path("/api/applications").queryParam("page", page);
                    if (status != null) {
                        uri.queryParam("status", status);
                    }
                    return uri.build();
                }),
                Application[].class);
        return found == null ? List.of() : Arrays.asList(found);
    }

    public Application get(UUID id) {
        return ApiAnswers.read("application " + id, gateway.get().uri("/api/applications/{id}", id), Application.class);
    }

    public Application create(NewApplication request) {
        return ApiAnswers.read(
                "create draft", gateway.post().uri("/api/applications").body(request), Application.class);
    }

    public SavedForm saveForm(UUID id, ObjectNode form) {
        return ApiAnswers.read(
                "form of " + id,
                gateway.put().uri("/api/applications/{id}/form", id).body(form),
                SavedForm.class);
    }

    /** The file goes on to the API as it is read, into the slot of its material (a draft's or a case's). */
    public void upload(UUID id, String materialId, MultipartFile file) {
        ApiAnswers.read(
                "upload of " + materialId + " to " + id,
                gateway.post()
                        .uri("/api/applications/{id}/materials/{materialId}", id, materialId)
                        .contentType(MediaType.MULTIPART_FORM_DATA)
                        .body(UploadedPart.body(file)),
                null);
    }

    public PreReviewResult preReview(UUID id) {
        return ApiAnswers.read(
                "pre-review of " + id,
                gateway.post().uri("/api/applications/{id}/pre-review", id),
                PreReviewResult.class);
    }

    /** The same key twice gets the first answer: a double click files one case. */
    public Submission submit(UUID id, String idempotencyKey) {
        return ApiAnswers.read(
                "submission of " + id,
                gateway.post().uri("/api/applications/{id}/submit", id).header("Idempotency-Key", idempotencyKey),
                Submission.class);
    }

    /** After a supplement's files: the case goes back to the office. */
    public void resubmit(UUID id) {
        ApiAnswers.read("resubmission of " + id, gateway.post().uri("/api/applications/{id}/supplement", id), null);
    }

    public void withdraw(UUID id, String reason) {
        var body = reason == null || reason.isBlank() ? Map.of() : Map.of("reason", reason.strip());
        ApiAnswers.read(
                "withdrawal of " + id,
                gateway.post()
                        .uri("/api/applications/{id}/withdraw", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(body),
                null);
    }

    /** 好差评: a level from 1 to 5 and an optional comment. */
    public void evaluate(UUID id, int level, String comment) {
        var body = comment == null || comment.isBlank()
                ? Map.<String, Object>of("level", level)
                : Map.<String, Object>of("level", level, "comment", comment.strip());
        ApiAnswers.read(
                "evaluation of " + id,
                gateway.post()
                        .uri("/api/applications/{id}/evaluation", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(body),
                null);
    }
}
