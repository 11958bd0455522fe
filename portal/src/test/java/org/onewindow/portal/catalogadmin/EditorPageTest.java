package org.onewindow.portal.catalogadmin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The item editor: every guide element, saving as the API takes it, and every problem at once beside its field. */
class EditorPageTest extends CatalogAdminTestSupport {

    static final String REFUSED = """
            {"type":"urn:onewindow:problem:validation","status":400,"detail":"4 problem(s)","errors":[
              {"field":"promisedLimitDays","code":"promised-over-statutory","message":"the promised limit may not exceed the statutory limit"},
              {"field":"materials[1].name","code":"required","message":"must not be blank"},
              {"field":"maxVisits","code":"visits-with-full-online-handling","message":"depth 4 needs 0 visits"},
              {"field":"formSchema.properties.areaSquareMeters.type","code":"invalid-schema","message":"does not match"}]}
            """;

    @Test
    void theEditorHasAnInputForEveryGuideElementFilledFromTheDraft() throws Exception {
        stubItem();

        var page = open(EDITOR);

        assertThat(page.selectFirst("h1").text()).isEqualTo("编辑事项：出版物零售单位设立审批");
        var form = page.selectFirst("form.item-editor");
        assertThat(form.attr("action")).isEqualTo(EDITOR);
        for (var name : new String[] {
            "revision",
            "code",
            "baseCode",
            "name",
            "type",
            "department",
            "serviceObjects",
            "legalBasis",
            "powerSource",
            "conditions",
            "statutoryLimitDays",
            "promisedLimitDays",
            "handlingType",
            "onlineDepth",
            "maxVisits",
            "reviewDepartments",
            "formSchema",
            "keywords",
            "confidential"
        }) {
            assertThat(form.select("[name=" + name + "]")).as(name).isNotEmpty();
        }
        for (var name : new String[] {
            "id",
            "name",
            "basis",
            "form",
            "copies",
            "requirement",
            "conditionField",
            "conditionOperator",
            "conditionValue",
            "sealRequired",
            "signatureRequired",
            "acceptedTypes",
            "maxSizeKb",
            "templateUrl",
            "sampleUrl",
            "fillInNotes",
            "missingAllowedAtAcceptance"
        }) {
            assertThat(form.select("[name=materials[3]." + name + "]")).as(name).isNotEmpty();
        }
        assertThat(form.select("[name=steps[2].name]").attr("value")).isEqualTo("领取许可证");
        assertThat(form.select("[name=windows[0].hours]")).isNotEmpty();
        assertThat(form.select("[name=faq[0].question]").attr("value")).isEqualTo("个体工商户可以申请吗？");
        assertThat(form.selectFirst("#g-name").attr("value")).isEqualTo("出版物零售单位设立审批");
        assertThat(form.selectFirst("#g-promisedLimitDays").attr("value")).isEqualTo("10");
        assertThat(form.selectFirst("#g-type option[selected]").text()).isEqualTo("行政许可");
        assertThat(form.selectFirst("#g-department option[selected]").text()).isEqualTo("出版管理处");
        assertThat(form.selectFirst("#g-materials-3-conditionValue").attr("value"))
                .isEqualTo("LEASED");
        assertThat(form.selectFirst("#g-materials-0-sealRequired").hasAttr("checked"))
                .isTrue();
        assertThat(form.selectFirst("[name=revision]").attr("value")).isEqualTo("3");
        assertThat(form.selectFirst("#g-formSchema").wholeText()).contains("\"premisesOwnership\"");
        // every input has a label
        for (var input : form.select("input:not([type=hidden]), select, textarea")) {
            if (input.parents().is("fieldset[disabled]")) {
                continue;
            }
            assertThat(page.select("label[for=" + input.id() + "]"))
                    .as("label of %s", input.id())
                    .hasSize(1);
        }
        // the live preview shows the citizens' form, with the filing form's own inputs
        assertThat(page.select("#schema-preview fieldset[disabled] #field-unitName"))
                .hasSize(1);
        assertThat(page.selectFirst("#g-formSchema").attr("hx-post")).isEqualTo("/workbench/catalog/preview");
        assertThat(page.selectFirst("#g-formSchema").attr("hx-trigger")).isEqualTo("keyup changed delay:500ms");
        assertThat(page.selectFirst("form[action$=/publish] button").text()).isEqualTo("发布新版本");
        assertThat(page.selectFirst("a.retire-link").attr("href")).isEqualTo("/workbench/catalog/" + CODE + "/retire");
    }

