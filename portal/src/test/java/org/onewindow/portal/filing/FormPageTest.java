package org.onewindow.portal.filing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class FormPageTest extends FilingTestSupport {

    static final String FILLED = """
            {"unitName":"春城书店有限公司","creditCode":"91530102MA6K3L2X1Q","address":"示例市五华区示例路1号",
             "premisesOwnership":"LEASED","areaSquareMeters":85.5,"contactPhone":"13700137000"}
            """;

    @Test
    void generatesOneLabelledInputPerSchemaPropertyNamedAsTheProperty() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");

        var page = getPage(base(RETAIL) + "/form");

        var form = page.selectFirst("form.application-form");
        assertThat(form.attr("action")).isEqualTo(base(RETAIL) + "/form");
        assertThat(form.hasAttr("novalidate")).isTrue();
        assertThat(form.select("input:not([type=hidden]), select").eachAttr("name"))
                .containsExactly(
                        "unitName", "creditCode", "address", "premisesOwnership", "areaSquareMeters", "contactPhone");
        assertThat(label(page, "unitName")).isEqualTo("单位名称 必填");
        assertThat(label(page, "creditCode")).isEqualTo("统一社会信用代码 必填");
        for (var input : form.select("input:not([type=hidden]), select")) {
            assertThat(input.hasAttr("required"))
                    .as("%s required", input.attr("name"))
                    .isTrue();
            assertThat(input.attr("aria-required")).isEqualTo("true");
        }
    }

    @Test
    void rulesOfTheSchemaBecomeAttributesAndAHintTheInputIsDescribedBy() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");

        var page = getPage(base(RETAIL) + "/form");

        var unitName = page.selectFirst("#field-unitName");
        assertThat(unitName.attr("maxlength")).isEqualTo("100");
        assertThat(unitName.attr("minlength")).isEqualTo("2");
        assertThat(unitName.attr("aria-describedby")).isEqualTo("field-unitName-hint");
        assertThat(page.selectFirst("#field-unitName-hint").text()).isEqualTo("要求：2至100个字。");
        var creditCode = page.selectFirst("#field-creditCode");
        assertThat(creditCode.attr("pattern")).isEqualTo("^[0-9A-HJ-NPQRTUWXY]{18}$");
        assertThat(page.selectFirst("#field-creditCode-hint").text()).isEqualTo("见营业执照或登记证书。 要求：18位，由数字和大写英文字母组成。");
        var area = page.selectFirst("#field-areaSquareMeters");
        assertThat(area.attr("type")).isEqualTo("number");
        assertThat(area.attr("inputmode")).isEqualTo("decimal");
        assertThat(area.attr("step")).isEqualTo("any");
        // 大于0: an exclusive bound is no min attribute, but the hint says it
        assertThat(area.hasAttr("min")).isFalse();
        assertThat(page.selectFirst("#field-areaSquareMeters-hint").text()).isEqualTo("要求：大于0。");
    }

    @Test
    void anEnumIsASelectWithTheChoicesNamedInWords() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");

        var page = getPage(base(RETAIL) + "/form");

        var select = page.selectFirst("select#field-premisesOwnership");
        assertThat(select.attr("name")).isEqualTo("premisesOwnership");
        assertThat(select.select("option").eachAttr("value")).containsExactly("", "OWNED", "LEASED");
        assertThat(select.select("option").eachText()).containsExactly("请选择", "自有", "租赁");
    }

    @Test
    void listsOfChoicesAreFieldsetsYesNoIsACheckboxWholeNumbersHaveTheirMinimum() throws Exception {
        item(PROGRAMME, "item-programme-seed.json");
        draft(PROGRAMME, "{}");

        var page = getPage(base(PROGRAMME) + "/form");

        var types = page.selectFirst("fieldset:has(input[name=programmeTypes])");
        assertThat(types.selectFirst("legend").text()).isEqualTo("制作节目类型 必填");
        assertThat(types.select("input[type=checkbox]").eachAttr("value"))
                .containsExactly("SPECIAL_TOPIC", "VARIETY", "ANIMATION", "DOCUMENTARY", "RADIO_DRAMA");
        assertThat(types.selectFirst("input").id()).isEqualTo("field-programmeTypes");
        assertThat(types.select("label").eachText()).contains("综艺", "广播剧");
        var foreign = page.selectFirst("#field-foreignInvestment");
        assertThat(foreign.attr("type")).isEqualTo("checkbox");
        assertThat(foreign.attr("value")).isEqualTo("true");
        assertThat(label(page, "foreignInvestment")).isEqualTo("有外商投资");
        var staff = page.selectFirst("#field-professionalStaff");
        assertThat(staff.attr("type")).isEqualTo("number");
        assertThat(staff.attr("inputmode")).isEqualTo("numeric");
        assertThat(staff.attr("min")).isEqualTo("3");
        assertThat(staff.attr("step")).isEqualTo("1");
        assertThat(page.selectFirst("#field-professionalStaff-hint").text()).isEqualTo("要求：整数，不小于3。");
    }

    @Test
    void savedValuesAreShownAgain() throws Exception {
        item(PROGRAMME, "item-programme-seed.json");
        draft(PROGRAMME, """
                {"unitName":"滇池影视有限公司","programmeTypes":["VARIETY","ANIMATION"],"foreignInvestment":true,
                 "professionalStaff":12}
                """);

        var page = getPage(base(PROGRAMME) + "/form");

        assertThat(page.selectFirst("#field-unitName").val()).isEqualTo("滇池影视有限公司");
        assertThat(page.select("input[name=programmeTypes][checked]").eachAttr("value"))
                .containsExactly("VARIETY", "ANIMATION");
        assertThat(page.selectFirst("#field-foreignInvestment").hasAttr("checked"))
                .isTrue();
        assertThat(page.selectFirst("#field-professionalStaff").val()).isEqualTo("12");
    }

    @Test
    void savingSendsTheTypedValuesAndGoesOnToTheMaterials() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");
        GATEWAY.stubFor(put(urlEqualTo("/api/applications/" + ID + "/form"))
                .willReturn(jsonBody(200, "{\"form\":" + FILLED + ",\"problems\":[]}")));

        mvc.perform(post(base(RETAIL) + "/form")
                        .param("unitName", "春城书店有限公司")
                        .param("creditCode", "91530102MA6K3L2X1Q")
                        .param("address", "示例市五华区示例路1号")
                        .param("premisesOwnership", "LEASED")
                        .param("areaSquareMeters", "85.5")
                        .param("contactPhone", "13700137000")
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", base(RETAIL) + "/materials"));

        GATEWAY.verify(putRequestedFor(urlEqualTo("/api/applications/" + ID + "/form"))
                .withHeader("Authorization", equalTo("Bearer test-token"))
                .withRequestBody(equalToJson(FILLED)));
    }

    @Test
    void lettersInANumberAreToldBesideTheFieldAndNothingIsSaved() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");

        var result = mvc.perform(post(base(RETAIL) + "/form")
                        .param("unitName", "春城书店有限公司")
                        .param("areaSquareMeters", "八十五平米")
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn();

        var page = page(result);
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#field-areaSquareMeters");
        assertThat(page.selectFirst("#field-areaSquareMeters-error").text())
                .isEqualTo("错误：“经营面积（平方米）”请填写数字，例如 120 或 85.5。");
        var area = page.selectFirst("#field-areaSquareMeters");
        assertThat(area.val()).isEqualTo("八十五平米");
        assertThat(area.attr("aria-invalid")).isEqualTo("true");
        assertThat(area.attr("aria-describedby")).isEqualTo("field-areaSquareMeters-hint field-areaSquareMeters-error");
        assertThat(page.selectFirst("#field-unitName").val()).isEqualTo("春城书店有限公司");
        assertThat(page.title()).startsWith("错误：");
        GATEWAY.verify(0, putRequestedFor(urlEqualTo("/api/applications/" + ID + "/form")));
    }

    @Test
    void whatTheSchemaStillFindsWrongAfterSavingIsToldBesideEachField() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");
        GATEWAY.stubFor(put(urlEqualTo("/api/applications/" + ID + "/form")).willReturn(jsonBody(200, """
                        {"form":{"unitName":"春","contactPhone":"12345"},
                         "problems":[
                          {"code":"FORM_FIELD_REQUIRED","field":"creditCode","materialId":null,
                           "message":"请填写必填项：creditCode","messageEn":"Required field missing: creditCode"},
                          {"code":"FORM_FIELD_REQUIRED","field":"premisesOwnership","materialId":null,
                           "message":"请填写必填项：premisesOwnership","messageEn":"..."},
                          {"code":"FORM_FIELD_INVALID","field":"unitName","materialId":null,
                           "message":"表单字段“unitName”填写有误：$.unitName: must be at least 2 characters long","messageEn":"..."},
                          {"code":"FORM_FIELD_INVALID","field":"contactPhone","materialId":null,
                           "message":"表单字段“contactPhone”填写有误：$.contactPhone: does not match the regex pattern","messageEn":"..."}]}
                        """)));

        var page = page(mvc.perform(post(base(RETAIL) + "/form")
                        .param("unitName", "春")
                        .param("contactPhone", "12345")
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page.selectFirst("[role=status]").text()).contains("已保存草稿");
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly(
                        "#field-creditCode", "#field-premisesOwnership", "#field-unitName", "#field-contactPhone");
        assertThat(page.selectFirst("#field-creditCode-error").text()).isEqualTo("错误：请填写“统一社会信用代码”。");
        assertThat(page.selectFirst("#field-premisesOwnership-error").text()).isEqualTo("错误：请选择“经营场所产权”。");
        assertThat(page.selectFirst("#field-unitName-error").text()).isEqualTo("错误：“单位名称”填写有误。要求：2至100个字。");
        assertThat(page.selectFirst("#field-contactPhone-error").text()).isEqualTo("错误：“联系人手机号码”填写有误。要求：11位手机号码。");
        assertThat(page.selectFirst("#field-contactPhone").val()).isEqualTo("12345");
        assertThat(page.text()).doesNotContain("regex", "$.");
    }

    @Test
    void anotherPersonsApplicationIsNotFound() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications/" + ID)).willReturn(problem(404)));

        var page = page(mvc.perform(get(base(RETAIL) + "/form").with(zhangSan()))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("没有找到这个页面");
    }

    @Test
    void anApplicationOfAnotherItemUnderThisItemsAddressIsNotFound() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(PROGRAMME, "{}");

        mvc.perform(get(base(RETAIL) + "/form").with(zhangSan())).andExpect(status().isNotFound());
    }

    @Test
    void anAddressWhoseIdIsNoIdIsNotFoundWithoutAskingTheApi() throws Exception {
        mvc.perform(get("/items/" + RETAIL + "/apply/not-an-id/form").with(zhangSan()))
                .andExpect(status().isNotFound());

        GATEWAY.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
    }

    @Test
    void aSubmittedApplicationsFormGoesToItsConfirmation() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        application(RETAIL, "SUBMITTED", FILLED, "[]");

        mvc.perform(get(base(RETAIL) + "/form").with(zhangSan()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", base(RETAIL) + "/done"));
    }

    @Test
    void anApplicationSubmittedMeanwhileIsToldCalmlyWhenSaving() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");
        GATEWAY.stubFor(put(urlEqualTo("/api/applications/" + ID + "/form")).willReturn(problemBody(409, """
                        {"type":"urn:onewindow:problem:conflict","status":409,
                         "detail":"the form can change only in a draft or during a supplement"}
                        """)));

        var page = page(mvc.perform(post(base(RETAIL) + "/form")
                        .param("unitName", "春城书店有限公司")
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("这份申请已经提交");
        assertThat(page.select("main a").eachAttr("href")).contains("/my/cases");
        assertThat(page.text()).doesNotContain("draft", "supplement");
    }

    private static String label(Document page, String field) {
        return page.selectFirst("label[for=field-" + field + "]").text();
    }
}
