package org.onewindow.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictsTest {

    private static final FuzzCase CASE =
            FuzzCase.of("POST", "/api/applications", "applicant").labelled("field x: NUL");
    private static final String PROBLEM_400 =
            "{\"type\":\"urn:onewindow:problem:validation\",\"title\":\"Bad Request\",\"status\":400}";

    private static FuzzClient.Outcome answer(int status, String contentType, String body) {
        return new FuzzClient.Outcome(status, contentType, body.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void aProblemDetailRefusingTheRequestPasses() {
        assertThat(Verdicts.judge(CASE, answer(400, "application/problem+json", PROBLEM_400), Map.of()))
                .isEmpty();
    }

    @Test
    void aServerErrorFails() {
        assertThat(Verdicts.judge(CASE, answer(500, "application/problem+json", "{\"status\":500}"), Map.of()))
                .containsExactly("server error 500");
    }

    @Test
    void aClientErrorThatIsNotAProblemDetailFails() {
        assertThat(Verdicts.judge(CASE, answer(400, "", ""), Map.of()))
                .singleElement()
                .asString()
                .startsWith("400 without application/problem+json (no Content-Type");
        assertThat(Verdicts.judge(CASE, answer(404, "text/html;charset=utf-8", "<html/>"), Map.of()))
                .singleElement()
                .asString()
                .contains("text/html");
        assertThat(Verdicts.judge(CASE, answer(413, "application/problem+json", PROBLEM_400), Map.of()))
                .containsExactly("413 with a problem body that does not say type and status 413");
        assertThat(Verdicts.judge(CASE, answer(400, "application/problem+json", "not json"), Map.of()))
                .containsExactly("400 with a problem body that is not JSON");
    }

    @Test
    void onlyTheHttpDecodersBareRefusalsGoWithoutABody() {
        assertThat(Verdicts.judge(CASE, answer(414, "", ""), Map.of())).isEmpty();
        assertThat(Verdicts.judge(CASE, answer(431, "", ""), Map.of())).isEmpty();
        assertThat(Verdicts.judge(CASE, answer(431, "text/plain", "too big"), Map.of()))
                .singleElement()
                .asString()
                .startsWith("431 without application/problem+json");
    }

    @Test
    void aRequestThatMustBeRefusedFailsWhenItIsAccepted() {
        var stranger = CASE.labelled("another user's id").refused();
        assertThat(Verdicts.judge(stranger, answer(200, "application/json", "{}"), Map.of()))
                .containsExactly("answered 200 to a request it must refuse");
        assertThat(Verdicts.judge(
                        stranger, answer(404, "application/problem+json", PROBLEM_400.replace("400", "404")), Map.of()))
                .isEmpty();
    }

    @Test
    void aRefusalThatWroteARowFails_anAcceptedWriteMay() {
        var changed = Map.of("outbox_event", 1L);
        assertThat(Verdicts.judge(CASE, answer(400, "application/problem+json", PROBLEM_400), changed))
                .containsExactly("wrote on a refusal: row counts changed {outbox_event=1}");
        assertThat(Verdicts.judge(CASE, answer(201, "application/json", "{}"), changed))
                .isEmpty();
    }

    @Test
    void noAnswerFails_unlessTheGatewayMayCloseTheConnectionOnAnOversizedChunkedBody() {
        var reset = FuzzClient.Outcome.failed("IOException: connection reset");
        assertThat(Verdicts.judge(CASE, reset, Map.of())).containsExactly("no answer: IOException: connection reset");
        assertThat(Verdicts.judge(CASE.chunkedBody(), reset, Map.of())).isEmpty();
    }

    @Test
    void rowCountDifferencesNameOnlyTheTablesThatMoved() {
        assertThat(RowCounts.difference(Map.of("a", 1L, "b", 2L), Map.of("a", 1L, "b", 3L, "c", 1L)))
                .containsExactly(Map.entry("b", 1L), Map.entry("c", 1L));
    }
}
