package org.onewindow.application;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.contracts.catalog.ItemGuide;
import org.onewindow.contracts.catalog.ItemPublished;
import org.onewindow.platform.testsupport.Tokens;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The sample item, published the way catalog-service publishes it: an event on catalog.item.v1. */
final class ApplicationTestSupport {

    static final String ITEM = "11530000MB00000012XK00012000001";
    /** The online applicant of these tests: 李四, as the dev realm's applicant2 (her token carries this identity). */
    static final String APPLICANT_ID = "530102199003071238";

    static final String APPLICANT_NAME = "李四";
    static final String APPLICANT_PHONE = "13800138000";

    static RequestPostProcessor applicant(String subject) {
        return Tokens.applicant(subject, APPLICANT_ID, APPLICANT_NAME, APPLICANT_PHONE);
    }

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
                {"itemCode": "%s", "applicant": {"type": "NATURAL_PERSON", "name": "%s",
                 "idNumber": "%s", "phone": "%s"}}
                """.formatted(code, APPLICANT_NAME, APPLICANT_ID, APPLICANT_PHONE);
    }

    static final String COMPLETE_FORM = """
            {"unitName": "新华书店示例分店", "creditCode": "91350100M000100Y43", "address": "示例市示例路 1 号",
             "premisesOwnership": "OWNED", "areaSquareMeters": 120, "contactPhone": "13800000000"}
            """;

    /** An application of the item, drafted, completed and submitted by the applicant; its case number. */
    static String submittedCase(MockMvc mvc, RequestPostProcessor applicant, String code) throws Exception {
        var id = completedDraft(mvc, applicant, code);
        var body = mvc.perform(post("/api/applications/" + id + "/submit").with(applicant))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return EventJson.mapper().readTree(body).get("caseNo").asString();
    }

    static final List<String> ALL_MATERIALS = List.of("application-form", "business-license", "premises-proof");

    /** An application of the item, drafted and completed by the applicant, ready to submit. */
    static UUID completedDraft(MockMvc mvc, RequestPostProcessor applicant, String code) throws Exception {
        return draft(mvc, applicant, code, ALL_MATERIALS);
    }

    /**
     * A draft of the item filed by {@code filer} (the applicant, or a clerk for them), its form
     * complete and the given materials uploaded.
     */
    static UUID draft(MockMvc mvc, RequestPostProcessor filer, String code, List<String> materials) throws Exception {
        var created = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> mvc.perform(post("/api/applications")
                                        .with(filer)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(newApplication(code)))
                                .andReturn()
                                .getResponse(),
                        r -> r.getStatus() == 201);
        var id = UUID.fromString(EventJson.mapper()
                .readTree(created.getContentAsString())
                .get("id")
                .asString());
        mvc.perform(put("/api/applications/" + id + "/form")
                .with(filer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(COMPLETE_FORM));
        for (var material : materials) {
            mvc.perform(multipart("/api/applications/" + id + "/materials/" + material)
                            .file(new MockMultipartFile("file", material + ".pdf", "application/pdf", pdf(material)))
                            .with(filer))
                    .andExpect(status().isOk());
        }
        return id;
    }

    /** A review event, as review-service publishes it. */
    static <P> EventEnvelope sendReview(
            KafkaTemplate<String, String> kafka, EventType<P> type, String caseNo, P payload) throws Exception {
        var envelope = EventEnvelope.of(type, caseNo, payload, OffsetDateTime.now());
        kafka.send(Topics.REVIEW, caseNo, EventJson.write(envelope)).get();
        return envelope;
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    }
}
