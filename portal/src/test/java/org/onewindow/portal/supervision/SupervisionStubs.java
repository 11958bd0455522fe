package org.onewindow.portal.supervision;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.LocalDate;
import java.time.ZoneId;

/** The supervisors' API answers, as review- and disclosure-service give them. */
final class SupervisionStubs {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private SupervisionStubs() {}

    static void dashboard(WireMockServer gateway) {
        gateway.stubFor(get(urlPathEqualTo("/api/review/supervision/overview")).willReturn(okJson(overview())));
        gateway.stubFor(get(urlPathEqualTo("/api/disclosure/statistics")).willReturn(okJson(STATISTICS)));
        gateway.stubFor(get(urlPathEqualTo("/api/disclosure/evaluations")).willReturn(okJson(EVALUATIONS)));
        gateway.stubFor(get(urlPathEqualTo("/api/disclosure/complaints")).willReturn(okJson(COMPLAINTS)));
    }

    /** 30 days, 3 cases today and 1 five days ago. */
    static String overview() {
        var days = new StringBuilder();
        for (int i = 29; i >= 0; i--) {
            long count = i == 0 ? 3 : i == 5 ? 1 : 0;
            days.append(i == 29 ? "" : ",")
                    .append("{\"day\":\"")
                    .append(TODAY.minusDays(i))
                    .append("\",\"count\":")
                    .append(count)
                    .append('}');
        }
        return """
                {"today":"%s",
                 "byStatus":[{"status":"SUBMITTED","count":3},{"status":"SUPPLEMENT_REQUESTED","count":0},
                   {"status":"ACCEPTED","count":1},{"status":"NOT_ACCEPTED","count":0},{"status":"IN_REVIEW","count":5},
                   {"status":"APPROVED","count":0},{"status":"DENIED","count":0},{"status":"COMPLETED","count":12},
                   {"status":"WITHDRAWN","count":1}],
                 "submissionsPerDay":[%s],
                 "warnings":{"yellow":2,"red":1,"overdue":4}}
                """.formatted(TODAY, days);
    }

    static final String STATISTICS = """
            {"from":"2026-01-01","to":"2026-06-30",
             "total":{"received":30,"accepted":20,"notAccepted":1,"completed":12,"onTimeRate":0.8333,
                      "averageWorkingDays":6.5,"overdueNow":1},
             "satisfaction":{"evaluations":10,"levels":{"5":6,"4":2,"3":1,"2":1,"1":0},"poor":1,"followUps":0,
                             "satisfactionRate":0.9},
             "departments":[
               {"department":"publishing","figures":{"received":20,"accepted":14,"notAccepted":1,"completed":8,
                 "onTimeRate":0.75,"averageWorkingDays":7.0,"overdueNow":1},"satisfaction":null},
               {"department":"radio-tv","figures":{"received":10,"accepted":6,"notAccepted":0,"completed":4,
                 "onTimeRate":1.0,"averageWorkingDays":5.5,"overdueNow":0},"satisfaction":null},
               {"department":"printing","figures":{"received":0,"accepted":0,"notAccepted":0,"completed":0,
                 "onTimeRate":null,"averageWorkingDays":null,"overdueNow":0},"satisfaction":null}],
             "items":[
               {"itemCode":"11530000MB0000001XK00012000001","itemName":"出版物零售单位设立审批","department":"publishing",
                "figures":{"received":20,"accepted":14,"notAccepted":1,"completed":8,"onTimeRate":0.75,
                           "averageWorkingDays":7.0,"overdueNow":1}}]}
            """;

    static final String EVALUATIONS = """
            {"from":"2025-06-30","to":"2026-06-30","satisfaction":null,"departments":[],
             "rectifications":[
               {"caseNo":"WC20260301000012","itemCode":"X","itemName":"出版物零售单位设立审批","department":"publishing",
                "level":1,"openedOn":"2026-03-01","callBackDue":"2026-03-02","calledBackOn":null,
                "rectificationDue":"2026-03-20","reportedOn":null,"report":null,"state":"OVERDUE","late":true},
               {"caseNo":"WC20260201000003","itemCode":"X","itemName":"出版物零售单位设立审批","department":"publishing",
                "level":2,"openedOn":"2026-02-01","callBackDue":"2026-02-02","calledBackOn":"2026-02-02",
                "rectificationDue":"2026-02-20","reportedOn":"2026-02-10","report":"已整改","state":"DONE","late":false}]}
            """;

    static final String COMPLAINTS = """
            [{"complaint":{"ticket":"TS20260601000001","kind":"COMPLAINT","subject":"窗口排队太久","content":"……",
               "department":"service-hall","caseNo":"WC20260601000007","filedAt":"2026-06-01T09:00:00+08:00",
               "answerDue":"2026-06-15","answered":false,"overdue":true,"answer":null,"answeredAt":null,"published":false},
              "contactName":"王五","contactPhone":"13900139000"}]
            """;
}
