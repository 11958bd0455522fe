package org.onewindow.portal;

import java.util.UUID;

/**
 * The application of 张三 for the retail item as GET /api/applications/{id} shows it: online filing
 * and the counter both read it, differing only in id, case number, item and channel.
 */
public final class ApplicationFixture {

    private ApplicationFixture() {}

    /** A DRAFT has neither case number nor submission time; every other status has both. */
    public static String json(
            UUID id, String caseNo, String itemCode, String channel, String status, String form, String materials) {
        var draft = "DRAFT".equals(status);
        return """
                {"id":"%s","caseNo":%s,"itemCode":"%s","itemVersion":1,"itemName":"出版物零售单位设立审批",
                 "channel":"%s","status":"%s",
                 "applicant":{"type":"NATURAL_PERSON","name":"张三","idNumber":"530102********0033","phone":"137****7000"},
                 "agent":null,"form":%s,"materials":%s,"supplement":null,"evaluationLevel":null,
                 "createdAt":"2026-03-15T09:30:00+08:00","submittedAt":%s,"timeline":[],"gapMaterials":[],
                 "gapDeadline":null,"mayBeRated":false}
                """.formatted(
                        id,
                        draft ? "null" : "\"" + caseNo + "\"",
                        itemCode,
                        channel,
                        status,
                        form,
                        materials,
                        draft ? "null" : "\"2026-03-15T10:02:00+08:00\"");
    }
}
