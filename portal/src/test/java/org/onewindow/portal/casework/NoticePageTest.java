package org.onewindow.portal.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak.Person;

/** The printable notices: the bureau's heading, the case, the applicant, the item, the date and what it says. */
class NoticePageTest extends CaseworkTestSupport {

    @Test
    void theAcceptanceNoticeNamesTheCaseTheApplicantTheItemAndTheDeadline() throws Exception {
        theCaseIs(CaseJson.at("ACCEPTED"));

        var notice = notice("acceptance");

        assertThat(notice.selectFirst(".notice-bureau").text()).isEqualTo("示例省新闻出版广电局");
        assertThat(notice.selectFirst("h1.notice-title").text()).isEqualTo("受理通知书");
        assertThat(notice.selectFirst(".notice-number").text()).isEqualTo("办件编号：" + CaseJson.CASE_NO);
        assertThat(notice.selectFirst(".notice-to").text()).isEqualTo("张*：");
        assertThat(notice.text())
                .contains("你（单位）于2026年12月1日提交的出版物零售单位设立审批申请")
                .contains("承诺办理时限为15个工作日，本机关将于2026年12月22日前作出决定");
        assertThat(notice.selectFirst(".notice-date").text()).isEqualTo("2026年12月2日");
    }

    @Test
    void theSupplementNoticeListsEveryMaterialWithWhatToCorrect() throws Exception {
        theCaseIs(CaseJson.at("SUPPLEMENT_REQUESTED").supplementAsked("business-license", "复印件不清晰，请重新扫描"));

        var notice = notice("supplement");

        assertThat(notice.selectFirst("h1.notice-title").text()).isEqualTo("补正材料通知书");
        assertThat(notice.select(".notice-list li").eachText()).containsExactly("营业执照：复印件不清晰，请重新扫描");
        assertThat(notice.selectFirst(".notice-date").text()).isEqualTo("2026年12月2日");
    }

    @Test
    void theNonAcceptanceNoticeGivesTheReasonAndTheRemedy() throws Exception {
        theCaseIs(CaseJson.at("NOT_ACCEPTED")
                .set("decision", "NOT_ACCEPTED")
                .set("decisionReason", "申请事项不属于本机关职权范围")
                .step("2026-12-03T09:00:00+08:00", "NOT_ACCEPTED"));

        var notice = notice("not-accepted");

        assertThat(notice.selectFirst(".notice-reason").text()).isEqualTo("理由和法律依据：申请事项不属于本机关职权范围");
        assertThat(notice.text()).contains("行政复议");
        assertThat(notice.selectFirst(".notice-date").text()).isEqualTo("2026年12月3日");
    }

    @Test
    void aNoticeIsPrintableWithItsButtonAndScript() throws Exception {
        theCaseIs(CaseJson.at("ACCEPTED"));

        var notice = notice("acceptance");

        var button = notice.selectFirst("button.print-receipt");
        assertThat(button.text()).isEqualTo("打印");
        assertThat(button.hasAttr("hidden")).as("print.js shows it").isTrue();
        assertThat(notice.select("script[src]").eachAttr("src")).anyMatch(src -> src.startsWith("/assets/js/print"));
        assertThat(notice.selectFirst(".no-print a").attr("href")).isEqualTo(PAGE);
    }

    @Test
    void aNoticeTheCaseHasNotReachedDoesNotExist() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED"));
        var session = signInAs(Person.CLERK);

        for (var kind : new String[] {"acceptance", "not-accepted", "supplement"}) {
            mvc.perform(get(PAGE + "/notices/" + kind).cookie(session)).andExpect(status().isNotFound());
        }
        mvc.perform(get(PAGE + "/notices/other").cookie(session)).andExpect(status().isNotFound());
    }

    private Document notice(String kind) throws Exception {
        return page(mvc.perform(get(PAGE + "/notices/" + kind).cookie(signInAs(Person.CLERK)))
                .andExpect(status().isOk())
                .andReturn());
    }
}
