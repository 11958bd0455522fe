package org.onewindow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.contracts.application.Applicant;
import org.onewindow.contracts.application.ApplicationSubmitted;
import org.onewindow.contracts.catalog.ItemGuide;
import org.onewindow.contracts.catalog.ItemPublished;
import org.onewindow.contracts.catalog.ItemRetired;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Guides and masked results built from the topics; conditional GETs; retired and confidential items hidden. */
@SpringBootTest(classes = DisclosureServiceApplication.class)
@AutoConfigureMockMvc
class DisclosureIntegrationTest {

    static final String ITEM = "11530000MB00000012XK00012000001";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "disclosure_views_test");
        registry.add("onewindow.disclosure.consumer-group", () -> "disclosure-views-test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    void send(String topic, EventEnvelope envelope) throws Exception {
        kafka.send(topic, envelope.key(), EventJson.write(envelope)).get();
    }

    ItemGuide guide(String code, boolean confidential) throws Exception {
        var json = new ClassPathResource("items/publication-retail.json")
                .getContentAsString(StandardCharsets.UTF_8)
                .replace(ITEM, code)
                .replace("\"confidential\": false", "\"confidential\": " + confidential);
        return EventJson.mapper().readValue(json, ItemGuide.class);
    }

    @Test
    void aDecidedCaseAppearsWithTheApplicantMaskedAndNothingPersonal() throws Exception {
        var now = OffsetDateTime.now();
        var caseNo = ITEM + "202603160007";
        // the decision first: the topics are read in no particular order between them
        send(
                Topics.REVIEW,
                EventEnvelope.of(
                        EventTypes.DECISION_MADE, caseNo, new DecisionMade(caseNo, "APPROVE", "符合条件", now), now));
        send(
                Topics.APPLICATION,
                EventEnvelope.of(
                        EventTypes.APPLICATION_SUBMITTED,
                        caseNo,
                        new ApplicationSubmitted(
                                caseNo,
                                UUID.randomUUID().toString(),
                                ITEM,
                                1,
                                "publishing",
                                "ONLINE",
                                new Applicant("NATURAL_PERSON", "张三丰", "530102199003071238"),
                                "applicant",
                                now),
                        now));
        send(
                Topics.CATALOG_ITEM,
                EventEnvelope.of(
                        EventTypes.ITEM_PUBLISHED, ITEM, new ItemPublished(ITEM, 1, now, guide(ITEM, false)), now));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/api/disclosure/results").param("itemCode", ITEM))
                        .andExpect(jsonPath("$[0].caseNo").value(caseNo))
                        .andExpect(jsonPath("$[0].applicant").value("张**"))
                        .andExpect(jsonPath("$[0].outcome").value("APPROVED")));
        var body = mvc.perform(get("/api/disclosure/results"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("张三丰", "530102199003071238", "13800001234", "applicationId");

        var first = mvc.perform(get("/api/disclosure/items/" + ITEM))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=30"))
                .andReturn();
        var etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/api/disclosure/items/" + ITEM).header("If-None-Match", etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void confidentialAndRetiredItemsAreNeverShown() throws Exception {
        var now = OffsetDateTime.now();
        var secret = ITEM.substring(0, 28) + "901";
        var retired = ITEM.substring(0, 28) + "902";
        send(
                Topics.CATALOG_ITEM,
                EventEnvelope.of(
                        EventTypes.ITEM_PUBLISHED,
                        secret,
                        new ItemPublished(secret, 1, now, guide(secret, true)),
                        now));
        send(
                Topics.CATALOG_ITEM,
                EventEnvelope.of(
                        EventTypes.ITEM_PUBLISHED,
                        retired,
                        new ItemPublished(retired, 2, now, guide(retired, false)),
                        now));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        mvc.perform(get("/api/disclosure/items/" + retired)).andExpect(status().isOk()));
        send(
                Topics.CATALOG_ITEM,
                EventEnvelope.of(EventTypes.ITEM_RETIRED, retired, new ItemRetired(retired, 2, now, "merged"), now));
        // a late, older version must not bring it back
        send(
                Topics.CATALOG_ITEM,
                EventEnvelope.of(
                        EventTypes.ITEM_PUBLISHED,
                        retired,
                        new ItemPublished(retired, 1, now, guide(retired, false)),
                        now));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        mvc.perform(get("/api/disclosure/items/" + retired)).andExpect(status().isNotFound()));
        mvc.perform(get("/api/disclosure/items/" + secret)).andExpect(status().isNotFound());
        var list = mvc.perform(get("/api/disclosure/items").param("size", "100"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain(secret, retired);
    }
}
