package org.onewindow.contracts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.onewindow.contracts.catalog.ItemGuide;
import org.onewindow.contracts.catalog.ItemPublished;
import org.onewindow.contracts.catalog.ItemRetired;
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

    private static final Map<EventType<?>, Object> SAMPLES = Map.of(
            EventTypes.ITEM_PUBLISHED,
            new ItemPublished("11530000MB00000012XK00012000001", 2, AT, GUIDE),
            EventTypes.ITEM_RETIRED,
            new ItemRetired("11530000MB00000012XK00012000001", 3, AT, "merged into a new item"));

    private EventSamples() {}

    static Object of(EventType<?> type) {
        var sample = SAMPLES.get(type);
        if (sample == null) {
            throw new IllegalStateException("no sample for " + type + ": add one to EventSamples");
        }
        return sample;
    }
}
