package org.onewindow.portal.mycases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application as GET /api/applications/{id} answers it (application-service's ApplicationView),
 * with a realistic timeline up to the status asked for.
 */
final class ApplicationJson {

    static final String ID = "3f0e9c1a-5b7d-4e2f-8a6b-1c2d3e4f5a6b";
    static final String ITEM = "11530000MB00000012XK00012000001";
    static final String CASE_NO = ITEM + "202612010001";
    static final String CERTIFICATE = "1.2.156.3005.2.XK00012000.11530000MB00000012.000042.1.K";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<Map<String, Object>> timeline = new ArrayList<>();

    private ApplicationJson(String id, String status) {
        fields.put("id", id);
        fields.put("caseNo", CASE_NO);
        fields.put("itemCode", ITEM);
        fields.put("itemVersion", 1);
        fields.put("itemName", "出版物零售单位设立审批");
        fields.put("channel", "ONLINE");
        fields.put("status", status);
        fields.put(
                "applicant",
                Map.of(
                        "type",
                        "NATURAL_PERSON",
                        "name",
                        "张三",
                        "idNumber",
                        "530102********0033",
                        "phone",
                        "137****7000"));
        fields.put("form", Map.of("shopName", "春城书店"));
        fields.put("materials", List.of());
        fields.put("supplement", null);
        fields.put("evaluationLevel", null);
        fields.put("createdAt", "2026-11-30T09:00:00+08:00");
        fields.put("submittedAt", "2026-12-01T10:15:00+08:00");
        fields.put("gapMaterials", List.of());
        fields.put("gapDeadline", null);
        fields.put("mayBeRated", false);
    }

    /** An application of {@code status} whose timeline went the usual way there. */
    static ApplicationJson at(String status) {
        return at(ID, status);
    }

    static ApplicationJson at(String id, String status) {
        var a = new ApplicationJson(id, status);
        if (status.equals("DRAFT")) {
            a.fields.put("caseNo", null);
            a.fields.put("submittedAt", null);
            return a;
        }
        a.step("2026-12-01T10:15:00+08:00", "SUBMITTED", "SUBMITTED", null);
        switch (status) {
            case "SUPPLEMENT_REQUESTED" -> {
                var items = List.of(
                        Map.of("materialId", "business-license", "description", "营业执照复印件不清晰，请重新扫描"),
                        Map.of("field", "shopAddress", "description", "经营场所地址须与营业执照一致"));
                a.step(
                        "2026-12-02T09:30:00+08:00",
                        "SUPPLEMENT_REQUESTED",
                        "SUPPLEMENT_REQUESTED",
                        Map.of("items", items));
                a.fields.put("supplement", items);
            }
            case "ACCEPTED" -> a.accepted();
            case "IN_REVIEW" -> a.accepted().opinion();
            case "APPROVED" -> a.accepted().opinion().decided("APPROVED", "符合条件");
            case "DENIED" -> a.accepted().opinion().decided("DENIED", "经营场所不符合《出版物市场管理规定》第十一条");
            case "COMPLETED" -> {
                a.accepted().opinion().decided("APPROVED", "符合条件");
                a.step(
                        "2026-12-08T16:00:05+08:00",
                        "APPROVED",
                        "CERTIFICATE_ISSUED",
                        Map.of("certificateNo", CERTIFICATE));
                a.step("2026-12-08T16:00:10+08:00", "COMPLETED", "COMPLETED", Map.of("outcome", "APPROVED"));
                a.fields.put("mayBeRated", true);
            }
            case "NOT_ACCEPTED" ->
                a.step(
                        "2026-12-02T09:30:00+08:00",
                        "NOT_ACCEPTED",
                        "NOT_ACCEPTED",
                        Map.of("legalReason", "申请事项不属于本机关职权范围"));
            case "WITHDRAWN" -> {
                a.accepted();
                a.step("2026-12-03T08:00:00+08:00", "WITHDRAWN", "WITHDRAWN", null);
            }
            default -> {}
        }
        return a;
    }

    ApplicationJson set(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    ApplicationJson step(String at, String status, String action, Map<String, ?> detail) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("at", at);
        entry.put("status", status);
        entry.put("action", action);
        entry.put("actorRole", "clerk");
        entry.put("channel", "ONLINE");
        entry.put("detail", detail);
        timeline.add(entry);
        return this;
    }

    /** Accepted with these materials to follow by {@code deadline} (容缺). */
    ApplicationJson withGaps(String deadline, String... materialIds) {
        fields.put("gapMaterials", List.of(materialIds));
        fields.put("gapDeadline", deadline);
        step(
                "2026-12-02T09:31:00+08:00",
                String.valueOf(fields.get("status")),
                "GAP_OPENED",
                Map.of("materials", List.of(materialIds), "deadline", deadline));
        return this;
    }

    String json() {
        var all = new LinkedHashMap<>(fields);
        all.put("timeline", timeline);
        return JSON.writeValueAsString(all);
    }

    private ApplicationJson accepted() {
        return step("2026-12-02T09:30:00+08:00", "ACCEPTED", "ACCEPTED", Map.of("noticeNo", "SL-2026-0001"));
    }

    private ApplicationJson opinion() {
        return step("2026-12-04T15:00:00+08:00", "IN_REVIEW", "OPINION_RECORDED", Map.of("department", "publishing"));
    }

    private ApplicationJson decided(String decision, String reason) {
        return step("2026-12-08T16:00:00+08:00", decision, decision, Map.of("reason", reason));
    }
}
