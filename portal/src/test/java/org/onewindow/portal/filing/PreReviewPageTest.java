package org.onewindow.portal.filing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreReviewPageTest extends FilingTestSupport {

    @Test
    void tellsEveryProblemAtOnceInTheSummaryAndBesideEachAnswerOrMaterial() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, """
                {"unitName":"春城书店有限公司","premisesOwnership":"LEASED","areaSquareMeters":85.5}
                """);
        GATEWAY.stubFor(
                post(urlEqualTo("/api/applications/" + ID + "/pre-review")).willReturn(jsonBody(200, """
                {"passed":false,
                 "problems":[
                  {"code":"FORM_FIELD_REQUIRED","field":"creditCode","materialId":null,"message":"请填写必填项：creditCode"},
                  {"code":"MATERIAL_MISSING","field":null,"materialId":"application-form","message":"缺少必需材料：出版物零售单位设立申请书"},
                  {"code":"FILE_TYPE_NOT_ACCEPTED","field":null,"materialId":"business-license","message":"..."},
                  {"code":"SOMETHING_NEW","field":"address","materialId":null,"message":"地址须写到门牌号"}],
                 "notices":[
                  {"code":"MATERIAL_MAY_FOLLOW","field":null,"materialId":"premises-proof","message":"..."}]}
                """)));

        var page = getPage(base(RETAIL) + "/pre-review");

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/applications/" + ID + "/pre-review"))
                .withHeader("Authorization", equalTo("Bearer test-token")));
        var summary = page.selectFirst(".error-summary");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        assertThat(summary.select("a").eachAttr("href"))
                .containsExactly(
                        "#field-creditCode",
                        "#material-application-form",
                        "#material-business-license",
                        "#field-address");
        assertThat(summary.select("a").eachText())
                .containsExactly(
                        "请填写“统一社会信用代码”。",
                        "请上传“出版物零售单位设立申请书”。",
                        "“营业执照”只能上传PDF、JPG、PNG格式的文件，请换一个文件重新上传。",
                        // a code the portal does not know: the API's own Chinese words
                        "地址须写到门牌号");
        // each link lands on the row that says it again, and that row links to where to fix it
        var creditCode = page.selectFirst("#field-creditCode");
        assertThat(creditCode.text()).contains("请填写“统一社会信用代码”。");
        assertThat(creditCode.selectFirst("a").attr("href")).isEqualTo(base(RETAIL) + "/form#field-creditCode");
        var form = page.selectFirst("#material-application-form");
        assertThat(form.text()).contains("未上传", "请上传“出版物零售单位设立申请书”。");
        assertThat(form.selectFirst("a").attr("href")).isEqualTo(base(RETAIL) + "/materials#material-application-form");
        assertThat(page.selectFirst("#material-premises-proof").text()).contains("可容缺", "本事项允许容缺受理：可以先提交");
        assertThat(page.selectFirst("#field-premisesOwnership").text()).contains("租赁");
        assertThat(page.selectFirst("#field-areaSquareMeters").text()).contains("85.5");
        assertThat(page.select("a.btn[href$=/check]")).isEmpty();
    }

    @Test
    void aConditionalMaterialIsToldWithTheAnswerThatMadeItNeeded() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{\"premisesOwnership\":\"LEASED\"}");
        GATEWAY.stubFor(
                post(urlEqualTo("/api/applications/" + ID + "/pre-review")).willReturn(jsonBody(200, """
                {"passed":false,"problems":[
                  {"code":"CONDITIONAL_MATERIAL_MISSING","field":"premisesOwnership","materialId":"lease-contract",
                   "message":"根据您填写的“premisesOwnership”，还需提交：房屋租赁合同"}],"notices":[]}
                """)));

        var page = getPage(base(RETAIL) + "/pre-review");

        assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#material-lease-contract");
        assertThat(page.selectFirst(".error-summary a").text()).isEqualTo("根据您填写的“经营场所产权”，还需要上传“房屋租赁合同”。");
    }

    @Test
    void passingSaysSoAndLeadsToTheCheck() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, FormPageTest.FILLED);
        GATEWAY.stubFor(post(urlEqualTo("/api/applications/" + ID + "/pre-review"))
                .willReturn(jsonBody(200, "{\"passed\":true,\"problems\":[],\"notices\":[]}")));

        var page = getPage(base(RETAIL) + "/pre-review");

        assertThat(page.select(".error-summary")).isEmpty();
        assertThat(page.selectFirst(".pre-review-passed").text()).contains("预审通过");
        assertThat(page.selectFirst("a.btn[href$=/check]").text()).isEqualTo("继续：核对");
    }
}
