package org.onewindow.portal.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak.Person;
import org.onewindow.portal.PortalTestSupport;

/** The workbench by role: a role's screens are offered to it alone, and refused calmly to anyone else. */
class WorkbenchAccessTest extends PortalTestSupport {

    @Test
    void aClerkIsOfferedTheCounterAndTheQueueAndNothingElse() throws Exception {
        var session = signInAs(Person.CLERK);

        var page = page(mvc.perform(get("/workbench").cookie(session))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("工作台");
        assertThat(page.select(".workbench-cards a").eachAttr("href"))
                .containsExactly("/workbench/counter", "/workbench/cases");
        assertThat(page.select(".workbench-nav a").eachText()).containsExactly("工作台", "窗口收件", "待办件");
        assertThat(page.selectFirst(".signed-in-as").text()).contains("刘敏");
        assertThat(page.selectFirst(".workbench-link"))
                .as("the site's own nav leads back")
                .isNotNull();
    }

    @Test
    void aSupervisorAndACatalogAdminSeeTheirOwnScreens() throws Exception {
        var supervisor = page(mvc.perform(get("/workbench").cookie(signInAs(Person.SUPERVISOR)))
                .andReturn());
        assertThat(supervisor.select(".workbench-cards a").eachAttr("href")).containsExactly("/workbench/supervision");

        var admin = page(mvc.perform(get("/workbench").cookie(signInAs(Person.CATALOG_ADMIN)))
                .andReturn());
        assertThat(admin.select(".workbench-cards a").eachAttr("href")).containsExactly("/workbench/catalog");
    }

    @Test
    void anApplicantGetsACalmRefusalAndNoWorkbenchLink() throws Exception {
        var session = signIn();

        var refused = page(mvc.perform(get("/workbench").cookie(session))
                .andExpect(status().isForbidden())
                .andReturn());

        assertThat(refused.selectFirst("h1").text()).isEqualTo("没有权限打开此页面");
        assertThat(refused.text()).contains("请退出后用本人的工作账号登录");
        assertThat(refused.selectFirst(".workbench-link")).isNull();
    }

    @Test
    void aReviewerCannotOpenTheCounterTheCatalogOrSupervision() throws Exception {
        var session = signInAs(Person.REVIEWER);

        for (var path : new String[] {"/workbench/counter", "/workbench/catalog", "/workbench/supervision"}) {
            mvc.perform(get(path).cookie(session)).andExpect(status().isForbidden());
        }
    }

    @Test
    void someoneNotSignedInIsSentToSignInAndBack() throws Exception {
        var answer = mvc.perform(get("/workbench")).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).contains("/sign-in");
    }
}
