package org.onewindow.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.onewindow.contracts.application.Applicant;
import org.onewindow.contracts.application.ApplicationEvaluated;
import org.onewindow.contracts.application.ApplicationResubmitted;
import org.onewindow.contracts.application.ApplicationResubmittedV1;
import org.onewindow.contracts.application.ApplicationSubmitted;
import org.onewindow.contracts.application.ApplicationSubmittedV1;
import org.onewindow.contracts.application.ApplicationWithdrawn;
import org.onewindow.contracts.application.GapMaterialProvided;
import org.onewindow.contracts.application.MaterialDigest;
import org.onewindow.contracts.calendar.CalendarChanged;
import org.onewindow.contracts.catalog.ItemGuide;
import org.onewindow.contracts.catalog.ItemPublished;
import org.onewindow.contracts.catalog.ItemRetired;
import org.onewindow.contracts.disclosure.RectificationReported;
import org.onewindow.contracts.review.CaseAccepted;
import org.onewindow.contracts.review.CaseCompleted;
import org.onewindow.contracts.review.CaseExtended;
import org.onewindow.contracts.review.CaseNotAccepted;
import org.onewindow.contracts.review.CaseOverdue;
import org.onewindow.contracts.review.CertificateIssued;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.GapClosed;
import org.onewindow.contracts.review.OpinionRecorded;
import org.onewindow.contracts.review.SpecialProcedureEnded;
import org.onewindow.contracts.review.SpecialProcedureStarted;
import org.onewindow.contracts.review.SupplementReceived;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.WithdrawalRefused;
import tools.jackson.databind.node.StringNode;

/** One fully populated sample per event type: every field set, so every path shows in the shape. */
final class EventSamples {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-15T09:30:00+08:00");

    static final ItemGuide GUIDE = new ItemGuide(
            "11530000MB00000012XK00012000001",
            "XK00012000",
            "出版物零售单位设立审批",
            "XK",
            "publishing",
            List.of("LEGAL_PERSON"),
            "《出版管理条例》第三十七条",
            "法定本级行使",
            "有确定的企业名称和经营范围",
            List.of(new ItemGuide.Material(
                    "lease-contract",
                    "房屋租赁合同",
                    "《出版物市场管理规定》第十条",
                    "COPY",
                    1,
                    "CONDITIONAL",
                    new ItemGuide.Condition("premisesOwnership", "EQUALS", StringNode.valueOf("LEASED")),
                    false,
                    true,
                    List.of("application/pdf"),
                    10240,
                    "/templates/lease.docx",
                    "/samples/lease.pdf",
                    "须双方签字",
                    true)),
            List.of(new ItemGuide.Step("ONLINE", 1, "网上申请", "提交申请材料")),
            20,
            10,
            "PROMISED",
            List.of(new ItemGuide.Fee("工本费", 0L, "不收费", "无")),
            4,
            0,
            List.of(new ItemGuide.Window("12 号窗口", "政务服务中心二楼", "工作日 9:00-17:00", "0871-00000000")),
            List.of(new ItemGuide.Faq("个体工商户可以申请吗？", "可以。")),
            List.of("publishing", "radio-tv"),
            EventJson.mapper()
                    .readTree("{\"type\":\"object\",\"properties\":{\"premisesOwnership\":{\"type\":\"string\"}}}"),
            List.of("出版物"),
            false);

    static final String CASE_NO = "11530000MB00000012XK00012000001202603150068";
    static final String APPLICATION_ID = "0b9f7c1e-6d2a-4f7e-9a51-3c2d8e4b1a77";
    static final MaterialDigest MATERIAL =
            new MaterialDigest("business-license", "营业执照.pdf", "application/pdf", 204800, "9f86d081884c7d65");

