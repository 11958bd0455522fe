package org.onewindow.portal.guide;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;

class GuidePageTest extends PortalTestSupport {

    static final String RETAIL = "11530000MB00000012XK00012000001";
    static final String WINDOW_ONLY = "11530000MB00000012QT00034000001";

    @Test
    void showsEveryGuideElementInTheServiceGuideOrder() throws Exception {
        var page = guide(RETAIL, "item-retail.json");

        assertThat(page.selectFirst("h1").text()).isEqualTo("出版物零售单位设立审批");
        assertThat(section(page, "overview")).contains("实施部门 出版管理处", "服务对象 个人、法人", "事项类型 行政许可");
        assertThat(page.select("main h2:not(.visually-hidden)").stream().map(Element::text))
                .containsExactly(
                        "受理条件",
                        "申请材料",
                        "办理流程",
                        "办理时限",
                        "收费标准",
                        "设定依据",
                        "网上办理深度",
                        "到办事现场次数",
                        "实施部门与办理地点",
                        "常见问题",
                        "在线办理");
        assertThat(section(page, "conditions")).contains("有确定的企业名称和经营范围");
        assertThat(section(page, "steps")).containsSubsequence("申请", "受理", "送达");
        assertThat(section(page, "limits")).contains("承诺时限：10个工作日", "法定时限：20个工作日");
        assertThat(section(page, "fees")).contains("证书工本费：12.50元", "《示例收费标准》第三条", "残疾人免收");
        assertThat(section(page, "legal-basis")).contains("《出版管理条例》第三十七条");
        assertThat(section(page, "online")).contains("四级：全程网上办理");
        assertThat(section(page, "visits")).contains("零跑动");
        assertThat(section(page, "department")).contains("出版管理处", "示例市政务服务中心二楼 12-14 号窗口", "0871-00000000");
        assertThat(section(page, "faq")).contains("个体工商户可以申请吗？", "以个体工商户名义申请");
    }

    @Test
    void describesEachMaterialsFormCopiesSealAndFiles() throws Exception {
        var page = guide(RETAIL, "item-retail.json");

        var form = page.selectFirst("#material-application-form").text();
        assertThat(form)
                .contains("出版物零售单位设立申请书", "必要", "电子", "1份", "需加盖公章", "需本人签字")
                .contains("PDF格式，不超过5 MB", "经营场所地址须与营业执照一致", "《出版物市场管理规定》第十一条");
        assertThat(page.selectFirst("#material-business-license").text())
                .contains("复印件", "2份", "无需盖章", "PDF、JPG、PNG格式，不超过500 KB");
        assertThat(page.selectFirst("#material-identity-card").text()).contains("原件", "视情形提交");
        assertThat(page.selectFirst("#material-application-form a.template-link")
                        .attr("href"))
                .isEqualTo("/templates/出版物零售单位设立申请书.docx");
        assertThat(page.selectFirst("#material-application-form a.sample-link").attr("href"))
                .isEqualTo("/samples/出版物零售单位设立申请书（样表）.pdf");
    }

    @Test
    void neverMakesALinkOfATemplateAddressThatIsNotAWebPage() throws Exception {
        var page = guide(RETAIL, "item-retail.json");

        assertThat(page.select("#material-business-license a")).isEmpty();
        assertThat(page.select("a[href^=javascript]")).isEmpty();
    }

    @Test
    void endsWithApplyOnlineLinkingToTheApplyPage() throws Exception {
        var page = guide(RETAIL, "item-retail.json");

        var apply = page.selectFirst("main a.apply-button");
        assertThat(apply.text()).isEqualTo("在线办理");
        assertThat(apply.attr("href")).isEqualTo("/items/" + RETAIL + "/apply");
        assertThat(page.select("main section").last().id()).isEqualTo("apply");
    }

    @Test
    void anItemThatCannotBeFiledOnlineSendsThePersonToTheWindow() throws Exception {
        var page = guide(WINDOW_ONLY, "item-window-only.json");

        assertThat(page.select("a.apply-button")).isEmpty();
        assertThat(section(page, "apply")).contains("暂不能在网上提交申请");
        assertThat(section(page, "visits")).contains("最多跑2次");
        assertThat(section(page, "fees")).contains("不收费");
        assertThat(section(page, "faq")).contains("暂无常见问题");
    }

    @Test
    void anUnknownItemGetsTheCalmNotFoundPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/11530000MB00000012XK99999000001"))
                .willReturn(problem(404)));

        var result = mvc.perform(get("/items/11530000MB00000012XK99999000001"))
                .andExpect(status().isNotFound())
                .andReturn();

        var page = page(result);
        assertThat(page.selectFirst("h1").text()).isEqualTo("没有找到这个页面");
        assertThat(page.select("main a").stream().map(link -> link.attr("href")))
                .contains("/search", "/");
        assertThat(page.text()).doesNotContain("Not Found", "Exception", "Whitelabel");
    }

    @Test
    void theGatewaysRateLimitGetsTheCalmWaitAMomentPageNotAnError() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + RETAIL)).willReturn(problem(429)));

        var result = mvc.perform(get("/items/" + RETAIL))
                .andExpect(status().isTooManyRequests())
                .andReturn();

        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("60");
        assertThat(page(result).selectFirst("h1").text()).isEqualTo("访问的人较多");
    }

    @Test
    void anAddressThatCannotBeAnItemCodeIsNotFoundWithoutAskingTheCatalog() throws Exception {
        var page = page(mvc.perform(get("/items/abc.def"))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("没有找到这个页面");
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    private Document guide(String code, String fixture) throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + code)).willReturn(json(fixture)));
        return page(
                mvc.perform(get("/items/" + code)).andExpect(status().isOk()).andReturn());
    }

    private static String section(Document page, String id) {
        return page.selectFirst("section#" + id + ", section[aria-labelledby=" + id + "]")
                .text();
    }
}
