package org.onewindow.portal.casework;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.portal.applications.ApiAnswers;
import org.onewindow.portal.applications.Application;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The staff's calls through the gateway, as the signed-in member of staff (userGateway): her queue,
 * a case, the application behind it and its files, and each step she takes. The API decides which
 * cases she sees and what she may do; a case she may not see is a 404 there and here.
 */
@Component
class CaseworkClient {

    private final RestClient gateway;

    CaseworkClient(@Qualifier("userGateway") RestClient gateway) {
        this.gateway = gateway;
    }

    List<Task> tasks() {
        var found = ApiAnswers.read("the queue", gateway.get().uri("/api/review/tasks"), Task[].class);
        return found == null ? List.of() : Arrays.asList(found);
    }

    ReviewCase reviewCase(String caseNo) {
        return ApiAnswers.read(
                "review case " + caseNo, gateway.get().uri("/api/review/cases/{caseNo}", caseNo), ReviewCase.class);
    }

    Application application(String caseNo) {
        return ApiAnswers.read(
                "application of case " + caseNo,
                gateway.get().uri("/api/applications/by-case/{caseNo}", caseNo),
                Application.class);
    }

    /** One of the case's files, handed to {@code sink} as it arrives: never held whole in memory. */
    void material(UUID applicationId, String materialId, MaterialSink sink) {
        ApiAnswers.exchange(
                "material " + materialId + " of " + applicationId,
                gateway.get().uri("/api/applications/{id}/materials/{materialId}", applicationId, materialId),
                response -> {
                    sink.accept(response.getHeaders(), response.getBody());
                    return null;
                });
    }

    /**
     * A step on the case: {@code action} is the path after the case ({@code accept},
     * {@code opinions}...), {@code body} its JSON.
     */
    void act(String caseNo, String action, Map<String, ?> body) {
        ApiAnswers.read(
                action + " of " + caseNo,
                gateway.post()
                        .uri("/api/review/cases/{caseNo}/" + action, caseNo)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(body),
                null);
    }

    void revoke(String certificateNo, String reason) {
        ApiAnswers.read(
                "revocation of " + certificateNo,
                gateway.post()
                        .uri("/api/review/certificates/{no}/revoke", certificateNo)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("reason", reason)),
                null);
    }

    @FunctionalInterface
    interface MaterialSink {
        void accept(HttpHeaders headers, InputStream body) throws IOException;
    }
}
