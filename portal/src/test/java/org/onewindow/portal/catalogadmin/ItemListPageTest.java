package org.onewindow.portal.catalogadmin;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak.Person;

/** 事项管理: every item with its status, version and the way to edit it; nobody but the catalog admin gets in. */
class ItemListPageTest extends CatalogAdminTestSupport {

    @Test
    void listsEveryItemWithItsStatusInWordsItsVersionAndAnEditLink() throws Exception {
        stubList();

        var page = open("/workbench/catalog");

        assertThat(page.selectFirst("h1").text()).isEqualTo("事项管理");
        assertThat(page.selectFirst(".workbench-nav a[aria-current=page]").text())
                .isEqualTo("事项管理");
        var rows = page.select("tr.item-row");
        assertThat(rows).hasSize(3);
        assertThat(rows.eachAttr("data-code")).first().isEqualTo(CODE);
        assertThat(rows.get(0).select("th").text()).isEqualTo("出版物零售单位设立审批");
        assertThat(rows.get(0).select(".status-badge").text()).isEqualTo("已发布");
        assertThat(rows.get(0).select(".pending").text()).isEqualTo("有未发布的修改");
        assertThat(rows.get(0).text()).contains("第2版", "出版管理处");
        assertThat(rows.get(1).select(".status-badge").text()).isEqualTo("草稿");
        assertThat(rows.get(1).text()).contains("未发布");
        assertThat(rows.get(2).select(".status-badge").text()).isEqualTo("已停止");
        assertThat(rows.get(0).selectFirst("a.edit-link").attr("href")).isEqualTo(EDITOR);
        assertThat(rows.get(2).selectFirst("a.edit-link"))
                .as("a retired item is not edited")
                .isNull();
        assertThat(rows.get(1).selectFirst("a.history-link"))
                .as("a draft has no history")
                .isNull();
        assertThat(page.selectFirst("a.new-item").attr("href")).isEqualTo("/workbench/catalog/new");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/catalog/items"))
                .withQueryParam("status", com.github.tomakehurst.wiremock.client.WireMock.equalTo(""))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer at-1")));
    }

    @Test
    void aReviewerAndAnApplicantAreRefusedEveryCatalogAdminPage() throws Exception {
        stubList();
        stubItem();
        var reviewer = signInAs(Person.REVIEWER);
        for (var path : new String[] {"/workbench/catalog", EDITOR, "/workbench/catalog/new"}) {
            mvc.perform(get(path).cookie(reviewer)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/workbench/catalog").cookie(signIn())).andExpect(status().isForbidden());
        GATEWAY.verify(0, getRequestedFor(urlPathEqualTo("/api/catalog/items")));
    }
}
