package org.onewindow.portal.casework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case as review-service answers GET /api/review/cases/{caseNo} (CaseView), and the application
 * behind it as GET /api/applications/by-case/{caseNo} answers: one builder for both, so that a test
 * says only what differs from a case of the publishing department's retail item.
 */
final class CaseJson {

    static final String CASE_NO = "11530000MB00000012XK000120000012026120100010";
    static final String APPLICATION_ID = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    static final String ITEM = "11530000MB00000012XK00012000001";
    static final String CERTIFICATE = "1.2.156.3005.2.XK00012000.11530000MB00000012.000042.1.K";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> summary = new LinkedHashMap<>();
    private final List<Map<String, Object>> opinions = new ArrayList<>();
    private final List<Map<String, Object>> timeline = new ArrayList<>();
    private final List<Map<String, Object>> files = new ArrayList<>();
    private List<Map<String, String>> supplement = List.of();
    private Map<String, Object> certificate;

    private CaseJson(String status) {
        summary.put("caseNo", CASE_NO);
        summary.put("applicationId", APPLICATION_ID);
        summary.put("itemCode", ITEM);
        summary.put("itemVersion", 1);
        summary.put("itemName", "出版物零售单位设立审批");
        summary.put("department", "publishing");
        summary.put("reviewDepartments", List.of("publishing", "radio-tv"));
        summary.put("channel", "WINDOW");
        summary.put("applicantName", "张*");
        summary.put("status", status);
        summary.put("submittedAt", "2026-12-01T10:15:00+08:00");
        summary.put("promisedDays", 15);
        summary.put("pausedDays", 0);
        summary.put("extensionDays", 0);
        summary.put("clock", "NOT_STARTED");
        summary.put("warning", "NONE");
        summary.put("openGapMaterials", List.of());
        step("2026-12-01T10:15:00+08:00", "SUBMITTED");
        if (!status.equals("SUBMITTED") && !status.equals("NOT_ACCEPTED") && !status.equals("SUPPLEMENT_REQUESTED")) {
            summary.put("acceptedOn", "2026-12-02");
            summary.put("deadline", "2026-12-22");
            summary.put("clock", "RUNNING");
            step("2026-12-02T09:00:00+08:00", "ACCEPTED");
        }
    }

    static CaseJson at(String status) {
        return new CaseJson(status);
    }

    CaseJson set(String field, Object value) {
        summary.put(field, value);
        return this;
    }

    CaseJson opinion(String department, boolean favourable, String text) {
        opinions.add(Map.of(
                "department", department,
                "reviewer", "reviewer-" + department,
                "opinion", text,
                "favourable", favourable,
                "at", "2026-12-03T11:00:00+08:00"));
        return this;
    }

    CaseJson file(String materialId, String fileName, String contentType) {
        files.add(Map.of(
                "materialId", materialId,
                "fileName", fileName,
                "contentType", contentType,
                "sizeBytes", 2048,
                "uploadedAt", "2026-12-01T10:00:00+08:00"));
        return this;
    }

    CaseJson supplementAsked(String materialId, String description) {
        supplement = List.of(Map.of("materialId", materialId, "description", description));
        step("2026-12-02T09:30:00+08:00", "SUPPLEMENT_REQUESTED");
        return this;
    }

    CaseJson certificate(boolean revoked) {
        certificate = Map.of(
                "content",
                Map.of("certificateNo", CERTIFICATE, "holder", "张*", "issuedOn", "2026-12-08"),
                "verificationCode",
                "K7Q2",
                "revoked",
                revoked);
        return this;
    }

    CaseJson step(String at, String action) {
        timeline.add(Map.of("at", at, "status", action, "action", action, "actorRole", "clerk"));
        return this;
    }

    String reviewCase() {
        var view = new LinkedHashMap<String, Object>();
        view.put("reviewCase", summary);
        view.put("opinions", opinions);
        view.put("gapMaterials", List.of());
        view.put("certificate", certificate);
        return JSON.writeValueAsString(view);
    }

    String application() {
        var application = new LinkedHashMap<String, Object>();
        application.put("id", APPLICATION_ID);
        application.put("caseNo", CASE_NO);
        application.put("itemCode", ITEM);
        application.put("itemVersion", 1);
        application.put("itemName", summary.get("itemName"));
        application.put("channel", summary.get("channel"));
        application.put("status", summary.get("status"));
        application.put(
                "applicant",
                Map.of(
                        "type",
                        "NATURAL_PERSON",
                        "name",
                        "张*",
                        "idNumber",
                        "530102********0033",
                        "phone",
                        "137****7000"));
        application.put("form", Map.of("shopName", "春城书店", "chain", true, "scope", "BOOKS"));
        application.put("materials", files);
        application.put("supplement", supplement);
        application.put("submittedAt", summary.get("submittedAt"));
        application.put("timeline", timeline);
        application.put("gapMaterials", summary.get("openGapMaterials"));
        application.put("gapDeadline", summary.get("gapDeadline"));
        application.put("mayBeRated", false);
        return JSON.writeValueAsString(application);
    }
}