    @Test
    void anItemJustPublishedHasNoDraftAndIsEditedFromItsCurrentVersion() throws Exception {
        stubItem();
        GATEWAY.stubFor(
                WireMock.get(urlEqualTo(ITEM + "/draft")).willReturn(json("catalogadmin/published-no-draft.json")));

        var page = open(EDITOR);

        assertThat(page.selectFirst("form.item-editor").attr("action")).isEqualTo(EDITOR);
        assertThat(page.selectFirst("#g-name").attr("value")).isEqualTo("出版物零售单位设立审批");
        assertThat(page.selectFirst("#g-promisedLimitDays").attr("value")).isEqualTo("10");
        assertThat(page.text()).doesNotContain("有未发布的修改");
    }

    @Test
    void savingPutsTheDraftAsTheApiTakesItAndComesBackWithAConfirmation() throws Exception {
        stubItem();
        GATEWAY.stubFor(put(urlEqualTo(ITEM + "/draft")).willReturn(json("catalogadmin/draft.json")));
        var editor = open(EDITOR);
        editor.selectFirst("#g-promisedLimitDays").attr("value", "8");

        var saved = mvc.perform(submit(editor, "save"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(EDITOR))
                .andReturn();

        GATEWAY.verify(putRequestedFor(urlEqualTo(ITEM + "/draft"))
                .withHeader("If-Match", equalTo("\"3\""))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.promisedLimitDays", equalTo("8")))
                .withRequestBody(matchingJsonPath("$.statutoryLimitDays", equalTo("20")))
                .withRequestBody(matchingJsonPath("$.code", equalTo(CODE)))
                .withRequestBody(matchingJsonPath("$.materials[3].condition.field", equalTo("premisesOwnership")))
                .withRequestBody(matchingJsonPath("$.materials[0].acceptedTypes[0]", equalTo("application/pdf")))
                .withRequestBody(matchingJsonPath("$.materials[0].sealRequired", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.formSchema.properties.unitName.maxLength", equalTo("100")))
                .withRequestBody(matchingJsonPath("$.keywords[2]", equalTo("书店")))
                .withRequestBody(matchingJsonPath("$.serviceObjects[1]", equalTo("LEGAL_PERSON")))
                .withRequestBody(matchingJsonPath("$.confidential", equalTo("false"))));
        var after = page(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(EDITOR)
                        .cookie(admin)
                        .flashAttrs(saved.getFlashMap()))
                .andReturn());
        assertThat(after.selectFirst(".confirmation").text()).isEqualTo("草稿已保存。检查无误后即可发布。");
    }

    /** The item as the API has it, and every save of its draft refused with {@link #REFUSED}. */
    private void refuseSaves() {
        stubItem();
        GATEWAY.stubFor(put(urlEqualTo(ITEM + "/draft"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(REFUSED)));
    }

    @Test
    void anEmptiedNameLeavesTheHeadingWithTheItemsCode() throws Exception {
        refuseSaves();
        var editor = open(EDITOR);
        editor.selectFirst("#g-name").attr("value", "");

        var page = page(mvc.perform(submit(editor, "save")).andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("编辑事项：" + CODE);
        assertThat(page.selectFirst("#g-name").attr("value")).isEmpty();
    }

    @Test
    void everyProblemIsShownAtOnceBesideItsFieldAndNothingTypedIsLost() throws Exception {
        refuseSaves();
        var editor = open(EDITOR);
        editor.selectFirst("#g-promisedLimitDays").attr("value", "30");
        editor.selectFirst("#g-materials-1-name").attr("value", "");
        editor.selectFirst("#g-statutoryLimitDays").attr("value", "二十");

        var page = page(mvc.perform(submit(editor, "save"))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        var summary = page.selectFirst(".error-summary");
        assertThat(summary.select("a").eachAttr("href"))
                .containsExactly(
                        "#g-materials-1-name",
                        "#g-statutoryLimitDays",
                        "#g-promisedLimitDays",
                        "#g-maxVisits",
                        "#g-formSchema");
        assertThat(summary.select("a").eachText())
                .containsExactly(
                        "第2项材料：请填写材料名称。",
                        "法定办结时限（工作日）须是整数（“二十”不是）：请只填数字。",
                        "承诺时限不能超过法定时限：请改小承诺时限，或核对法定时限。",
                        "全程网办（深度4）的事项到现场次数须为0：请改为0次，或降低网上办理深度。",
                        "表单结构有误（位置：properties.areaSquareMeters.type）：请按 JSON Schema 2020-12 的写法修改，如 \"type\": \"string\"。");
        for (var id : new String[] {
            "g-materials-1-name", "g-statutoryLimitDays", "g-promisedLimitDays", "g-maxVisits", "g-formSchema"
        }) {
            assertThat(page.select("#" + id + "-error")).as("beside %s", id).hasSize(1);
            assertThat(page.selectFirst("#" + id).attr("aria-describedby")).contains(id + "-error");
            assertThat(page.selectFirst("#" + id).attr("aria-invalid")).isEqualTo("true");
        }
        assertThat(page.selectFirst("#g-materials-1-name-error").text()).isEqualTo("错误：请填写材料名称。");
        assertThat(page.selectFirst("#g-statutoryLimitDays").attr("value")).isEqualTo("二十");
        assertThat(page.selectFirst("#g-promisedLimitDays").attr("value")).isEqualTo("30");
        assertThat(page.selectFirst("#g-name").attr("value")).isEqualTo("出版物零售单位设立审批");
        assertThat(page.title()).startsWith("错误：");
    }

    @Test
    void aRowIsAddedAndRemovedWithoutSavingAnything() throws Exception {
        stubItem();
        var editor = open(EDITOR);
        editor.selectFirst("#g-name").attr("value", "改过的名称");

        var added = page(mvc.perform(submit(editor, "add-materials"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(added.select("#rows-materials fieldset.editor-row")).hasSize(5);
        assertThat(added.selectFirst("#g-materials-4-copies").attr("value")).isEqualTo("1");
        assertThat(added.selectFirst("#g-name").attr("value")).isEqualTo("改过的名称");
        assertThat(added.selectFirst("button.add-materials").attr("hx-select")).isEqualTo("#rows-materials");

        var removed = page(mvc.perform(submit(added, "remove-materials-0")).andReturn());

        assertThat(removed.select("#rows-materials fieldset.editor-row")).hasSize(4);
        assertThat(removed.selectFirst("#g-materials-0-name").attr("value")).isEqualTo("营业执照");
        GATEWAY.verify(0, putRequestedFor(urlEqualTo(ITEM + "/draft")));
    }

    @Test
    void theLivePreviewDrawsTheFormFromTheSchemaAndTellsABadSchemaPlainly() throws Exception {
        var good = Jsoup.parseBodyFragment(body(mvc.perform(postAs("/workbench/catalog/preview")
                        .header("HX-Request", "true")
                        .param("formSchema", """
                                {"type":"object","required":["shopName"],"properties":{
                                  "shopName":{"type":"string","title":"店名","maxLength":50},
                                  "kind":{"type":"string","enum":["A","B"],"x-enumNames":["甲","乙"]}}}
                                """))
                .andExpect(status().isOk())
                .andReturn()));
        assertThat(good.select("label[for=field-shopName]").text()).isEqualTo("店名 必填");
        assertThat(good.select("select#field-kind option").eachText()).contains("甲", "乙");
        assertThat(good.selectFirst("fieldset").hasAttr("disabled")).isTrue();
        assertThat(good.select("html, main")).as("a fragment, not a page").hasSize(1);

        var bad = Jsoup.parseBodyFragment(body(mvc.perform(postAs("/workbench/catalog/preview")
                        .header("HX-Request", "true")
                        .param("formSchema", "{\"type\": \"object\",\n \"properties\": {\n  \"a\": }"))
                .andReturn()));
        assertThat(bad.selectFirst(".preview-problem").text()).isEqualTo("表单结构不是有效的 JSON，第3行附近有误：请检查引号、逗号和括号是否成对。");

        var empty = Jsoup.parseBodyFragment(
                body(mvc.perform(postAs("/workbench/catalog/preview").param("formSchema", "{\"type\":\"object\"}"))
                        .andReturn()));
        assertThat(empty.selectFirst(".preview-problem").text()).contains("还没有字段");
    }

    @Test
    void aNewItemIsCreatedWithPostAndOpensAsItsDraft() throws Exception {
        GATEWAY.stubFor(post(urlEqualTo("/api/catalog/items"))
                .willReturn(json("catalogadmin/draft.json").withStatus(201)));
        var blank = open("/workbench/catalog/new");
        assertThat(blank.selectFirst("h1").text()).isEqualTo("新建事项");
        assertThat(blank.select("#g-code")).hasSize(1);
        assertThat(blank.select("form[action$=/publish]")).isEmpty();
        blank.selectFirst("#g-code").attr("value", CODE);
        blank.selectFirst("#g-name").attr("value", "出版物零售单位设立审批");

        mvc.perform(submit(blank, "save")).andExpect(status().isFound()).andExpect(redirectedUrl(EDITOR));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/catalog/items"))
                .withRequestBody(matchingJsonPath("$.code", equalTo(CODE)))
                .withRequestBody(matchingJsonPath("$.steps[0].order", equalTo("1"))));
    }
}
