package org.onewindow.review;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.contracts.application.Applicant;
import org.onewindow.contracts.application.ApplicationResubmitted;
import org.onewindow.contracts.application.ApplicationSubmitted;
import org.onewindow.contracts.application.ApplicationWithdrawn;
import org.onewindow.contracts.application.GapMaterialProvided;
import org.onewindow.contracts.application.MaterialDigest;
import org.onewindow.contracts.catalog.ItemGuide;
import org.onewindow.contracts.catalog.ItemPublished;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.core.KafkaTemplate;

/** The events review-service lives on, sent as catalog- and application-service send them. */
public final class ReviewTestEvents {

    /** A sample item reviewed in parallel by radio-tv and publishing. */
    public static final String ITEM = "11530000MB00000012XK00031000001";

    private ReviewTestEvents() {}

    public static void publishItem(KafkaTemplate<String, String> kafka) throws Exception {
        var now = OffsetDateTime.now();
        var guide = EventJson.mapper()
                .readValue(
                        new ClassPathResource("items/programme-production.json")
                                .getContentAsString(StandardCharsets.UTF_8),
                        ItemGuide.class);
        send(
                kafka,
                Topics.CATALOG_ITEM,
                EventEnvelope.of(EventTypes.ITEM_PUBLISHED, ITEM, new ItemPublished(ITEM, 1, now, guide), now));
    }

    public static EventEnvelope submit(KafkaTemplate<String, String> kafka, String caseNo, String channel)
            throws Exception {
        var now = OffsetDateTime.now();
        var submitted = EventEnvelope.of(
                EventTypes.APPLICATION_SUBMITTED,
                caseNo,
                new ApplicationSubmitted(
                        caseNo,
                        UUID.randomUUID().toString(),
                        ITEM,
                        1,
                        "radio-tv",
                        channel,
                        new Applicant("LEGAL_PERSON", "示例影视文化有限公司", "91350100M000100Y43"),
                        "applicant",
                        now),
                now);
        send(kafka, Topics.APPLICATION, submitted);
        return submitted;
    }

    /** The applicant's supplement, as application-service sends it after a supplement request. */
    public static void resubmit(KafkaTemplate<String, String> kafka, EventEnvelope submitted, OffsetDateTime at)
            throws Exception {
        var caseNo = submitted.key();
        send(
                kafka,
                Topics.APPLICATION,
                EventEnvelope.of(
                        EventTypes.APPLICATION_RESUBMITTED,
                        caseNo,
                        new ApplicationResubmitted(
                                caseNo, submitted.payload().get("applicationId").asString(), at),
                        at));
    }

    public static void withdraw(KafkaTemplate<String, String> kafka, EventEnvelope submitted) throws Exception {
        var now = OffsetDateTime.now();
        var caseNo = submitted.key();
        send(
                kafka,
                Topics.APPLICATION,
                EventEnvelope.of(
                        EventTypes.APPLICATION_WITHDRAWN,
                        caseNo,
                        new ApplicationWithdrawn(
                                caseNo, submitted.payload().get("applicationId").asString(), "不再需要", now),
                        now));
    }

    /** After acceptance with gaps, the applicant hands in one of the gap's materials. */
    public static void provideGapMaterial(KafkaTemplate<String, String> kafka, EventEnvelope submitted, String material)
            throws Exception {
        var now = OffsetDateTime.now();
        var caseNo = submitted.key();
        send(
                kafka,
                Topics.APPLICATION,
                EventEnvelope.of(
                        EventTypes.GAP_MATERIAL_PROVIDED,
                        caseNo,
                        new GapMaterialProvided(
                                caseNo,
                                submitted.payload().get("applicationId").asString(),
                                new MaterialDigest(
                                        material, material + ".pdf", "application/pdf", 1024, "0".repeat(64)),
                                now),
                        now));
    }

    public static void send(KafkaTemplate<String, String> kafka, String topic, EventEnvelope envelope)
            throws Exception {
        kafka.send(topic, envelope.key(), EventJson.write(envelope)).get();
    }
}
