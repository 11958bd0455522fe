package org.onewindow.portal.mycases;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;

class MyCasesPageTest extends PortalTestSupport {

    static final String SECOND = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String THIRD = "9c8b7a6d-5e4f-4321-8765-4321fedcba98";

    Cookie session;

    @BeforeEach
    void signedIn() throws Exception {
        session = signIn();
    }

    @Test
    void listsEveryApplicationWithItsStatusInPlainWordsItsNumberAndDate() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications?page=0"))
                .willReturn(
                        okJson("[" + ApplicationJson.at("SUPPLEMENT_REQUESTED").json() + ","
                                + ApplicationJson.at(SECOND, "COMPLETED").json() + ","
                                + ApplicationJson.at(THIRD, "DRAFT").json() + "]")));

        var page = page(mvc.perform(get("/my/cases").cookie(session))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("我的办件");
        var rows = page.select("ol.case-list > li");
        assertThat(rows).hasSize(3);
        assertThat(rows)
                .extracting(row -> row.selectFirst(".case-status").text())
                .containsExactly("待补正", "已办结", "草稿");
        var first = rows.get(0);
        assertThat(first.selectFirst("h3 a").text()).isEqualTo("出版物零售单位设立审批");
        assertThat(first.selectFirst("h3 a").attr("href")).isEqualTo("/my/cases/" + ApplicationJson.ID);
        assertThat(first.text()).contains("办件编号：" + ApplicationJson.CASE_NO, "提交日期：2026年12月1日");
        assertThat(rows.get(2).text()).contains("尚未提交，还没有办件编号", "创建日期：2026年11月30日");
        assertThat(page.text()).doesNotContain("SUPPLEMENT_REQUESTED", "COMPLETED", "DRAFT");
    }

    @Test
    void withNoApplicationsItSaysSoAndLinksToTheSearch() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/applications")).willReturn(okJson("[]")));

        var page = page(mvc.perform(get("/my/cases").cookie(session)).andReturn());

        assertThat(page.selectFirst(".empty-state").text()).contains("您还没有办件。");
        assertThat(page.selectFirst(".empty-state a").attr("href")).isEqualTo("/search");
    }

    @Test
    void theStatusFilterIsPassedToTheApiWithThePersonsToken() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications?page=0&status=COMPLETED"))
                .willReturn(okJson("[" + ApplicationJson.at("COMPLETED").json() + "]")));

        var page =
                page(mvc.perform(get("/my/cases").param("status", "COMPLETED").cookie(session))
                        .andExpect(status().isOk())
                        .andReturn());

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/applications?page=0&status=COMPLETED"))
                .withHeader("Authorization", equalTo("Bearer at-1")));
        var select = page.selectFirst("select#status");
        assertThat(page.select("label[for=status]").text()).isEqualTo("办理状态");
        assertThat(select.selectFirst("option[selected]").text()).isEqualTo("已办结");
        assertThat(select.select("option"))
                .extracting(Element::text)
                .contains("全部", "草稿", "已提交，待受理", "待补正", "已受理", "审查中", "已办结", "已撤回");
    }

    @Test
    void aHandEditedStatusIsNoFilterRatherThanAnError() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications?page=0")).willReturn(okJson("[]")));

        mvc.perform(get("/my/cases")
                        .param("status", "<script>")
                        .param("page", "-3")
                        .cookie(session))
                .andExpect(status().isOk());

        GATEWAY.verify(getRequestedFor(urlEqualTo("/api/applications?page=0")));
    }

    @Test
    void aFullPageOffersTheNextOne() throws Exception {
        var twenty = IntStream.range(0, 20)
                .mapToObj(i -> ApplicationJson.at(String.format("00000000-0000-4000-8000-%012d", i), "SUBMITTED")
                        .json())
                .collect(Collectors.joining(",", "[", "]"));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications?page=1")).willReturn(okJson(twenty)));

        var page = page(
                mvc.perform(get("/my/cases").param("page", "2").cookie(session)).andReturn());

        assertThat(page.selectFirst("nav a[rel=next]").attr("href")).isEqualTo("/my/cases?page=3");
        assertThat(page.selectFirst("nav a[rel=prev]").attr("href")).isEqualTo("/my/cases");
    }

    @Test
    void htmxGetsTheListSectionAlone() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/applications")).willReturn(okJson("[]")));

        var body = mvc.perform(get("/my/cases").header("HX-Request", "true").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).startsWith("<section id=\"cases\"").doesNotContain("<html", "<header");
    }

    @Test
    void theHeaderShowsWhoIsSignedInByNameOnlyAndLinksToMyCases() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/applications")).willReturn(okJson("[]")));

        var page = page(mvc.perform(get("/my/cases").cookie(session)).andReturn());

        assertThat(page.selectFirst("header .signed-in-as").text()).isEqualTo("您好，张三");
        assertThat(page.selectFirst("header form.sign-out").attr("action")).isEqualTo("/logout");
        assertThat(page.selectFirst("header form.sign-out").attr("method")).isEqualTo("post");
        assertThat(page.select("header form.sign-out input[name=_csrf]")).hasSize(1);
        assertThat(page.selectFirst("header a.my-cases-link").attr("href")).isEqualTo("/my/cases");
        assertThat(page.select("header a.sign-in")).isEmpty();
        assertThat(page.html()).doesNotContain("530102198805120033", "at-1", "rt-1");
    }
}
