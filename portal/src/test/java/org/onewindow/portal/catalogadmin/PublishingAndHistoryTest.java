package org.onewindow.portal.catalogadmin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** Publish and retire (post, redirect, a green confirmation), the history and the diff between two versions. */
class PublishingAndHistoryTest extends CatalogAdminTestSupport {

    @Test
    void publishingCallsTheApiAndShowsTheNewVersionInTheHistory() throws Exception {
        stubItem();
        GATEWAY.stubFor(post(urlEqualTo(ITEM + "/publish"))
                .willReturn(json("catalogadmin/version-2.json").withStatus(201)));

        var published = mvc.perform(postAs("/workbench/catalog/" + CODE + "/publish"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/workbench/catalog/" + CODE + "/versions"))
                .andReturn();

        GATEWAY.verify(
                postRequestedFor(urlEqualTo(ITEM + "/publish")).withHeader("Authorization", equalTo("Bearer at-1")));
        var history = page(mvc.perform(get("/workbench/catalog/" + CODE + "/versions")
                        .cookie(admin)
                        .flashAttrs(published.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(history.selectFirst(".confirmation").text()).isEqualTo("已发布第2版，申请人现在看到的是这一版。");
        assertThat(history.select(".version-line").eachAttr("data-version")).containsExactly("2", "1");
        assertThat(history.selectFirst(".version-line[data-version=2] a.diff-link")
                        .attr("href"))
                .isEqualTo("/workbench/catalog/" + CODE + "/diff?from=1&to=2");
        assertThat(history.select(".version-line[data-version=2]").text()).contains("2026年11月30日");
    }

    @Test
    void anInvalidDraftIsNotPublishedAndItsProblemsAreShownInTheEditor() throws Exception {
        stubItem();
        GATEWAY.stubFor(post(urlEqualTo(ITEM + "/publish"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(EditorPageTest.REFUSED)));

        var page = page(mvc.perform(postAs("/workbench/catalog/" + CODE + "/publish"))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page.select(".error-summary a")).hasSize(4);
        assertThat(page.select("#g-maxVisits-error")).hasSize(1);
    }

    @Test
    void retiringAsksForConfirmationAndAReasonThenCallsTheApi() throws Exception {
        stubItem();
        GATEWAY.stubFor(
                post(urlEqualTo(ITEM + "/retire")).willReturn(aResponse().withStatus(204)));

        var confirm = open("/workbench/catalog/" + CODE + "/retire");
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("停止事项：出版物零售单位设立审批");
        assertThat(confirm.selectFirst("form.retire-form").attr("method")).isEqualTo("post");
        assertThat(confirm.selectFirst("label[for=reason]")).isNotNull();
        GATEWAY.verify(0, postRequestedFor(urlEqualTo(ITEM + "/retire")));

        var empty = page(
                mvc.perform(postAs("/workbench/catalog/" + CODE + "/retire").param("reason", "  "))
                        .andExpect(status().isUnprocessableContent())
                        .andReturn());
        assertThat(empty.selectFirst(".error-summary a").attr("href")).isEqualTo("#reason");
        assertThat(empty.selectFirst("#reason-error").text()).contains("请填写停止原因");
        GATEWAY.verify(0, postRequestedFor(urlEqualTo(ITEM + "/retire")));

        var retired = mvc.perform(
                        postAs("/workbench/catalog/" + CODE + "/retire").param("reason", "已并入新事项"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/workbench/catalog"))
                .andReturn();
        GATEWAY.verify(
                postRequestedFor(urlEqualTo(ITEM + "/retire")).withRequestBody(equalToJson("{\"reason\":\"已并入新事项\"}")));
        stubList();
        var list = page(mvc.perform(get("/workbench/catalog").cookie(admin).flashAttrs(retired.getFlashMap()))
                .andReturn());
        assertThat(list.selectFirst(".confirmation").text()).contains(CODE, "已停止");
    }

    @Test
    void aRefusedRetirementIsACalmPage() throws Exception {
        stubItem();
        GATEWAY.stubFor(post(urlEqualTo(ITEM + "/retire"))
                .willReturn(aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:conflict\",\"status\":409}")));

        var page = page(
                mvc.perform(postAs("/workbench/catalog/" + CODE + "/retire").param("reason", "重复"))
                        .andExpect(status().isConflict())
                        .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("未能完成操作");
        assertThat(page.text()).contains("请返回事项列表");
    }

    @Test
    void theDiffNamesEachChangedElementWithRemovedAndAddedInWordsAndColour() throws Exception {
        stubItem();

        var page = open("/workbench/catalog/" + CODE + "/diff?from=1&to=2");

        assertThat(page.selectFirst("h1").text()).isEqualTo("版本比较：出版物零售单位设立审批（第1版 → 第2版）");
        assertThat(page.select("section.diff-element h2").eachText())
                .containsExactly("受理条件", "搜索关键词", "申请材料", "承诺办结时限（工作日）", "收费");
        var limit = page.selectFirst("section[data-element=promisedLimitDays]");
        assertThat(limit.select(".diff-removed").text()).isEqualTo("删除 10");
        assertThat(limit.select(".diff-added").text()).isEqualTo("新增 8");
        assertThat(limit.select(".diff-removed del").text()).isEqualTo("10");
        assertThat(limit.select(".diff-added ins").text()).isEqualTo("8");
        var materials = page.selectFirst("section[data-element=materials]");
        assertThat(materials.select(".diff-entry.diff-removed").text()).isEqualTo("删除 经营场所使用权证明");
        assertThat(materials.select(".diff-entry.diff-added").text()).isEqualTo("新增 发行人员名单");
        assertThat(materials.select(".diff-entry.diff-changed > .diff-marker").text())
                .isEqualTo("修改");
        assertThat(materials.select(".diff-changed .diff-detail").text()).isEqualTo("份数 删除 1 新增 2");
        var keywords = page.selectFirst("section[data-element=keywords]");
        assertThat(keywords.select(".diff-added").text()).isEqualTo("新增 发行");
        var fees = page.selectFirst("section[data-element=fees]");
        assertThat(fees.select(".diff-added").text()).isEqualTo("新增 工本费");
    }

    @Test
    void theSameVersionTwiceHasNoChanges() throws Exception {
        stubItem();

        var page = open("/workbench/catalog/" + CODE + "/diff?from=1&to=1");

        assertThat(page.selectFirst(".no-changes").text()).isEqualTo("这两个版本的内容相同。");
    }
}
