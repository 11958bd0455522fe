package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.localstack.LocalStack;

/**
 * The public side's own records, through the gateway: a complaint filed without a token is
 * followed with its code, answered and published in the correction column. (Results, figures and
 * rectifications follow the whole flow in {@link OneWindowFlowIT}.)
 */
class DisclosureIT {

    static LocalStack stack;
    static Api api;

    @BeforeAll
    static void start() {
        stack = E2eStack.get();
        api = new Api(stack.ports());
    }

    @Test
    void aComplaintIsFiledWithoutATokenFollowedAnsweredAndPublished() {
        var filed = api.post("/api/disclosure/complaints", null, """
                {"kind": "COMPLAINT", "subject": "窗口人员态度生硬", "department": "publishing",
                 "content": "三月五日在政务大厅办理时被要求重复提交材料。", "contact": {"phone": "13912345678"}}
                """);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        var ticket = Api.JSON.readTree(filed.body()).get("ticket").asString();
        var code = Api.JSON.readTree(filed.body()).get("queryCode").asString();

        var status = api.get("/api/disclosure/complaints/" + ticket + "?code=" + code, null);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(api.get("/api/disclosure/complaints/" + ticket + "?code=WRONGCODE234", null)
                        .statusCode())
                .isEqualTo(404);

        var answer = "{\"answer\": \"已约谈当事窗口人员并通报整改。\", \"publish\": true}";
        assertThat(api.post("/api/disclosure/complaints/" + ticket + "/answer", api.tokenOf("clerk"), answer)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.post("/api/disclosure/complaints/" + ticket + "/answer", api.tokenOf("supervisor"), answer)
                        .statusCode())
                .isEqualTo(200);
        assertThat(Api.JSON
                        .readTree(api.get("/api/disclosure/complaints/" + ticket + "?code=" + code, null)
                                .body())
                        .get("answered")
                        .asBoolean())
                .isTrue();
        var column = api.get("/api/disclosure/corrections?size=100", null).body();
        assertThat(column).contains(ticket, "已约谈当事窗口人员并通报整改。").doesNotContain("13912345678", "重复提交材料");
    }
}
