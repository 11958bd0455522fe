package org.onewindow.portal.home;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.http.Fault;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;

class HomePageTest extends PortalTestSupport {

    @Test
    void offersASearchBoxInAPlainGetFormToSearch() throws Exception {
        var page = page(mvc.perform(get("/")).andExpect(status().isOk()).andReturn());

        var form = page.selectFirst("main form:has(input[type=search][name=q])");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/search");
        var box = form.selectFirst("input[type=search][name=q]");
        assertThat(page.select("label[for=" + box.id() + "]").text()).isEqualTo("搜索办事事项");
    }

    @Test
    void linksToProgressComplaintsCertificateCheckAndDisclosure() throws Exception {
        var page = page(mvc.perform(get("/")).andReturn());

        assertThat(page.select("main a").stream().map(link -> link.attr("href")))
                .contains("/progress", "/complaints", "/certificates/verify", "/disclosure");
        assertThat(page.select("main a[href=/progress]").text()).contains("办件查询");
        assertThat(page.select("main a[href=/complaints]").text()).contains("投诉举报");
        assertThat(page.select("main a[href=/certificates/verify]").text()).contains("证照核验");
        assertThat(page.select("main a[href=/disclosure]").text()).contains("信息公开");
    }

    @Test
    void entersTheCatalogByDepartmentAndByServiceObject() throws Exception {
        var page = page(mvc.perform(get("/")).andReturn());

        assertThat(page.select("main a").stream().map(Element::text)).contains("出版管理处", "广播电视处", "印刷发行处", "个人", "法人");
        assertThat(page.select("main a:containsOwn(出版管理处)").attr("href")).isEqualTo("/search?department=publishing");
        assertThat(page.select("main a:containsOwn(法人)").attr("href")).isEqualTo("/search?serviceObject=LEGAL_PERSON");
    }

    @Test
    void isChineseEvenForABrowserThatPrefersEnglish() throws Exception {
        var page = page(mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9"))
                .andReturn());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.selectFirst("h1").text()).isEqualTo("网上办事大厅");
    }

    @Test
    void stillWorksWhileTheGatewayIsDown() throws Exception {
        GATEWAY.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        var page = page(mvc.perform(get("/")).andExpect(status().isOk()).andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("网上办事大厅");
    }
}
