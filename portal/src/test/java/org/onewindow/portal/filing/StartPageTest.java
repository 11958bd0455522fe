package org.onewindow.portal.filing;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class StartPageTest extends FilingTestSupport {

    @Test
    void namesTheItemItsFiveStepsAndAsksInWhoseNameAmongTheItemsServiceObjects() throws Exception {
        item(RETAIL, "item-retail-seed.json");

        var page = getPage("/items/" + RETAIL + "/apply");

        assertThat(page.selectFirst("h1").text()).isEqualTo("出版物零售单位设立审批");
        assertThat(page.select("ol.task-list .task-name").eachText()).containsExactly("填写表单", "上传材料", "预审", "核对", "提交");
        var who = page.selectFirst("form.start-form fieldset");
        assertThat(who.selectFirst("legend").text()).isEqualTo("以谁的名义申请");
        assertThat(who.select("input[type=radio][name=applicantType]").eachAttr("value"))
                .containsExactly("NATURAL_PERSON", "LEGAL_PERSON");
        assertThat(page.selectFirst("label[for=field-applicantType]").text()).isEqualTo("个人");
        assertThat(page.selectFirst("label[for=field-creditCode]").text()).isEqualTo("统一社会信用代码");
        assertThat(page.selectFirst("form.start-form").attr("action")).isEqualTo("/items/" + RETAIL + "/apply");
    }

    @Test
    void anItemForLegalPersonsOnlyOffersOnlyThatAndHasItChosen() throws Exception {
        item(PROGRAMME, "item-programme-seed.json");

        var page = getPage("/items/" + PROGRAMME + "/apply");

        var radios = page.select("input[name=applicantType]");
        assertThat(radios.eachAttr("value")).containsExactly("LEGAL_PERSON");
        assertThat(radios.first().hasAttr("checked")).isTrue();
    }

    @Test
    void aNaturalPersonStartsWithHerOwnIdentityAndLandsOnTheDraftsForm() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        GATEWAY.stubFor(post(urlEqualTo("/api/applications"))
                .willReturn(jsonBody(201, applicationJson(RETAIL, "DRAFT", "{}", "[]"))));

        mvc.perform(MockMvcRequestBuilders.post("/items/" + RETAIL + "/apply")
                        .param("applicantType", "NATURAL_PERSON")
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", base(RETAIL) + "/form"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/applications"))
                .withHeader("Authorization", equalTo("Bearer test-token"))
                .withRequestBody(equalToJson("{\"itemCode\":\"" + RETAIL
                        + "\",\"applicant\":{\"type\":\"NATURAL_PERSON\",\"name\":null,\"idNumber\":null}}")));
    }

    @Test
    void aLegalPersonIsNamedByItsUnitAndCreditCodeTypedAsPeopleTypeIt() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        GATEWAY.stubFor(post(urlEqualTo("/api/applications"))
                .willReturn(jsonBody(201, applicationJson(RETAIL, "DRAFT", "{}", "[]"))));

        mvc.perform(MockMvcRequestBuilders.post("/items/" + RETAIL + "/apply")
                        .param("applicantType", "LEGAL_PERSON")
                        .param("unitName", " 春城书店有限公司 ")
                        .param("creditCode", "９１５３０１０２ma6k3l2x1q")
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isSeeOther());

        GATEWAY.verify(
                postRequestedFor(urlEqualTo("/api/applications"))
                        .withRequestBody(
                                equalToJson(
                                        "{\"itemCode\":\"" + RETAIL
                                                + "\",\"applicant\":{\"type\":\"LEGAL_PERSON\",\"name\":\"春城书店有限公司\",\"idNumber\":\"91530102MA6K3L2X1Q\"}}")));
    }

    @Test
    void whatIsMissingIsToldBesideItsFieldAndNothingIsCreated() throws Exception {
        item(RETAIL, "item-retail-seed.json");

        var result = mvc.perform(MockMvcRequestBuilders.post("/items/" + RETAIL + "/apply")
                        .param("applicantType", "LEGAL_PERSON")
                        .param("creditCode", "1234")
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn();

        var page = page(result);
        var summary = page.selectFirst(".error-summary[role=alert]");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#field-unitName", "#field-creditCode");
        assertThat(summary.text()).contains("请填写“单位名称”。", "“统一社会信用代码”填写有误。要求：18位，由数字和大写英文字母组成。");
        assertThat(page.selectFirst("#field-creditCode-error").text()).contains("填写有误");
        assertThat(page.selectFirst("#field-creditCode").attr("aria-describedby"))
                .contains("field-creditCode-error");
        assertThat(page.selectFirst("input[name=applicantType][value=LEGAL_PERSON]")
                        .hasAttr("checked"))
                .isTrue();
        GATEWAY.verify(0, postRequestedFor(urlEqualTo("/api/applications")));
    }

    @Test
    void theApisRefusalsAreToldInPlainWords() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        GATEWAY.stubFor(post(urlEqualTo("/api/applications")).willReturn(problemBody(400, """
                        {"type":"urn:onewindow:problem:validation","status":400,"detail":"1 problem(s)",
                         "errors":[{"field":"applicant.idNumber","code":"invalid-id-number",
                                    "message":"not a valid unified social credit code (GB 32100-2015)"}]}
                        """)));

        var page = page(mvc.perform(MockMvcRequestBuilders.post("/items/" + RETAIL + "/apply")
                        .param("applicantType", "LEGAL_PERSON")
                        .param("unitName", "春城书店有限公司")
                        .param("creditCode", "91530102MA6K3L2X1A")
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page.selectFirst("#field-creditCode-error").text()).contains("“统一社会信用代码”有误，请对照营业执照核对后重新填写。");
        assertThat(page.text()).doesNotContain("GB 32100", "invalid-id-number");
    }

    @Test
    void anAccountWithoutAVerifiedIdentityIsToldWhereToGo() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        GATEWAY.stubFor(post(urlEqualTo("/api/applications")).willReturn(problemBody(403, """
                        {"type":"urn:onewindow:problem:no-verified-identity","status":403,
                         "detail":"this account has no verified identity"}
                        """)));

        var page = page(mvc.perform(MockMvcRequestBuilders.post("/items/" + RETAIL + "/apply")
                        .param("applicantType", "NATURAL_PERSON")
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page.selectFirst(".error-summary li").text()).contains("实名认证", "政务服务大厅");
        assertThat(page.selectFirst(".error-summary li a")).isNull();
    }

    @Test
    void anItemThatCannotBeFiledOnlineSaysSoAndOffersNoForm() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/11530000MB00000012QT00034000001"))
                .willReturn(json("item-window-only.json")));

        var page = page(
                mvc.perform(get("/items/11530000MB00000012QT00034000001/apply").with(zhangSan()))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(page.select("main form")).isEmpty();
        assertThat(page.selectFirst("main").text()).contains("暂不能在网上提交申请");
    }

    @Test
    void anUnknownItemIsTheCalmNotFoundPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/11530000MB00000012XK99999000001"))
                .willReturn(problem(404)));

        var page = page(
                mvc.perform(get("/items/11530000MB00000012XK99999000001/apply").with(zhangSan()))
                        .andExpect(status().isNotFound())
                        .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("没有找到这个页面");
        GATEWAY.verify(0, anyRequestedFor(urlEqualTo("/api/applications")));
    }
}