    private static final Map<EventType<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(EventTypes.ITEM_PUBLISHED, new ItemPublished("11530000MB00000012XK00012000001", 2, AT, GUIDE)),
            Map.entry(
                    EventTypes.ITEM_RETIRED,
                    new ItemRetired("11530000MB00000012XK00012000001", 3, AT, "merged into a new item")),
            Map.entry(
                    EventTypes.APPLICATION_SUBMITTED,
                    new ApplicationSubmitted(
                            CASE_NO,
                            APPLICATION_ID,
                            "11530000MB00000012XK00012000001",
                            2,
                            "publishing",
                            "WINDOW",
                            new Applicant("NATURAL_PERSON", "张三", "530102********1238"),
                            "clerk",
                            AT)),
            Map.entry(
                    EventTypes.APPLICATION_SUBMITTED_V1,
                    new ApplicationSubmittedV1(
                            CASE_NO,
                            APPLICATION_ID,
                            "11530000MB00000012XK00012000001",
                            2,
                            "publishing",
                            "WINDOW",
                            new ApplicationSubmittedV1.Applicant(
                                    "NATURAL_PERSON", "张三", "530102199003071238", "13800000000"),
                            "clerk",
                            EventJson.mapper().readTree("{\"unitName\":\"新华书店\"}"),
                            List.of(MATERIAL),
                            AT)),
            Map.entry(EventTypes.APPLICATION_RESUBMITTED, new ApplicationResubmitted(CASE_NO, APPLICATION_ID, AT)),
            Map.entry(
                    EventTypes.APPLICATION_RESUBMITTED_V1,
                    new ApplicationResubmittedV1(
                            CASE_NO,
                            APPLICATION_ID,
                            EventJson.mapper().readTree("{\"unitName\":\"新华书店\"}"),
                            List.of(MATERIAL),
                            AT)),
            Map.entry(
                    EventTypes.APPLICATION_WITHDRAWN,
                    new ApplicationWithdrawn(CASE_NO, APPLICATION_ID, "no longer needed", AT)),
            Map.entry(
                    EventTypes.APPLICATION_EVALUATED,
                    new ApplicationEvaluated(
                            CASE_NO,
                            APPLICATION_ID,
                            "11530000MB00000012XK00012000001",
                            "publishing",
                            "ONLINE",
                            2,
                            "太慢",
                            AT)),
            Map.entry(
                    EventTypes.CASE_ACCEPTED,
                    new CaseAccepted(
                            CASE_NO,
                            "受理〔2026〕68号",
                            LocalDate.of(2026, 3, 31),
                            List.of("premises-proof"),
                            LocalDate.of(2026, 3, 25),
                            false,
                            AT)),
            Map.entry(EventTypes.CASE_NOT_ACCEPTED, new CaseNotAccepted(CASE_NO, "不予受理〔2026〕3号", "不属于本机关职权范围", AT)),
            Map.entry(
                    EventTypes.SUPPLEMENT_REQUESTED,
                    new SupplementRequested(
                            CASE_NO,
                            List.of(new SupplementRequested.Item("business-license", "unitName", "营业执照已过期")),
                            "clerk",
                            AT)),
            Map.entry(EventTypes.GAP_MATERIAL_PROVIDED, new GapMaterialProvided(CASE_NO, APPLICATION_ID, MATERIAL, AT)),
            Map.entry(
                    EventTypes.SUPPLEMENT_RECEIVED,
                    new SupplementReceived(CASE_NO, "IN_REVIEW", LocalDate.of(2026, 4, 2), AT)),
            Map.entry(EventTypes.WITHDRAWAL_REFUSED, new WithdrawalRefused(CASE_NO, "COMPLETED", "决定已于撤回前作出", AT)),
            Map.entry(EventTypes.GAP_CLOSED, new GapClosed(CASE_NO, AT)),
            Map.entry(EventTypes.RECTIFICATION_REPORTED, new RectificationReported(CASE_NO, "publishing", AT)),
            Map.entry(EventTypes.OPINION_RECORDED, new OpinionRecorded(CASE_NO, "publishing", "同意", true, AT)),
            Map.entry(EventTypes.DECISION_MADE, new DecisionMade(CASE_NO, "APPROVE", "符合条件", AT)),
            Map.entry(
                    EventTypes.CERTIFICATE_ISSUED,
                    new CertificateIssued(
                            CASE_NO,
                            "1.2.156.3005.2.11.11530000MB00000012.0001.1.K",
                            "张三",
                            LocalDate.of(2032, 3, 31),
                            AT)),
            Map.entry(EventTypes.CASE_COMPLETED, new CaseCompleted(CASE_NO, "APPROVED", 8, true, AT)),
            Map.entry(
                    EventTypes.DEADLINE_WARNING,
                    new DeadlineWarning(CASE_NO, "publishing", LocalDate.of(2026, 3, 31), 2, AT)),
            Map.entry(EventTypes.CASE_OVERDUE, new CaseOverdue(CASE_NO, "publishing", LocalDate.of(2026, 3, 31), AT)),
            Map.entry(
                    EventTypes.CASE_EXTENDED, new CaseExtended(CASE_NO, 10, "需要补充现场核查", LocalDate.of(2026, 4, 14), AT)),
            Map.entry(
                    EventTypes.SPECIAL_PROCEDURE_STARTED,
                    new SpecialProcedureStarted(CASE_NO, "EXPERT_REVIEW", "专家评审", AT)),
            Map.entry(
                    EventTypes.SPECIAL_PROCEDURE_ENDED,
                    new SpecialProcedureEnded(CASE_NO, "EXPERT_REVIEW", 3, LocalDate.of(2026, 4, 3), AT)),
            Map.entry(
                    EventTypes.CALENDAR_CHANGED,
                    new CalendarChanged(
                            2026, List.of(LocalDate.of(2026, 10, 1)), List.of(LocalDate.of(2026, 9, 27)), AT)));

    private EventSamples() {}

    static Object of(EventType<?> type) {
        var sample = SAMPLES.get(type);
        if (sample == null) {
            throw new IllegalStateException("no sample for " + type + ": add one to EventSamples");
        }
        return sample;
    }
}
