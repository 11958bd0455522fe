package org.onewindow.portal.counter;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak.Person;

/** The counter's first page: the public catalog searched, each hit offered with 选择. */
class CounterSearchTest extends CounterTestSupport {

    @Test
    void findsItemsInThePublicCatalogAndOffersEachToChoose() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-page-2.json")));

        var result = perform(get("/workbench/counter").param("q", " 出版物零售 "));
        var page = page(result);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.selectFirst("h1").text()).isEqualTo("窗口收件");
        assertThat(page.selectFirst(".workbench-nav a[aria-current=page]").text())
                .isEqualTo("窗口收件");
        assertThat(page.selectFirst("input#q").val()).isEqualTo("出版物零售");
        assertThat(page.selectFirst("label[for=q]")).isNotNull();
        assertThat(page.select(".item-result h3").eachText()).containsExactly("出版物零售单位设立审批", "出版物零售单位变更审批");
        var choose = page.selectFirst("a.choose-item");
        assertThat(choose.attr("href")).isEqualTo("/workbench/counter/items/" + RETAIL);
        assertThat(choose.text()).isEqualTo("选择出版物零售单位设立审批");
        assertThat(page.selectFirst(".item-result").text()).contains("出版管理处", "承诺10个工作日");
        assertThat(page.selectFirst(".result-count").text()).contains("共找到23个事项", "前2个");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/catalog/items")).withQueryParam("q", equalTo("出版物零售")));
    }

    @Test
    void htmxGetsTheResultsAloneToPutInPlace() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-empty.json")));

        var page = page(perform(get("/workbench/counter").param("q", "没有的事项").header("HX-Request", "true")));

        assertThat(page.selectFirst("section#counter-results")).isNotNull();
        assertThat(page.selectFirst("h1")).as("a fragment, not the page").isNull();
        assertThat(page.text()).contains("没有找到相符的事项");
    }

    @Test
    void withoutAQueryNothingIsAskedAndTooLongAQueryIsToldNotSent() throws Exception {
        var empty = getPage("/workbench/counter");
        assertThat(empty.selectFirst("form.counter-search").attr("hx-get")).isEqualTo("/workbench/counter");
        assertThat(empty.select(".item-result")).isEmpty();

        var tooLong = perform(get("/workbench/counter").param("q", "出".repeat(51)));
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
        assertThat(page(tooLong).selectFirst(".error-summary a").attr("href")).isEqualTo("#q");

        GATEWAY.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void anApplicantIsRefusedTheCounterCalmlyAndNothingIsAsked() throws Exception {
        var applicant = signInAs(Person.APPLICANT);

        var refused = mvc.perform(get("/workbench/counter").cookie(applicant)).andReturn();
        var identity = mvc.perform(get("/workbench/counter/items/" + RETAIL).cookie(applicant))
                .andReturn();
        var create = mvc.perform(posting("/workbench/counter/items/" + RETAIL)
                        .param("applicantType", "NATURAL_PERSON")
                        .param("personName", "张三")
                        .param("idNumber", "530102198805120033")
                        .cookie(applicant))
                .andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        // Spring Security's calm 403 page (system/forbidden), forwarded to
        assertThat(refused.getResponse().getForwardedUrl()).isEqualTo("/forbidden");
        assertThat(identity.getResponse().getStatus()).isEqualTo(403);
        assertThat(create.getResponse().getStatus()).isEqualTo(403);
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }
}
