package org.onewindow.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.contracts.catalog.ItemGuide;
import org.onewindow.contracts.catalog.ItemPublished;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.core.KafkaTemplate;

/** The sample item, published the way catalog-service publishes it: an event on catalog.item.v1. */
final class ApplicationTestSupport {

    static final String ITEM = "11530000MB00000012XK00012000001";
    static final String APPLICANT_ID = "530102199003071238";

    private ApplicationTestSupport() {}

    static ItemGuide guide(String code) throws IOException {
        var json = new ClassPathResource("items/publication-retail.json").getContentAsString(StandardCharsets.UTF_8);
        return EventJson.mapper().readValue(json.replace(ITEM, code), ItemGuide.class);
    }

    static void publish(KafkaTemplate<String, String> kafka, String code, int version) throws Exception {
        var envelope = EventEnvelope.of(
                EventTypes.ITEM_PUBLISHED,
                code,
                new ItemPublished(code, version, OffsetDateTime.now(), guide(code)),
                OffsetDateTime.now());
        kafka.send(Topics.CATALOG_ITEM, code, EventJson.write(envelope)).get();
    }

    static String newApplication(String code) {
        return """
                {"itemCode": "%s", "applicant": {"type": "NATURAL_PERSON", "name": "张三",
                 "idNumber": "%s", "phone": "13800000000"}}
                """.formatted(code, APPLICANT_ID);
    }

    static final String COMPLETE_FORM = """
            {"unitName": "新华书店示例分店", "creditCode": "91350100M000100Y43", "address": "示例市示例路 1 号",
             "premisesOwnership": "OWNED", "areaSquareMeters": 120, "contactPhone": "13800000000"}
            """;

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    }
}
