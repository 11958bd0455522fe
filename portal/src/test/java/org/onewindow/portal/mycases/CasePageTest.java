package org.onewindow.portal.mycases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.core.io.ClassPathResource;

class CasePageTest extends PortalTestSupport {

    static final String VERSION_1 = "/api/catalog/items/" + ApplicationJson.ITEM + "/versions/1";

    Cookie session;

    @BeforeEach
    void signedInWithTheCatalogUp() throws Exception {
        session = signIn();
        // the cases here were made under version 1, the one still current unless a test says otherwise
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + ApplicationJson.ITEM))
                .willReturn(json("item-retail.json")));
        GATEWAY.stubFor(WireMock.get(urlEqualTo(VERSION_1)).willReturn(json("item-retail.json")));
    }

    @Test
    void theMaterialsAreNamedAsInTheVersionTheCaseWasMadeUnderAfterANewOneIsPublished() throws Exception {
        var version2 = new ClassPathResource("gateway/item-retail.json")
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceFirst("\"version\"\\s*:\\s*1", "\"version\": 2")
                .replace("营业执照", "营业执照正副本")
                .replace("法定代表人身份证", "法定代表人及经办人身份证");
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + ApplicationJson.ITEM))
                .willReturn(okJson(version2)));

        var supplement = caseOf(ApplicationJson.at("SUPPLEMENT_REQUESTED"));
        var gaps = caseOf(ApplicationJson.at("ACCEPTED").withGaps("2026-12-20", "identity-card"));

        assertThat(supplement
                        .selectFirst("label[for=material-business-license]")
                        .text())
                .isEqualTo("营业执照");
        assertThat(gaps.selectFirst("label[for=material-identity-card]").text()).isEqualTo("法定代表人身份证");
        GATEWAY.verify(2, getRequestedFor(urlEqualTo(VERSION_1)));
    }

    @Test
    void aSupplementRequestSaysFirstWhatToCorrectWithAFileInputForEachMaterial() throws Exception {
        var page = caseOf(ApplicationJson.at("SUPPLEMENT_REQUESTED"));

        var first = firstAfterHeading(page);
        assertThat(first.id()).isEqualTo("what-now");
        assertThat(first.selectFirst("h2").text()).isEqualTo("请补正以下材料");
        var form = page.selectFirst("form#supplement-form");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        var input = form.selectFirst("input[type=file]#material-business-license");
        assertThat(input.attr("name")).isEqualTo("file-business-license");
        assertThat(input.attr("accept")).isEqualTo("application/pdf,image/jpeg,image/png");
        assertThat(form.selectFirst("label[for=material-business-license]").text())
                .isEqualTo("营业执照");
        assertThat(form.text())
                .contains("营业执照复印件不清晰，请重新扫描", "PDF、JPG、PNG格式，不超过500 KB")
                .contains("申请表中需要修改的内容：shopAddress", "经营场所地址须与营业执照一致");
        assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("上传并重新提交");
        assertThat(page.select("a.withdraw-link")).hasSize(1);
        assertThat(page.select("form#rating-form, form#gap-form")).isEmpty();
    }

    @Test
    void aSubmittedCaseSaysThereIsNothingToDoAndWhoActsNext() throws Exception {
        var page = caseOf(ApplicationJson.at("SUBMITTED"));

        assertThat(firstAfterHeading(page).text()).contains("您现在不需要做什么", "决定是否受理");
        assertThat(page.select("form")).extracting(Element::id).doesNotContain("supplement-form", "rating-form");
        assertThat(page.select("a.withdraw-link").attr("href"))
                .isEqualTo("/my/cases/" + ApplicationJson.ID + "/withdraw");
        assertThat(current(page)).contains("受理", "已提交，待受理");
        assertThat(page.select("ol.case-steps li.case-step-done").text()).contains("提交申请");
    }

    @Test
    void theStepIndicatorMarksTheCurrentStepOnlyOnce() throws Exception {
        var page = caseOf(ApplicationJson.at("IN_REVIEW"));

        var steps = page.select("#steps ol.case-steps > li");
        assertThat(steps)
                .extracting(step -> step.selectFirst(".case-step-name").text())
                .containsExactly("提交申请", "受理", "审查", "决定", "办结");
        assertThat(page.select("#steps [aria-current]")).hasSize(1);
        assertThat(current(page)).contains("审查", "审查中");
        assertThat(page.selectFirst("#steps li.case-step-upcoming").text()).contains("决定", "尚未开始");
    }

    @Test
    void aCompletedCaseOffersTheRatingAndShowsTheCertificateButNoWithdrawal() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/review/certificates/" + ApplicationJson.CERTIFICATE))
                .willReturn(okJson("{\"certificateNo\":\"" + ApplicationJson.CERTIFICATE
                        + "\",\"status\":\"VALID\",\"algorithm\":\"SM2-with-SM3\"}")));

        var page = caseOf(ApplicationJson.at("COMPLETED"));

        assertThat(firstAfterHeading(page).selectFirst("h2").text()).isEqualTo("已办结，请评价本次服务");
        var rating = page.selectFirst("form#rating-form");
        assertThat(rating.selectFirst("fieldset > legend").text()).isEqualTo("您对本次服务满意吗？");
        assertThat(rating.select("input[type=radio][name=level]"))
                .extracting(radio -> radio.attr("value"))
                .containsExactly("5", "4", "3", "2", "1");
        for (var radio : rating.select("input[type=radio]")) {
            assertThat(rating.select("label[for=" + radio.id() + "]")).hasSize(1);
        }
        assertThat(rating.select("label"))
                .extracting(Element::text)
                .contains("非常满意", "满意", "基本满意", "不满意", "非常不满意", "意见和建议（选填）");
        assertThat(rating.selectFirst("textarea#comment").attr("name")).isEqualTo("comment");
        assertThat(page.select("a.withdraw-link, form#supplement-form")).isEmpty();
        assertThat(page.selectFirst("#certificate").text()).contains("证照编号：" + ApplicationJson.CERTIFICATE, "证照状态：有效");
        assertThat(page.selectFirst("#certificate a.certificate-verify").attr("href"))
                .isEqualTo("/certificates/verify?certificateNo=" + ApplicationJson.CERTIFICATE);
        assertThat(page.select("#steps li").last().attr("aria-current")).isEqualTo("step");
    }

    @Test
    void aCompletedCaseAlreadyRatedOffersNoRating() throws Exception {
        var page =
                caseOf(ApplicationJson.at("COMPLETED").set("mayBeRated", false).set("evaluationLevel", 4));

        assertThat(firstAfterHeading(page).selectFirst("h2").text()).isEqualTo("已办结");
        assertThat(page.select("form#rating-form")).isEmpty();
    }

    @Test
    void theCertificateNumberStillShowsWhenReviewDoesNotAnswer() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/review/certificates/" + ApplicationJson.CERTIFICATE))
                .willReturn(aResponse().withStatus(503)));

        var page = caseOf(ApplicationJson.at("COMPLETED"));

        assertThat(page.selectFirst("#certificate").text()).contains(ApplicationJson.CERTIFICATE, "暂时无法查询");
    }

    @Test
    void aRefusalSaysWhyAndOffersNothingToDo() throws Exception {
        var denied = caseOf(ApplicationJson.at("DENIED"));
        var notAccepted = caseOf(ApplicationJson.at("NOT_ACCEPTED"));

        assertThat(firstAfterHeading(denied).text()).contains("不予许可", "理由：经营场所不符合《出版物市场管理规定》第十一条");
        assertThat(firstAfterHeading(notAccepted).text()).contains("不予受理", "理由：申请事项不属于本机关职权范围");
        for (var page : new Document[] {denied, notAccepted}) {
            assertThat(page.select("a.withdraw-link, form#supplement-form, form#rating-form"))
                    .isEmpty();
        }
        assertThat(notAccepted.select("#steps li.case-step-not_reached")).hasSize(3);
    }

    @Test
    void aWithdrawnCaseStopsWhereItWas() throws Exception {
        var page = caseOf(ApplicationJson.at("WITHDRAWN"));

        assertThat(firstAfterHeading(page).text()).contains("这份申请已撤回");
        assertThat(current(page)).contains("审查", "已撤回");
        assertThat(page.select("#steps li.case-step-not_reached")).hasSize(2);
        assertThat(page.select("a.withdraw-link")).isEmpty();
    }

    @Test
    void materialsAcceptedWithGapsAreAskedForWithTheirDeadline() throws Exception {
        var page = caseOf(ApplicationJson.at("ACCEPTED").withGaps("2026-12-20", "identity-card"));

        assertThat(firstAfterHeading(page).selectFirst("h2").text()).isEqualTo("请在2026年12月20日前补交以下材料");
        var form = page.selectFirst("form#gap-form");
        assertThat(form.selectFirst("label[for=material-identity-card]").text()).isEqualTo("法定代表人身份证");
        assertThat(form.selectFirst("input#material-identity-card").attr("name"))
                .isEqualTo("file-identity-card");
        assertThat(page.selectFirst("#timeline").text()).contains("容缺受理", "请在2026年12月20日前补交");
    }

    @Test
    void aDraftSendsThePersonBackToFiling() throws Exception {
        var page = caseOf(ApplicationJson.at("DRAFT"));

        assertThat(firstAfterHeading(page).text()).contains("这份申请还没有提交");
        assertThat(page.selectFirst("#what-now a").attr("href"))
                .isEqualTo("/items/" + ApplicationJson.ITEM + "/apply/" + ApplicationJson.ID + "/form");
        assertThat(page.text()).contains("尚未提交，还没有办件编号");
    }

    @Test
    void aDraftsContinueLinkOpensItsFormInFiling() throws Exception {
        var href =
                caseOf(ApplicationJson.at("DRAFT")).selectFirst("#what-now a").attr("href");

        mvc.perform(get(href).cookie(session)).andExpect(status().isOk()).andExpect(view().name("filing/form"));
    }

    @Test
    void theTimelineTellsEveryChangeInPlainWordsWithChineseDates() throws Exception {
        var page = caseOf(ApplicationJson.at("DENIED"));

        var lines = page.select("#timeline ol.case-timeline > li");
        assertThat(lines)
                .extracting(line -> line.selectFirst(".timeline-what").text())
                .containsExactly("提交了申请", "窗口受理了申请", "部门出具了审查意见", "不予许可");
        assertThat(lines.get(0).selectFirst(".timeline-when").text()).isEqualTo("2026年12月1日 10:15");
        assertThat(lines.get(2).text()).contains("出版管理处");
        assertThat(page.selectFirst("dd.submitted-on").text()).isEqualTo("2026年12月1日");
        assertThat(page.text()).doesNotContain("OPINION_RECORDED", "IN_REVIEW", "DENIED", "2026-12");
    }

    @Test
    void neverShowsTheApplicantsIdentityOrPhoneNumber() throws Exception {
        var page = caseOf(ApplicationJson.at("IN_REVIEW"));

        assertThat(page.text()).doesNotContain("530102", "0033", "137****", "7000");
    }

    @Test
    void withoutTheCatalogTheMaterialsAreStillAskedForByTheirIds() throws Exception {
        GATEWAY.stubFor(
                WireMock.get(urlEqualTo(VERSION_1)).willReturn(aResponse().withStatus(503)));

        var page = caseOf(ApplicationJson.at("SUPPLEMENT_REQUESTED"));

        assertThat(page.selectFirst("label[for=material-business-license]").text())
                .isEqualTo("business-license");
    }

    @Test
    void someoneElsesCaseIsTheCalmNotFoundPage() throws Exception {
        // the API answers 404 for a case that is not the caller's, as for one that does not exist
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications/" + ApplicationJson.ID))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:not-found\",\"status\":404}")));

        var page = page(mvc.perform(get("/my/cases/" + ApplicationJson.ID).cookie(session))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("没有找到这个页面");
    }

    @Test
    void anAddressThatIsNoApplicationIdIsNotFoundWithoutAskingTheApi() throws Exception {
        mvc.perform(get("/my/cases/not-an-id").cookie(session)).andExpect(status().isNotFound());

        GATEWAY.verify(0, getRequestedFor(urlEqualTo("/api/applications/not-an-id")));
    }

    @Test
    void theCaseIsReadWithThePersonsToken() throws Exception {
        caseOf(ApplicationJson.at("SUBMITTED"));

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/applications/" + ApplicationJson.ID))
                .withHeader("Authorization", equalTo("Bearer at-1")));
    }

    @Test
    void aGatewayThatIsDownGivesTheCalmUnavailablePage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications/" + ApplicationJson.ID))
                .willReturn(aResponse().withStatus(503)));

        var page = page(mvc.perform(get("/my/cases/" + ApplicationJson.ID).cookie(session))
                .andExpect(status().isServiceUnavailable())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("服务暂时不可用");
    }

    @Test
    void theEnglishPageUsesEnglishWordsAndDates() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications/" + ApplicationJson.ID))
                .willReturn(okJson(ApplicationJson.at("SUPPLEMENT_REQUESTED").json())));

        var page = page(
                mvc.perform(get("/my/cases/" + ApplicationJson.ID + "?lang=en").cookie(session))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(page.selectFirst("#what-now h2").text()).isEqualTo("Please correct the following materials");
        assertThat(page.selectFirst(".timeline-when").text()).isEqualTo("1 December 2026 10:15");
    }

    private Document caseOf(ApplicationJson application) throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications/" + ApplicationJson.ID))
                .willReturn(okJson(application.json())));
        return page(mvc.perform(get("/my/cases/" + ApplicationJson.ID).cookie(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    /** What comes first under the page's heading and case number. */
    private static Element firstAfterHeading(Document page) {
        var number = page.selectFirst("main h1 + p.case-number");
        assertThat(number).as("the case number under the heading").isNotNull();
        return number.nextElementSibling();
    }

    private static String current(Document page) {
        return page.selectFirst("#steps li[aria-current=step]").text();
    }
}
