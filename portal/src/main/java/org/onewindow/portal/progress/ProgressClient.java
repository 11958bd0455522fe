package org.onewindow.portal.progress;

import java.util.Map;
import org.onewindow.portal.publicapi.Answer;
import org.onewindow.portal.publicapi.PublicApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * 办件查询 and 好差评 without an account. The API takes the query code as a query parameter; it goes
 * in as a URI variable (encoded) and never into what this class logs.
 */
@Component
class ProgressClient {

    private static final String PROGRESS = "/api/applications/progress/{caseNo}";

    private final PublicApi api;

    ProgressClient(PublicApi api) {
        this.api = api;
    }

    /** 404 alike for an unknown case and a wrong code; 429 after too many wrong codes. */
    Answer<PublicProgress> progress(String caseNo, String code) {
        return api.get(
                "case progress lookup",
                uri -> uri.path(PROGRESS).queryParam("code", "{code}").build(Map.of("caseNo", caseNo, "code", code)),
                new ParameterizedTypeReference<>() {});
    }

    /** 204 rated; 409 rated already or not completed; 400 with the fields; 404 and 429 as for the lookup. */
    Answer<Void> rate(String caseNo, String code, int level, String comment) {
        return api.post(
                "case rating",
                uri -> uri.path(PROGRESS + "/evaluation")
                        .queryParam("code", "{code}")
                        .build(Map.of("caseNo", caseNo, "code", code)),
                new Rating(level, comment),
                new ParameterizedTypeReference<>() {});
    }

    /** The API's body: level 1 (非常不满意) to 5 (非常满意), GB/T 39734-2020. */
    record Rating(int level, String comment) {}
}
