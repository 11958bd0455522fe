package org.onewindow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.catalog.ItemGuide;
import org.onewindow.contracts.catalog.ItemPublished;
import org.onewindow.localstack.Postgres;
import org.onewindow.localstack.SharedInfrastructure;
import org.onewindow.platform.calendar.WorkingCalendar;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Statistics, satisfaction and rectifications built from the topics, whatever order the topics
 * arrive in and however often an event is delivered; then the same answers from a second
 * instance that replays the topics from the beginning into a fresh database.
 */
@SpringBootTest(classes = DisclosureServiceApplication.class)
@AutoConfigureMockMvc
class ReadModelIntegrationTest {

    static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "disclosure_read_models_test");
        registry.add("onewindow.disclosure.consumer-group", () -> "disclosure-read-models-test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    final String department =
            "stats-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    final String item = "11530000MB00000012XK00012"
            + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));

    String caseNo(int n) {
        return item + "20261126" + String.format("%04d", n);
    }

    @Test
    void figuresFollowTheEventsAndAReplayGivesTheSameAnswers() throws Exception {
        var events = new DisclosureEvents(kafka, item, department);
        var tomorrow = LocalDate.now(BUREAU).plusDays(1);
        events.calendar(List.of(tomorrow));
        publishItem();

        // A: approved on time, rated 5; its review events come before its submission
        events.accepted(caseNo(1));
        events.decided(caseNo(1), "APPROVE");
        events.completed(caseNo(1), 5, true);
        events.submitted(caseNo(1), "张三丰");
        events.evaluated(caseNo(1), 5, OffsetDateTime.now());
        // B: late, rated 2; its acceptance is delivered twice
        events.submitted(caseNo(2), "李四");
        var acceptance = events.accepted(caseNo(2));
        events.send(EventTypes.CASE_ACCEPTED, acceptance);
        events.completed(caseNo(2), 12, false);
        var poor = OffsetDateTime.now();
        events.evaluated(caseNo(2), 2, poor);
        // C: not accepted
        events.submitted(caseNo(3), "王五");
        events.notAccepted(caseNo(3));
        // D: overdue and still undecided
        events.submitted(caseNo(4), "赵六");
        events.accepted(caseNo(4));
        events.overdue(caseNo(4));
        // E: overdue, then completed late
        events.submitted(caseNo(5), "钱七");
        events.accepted(caseNo(5));
        events.overdue(caseNo(5));
        events.completed(caseNo(5), 9, false);

        var calendar = new WorkingCalendar(Set.of(tomorrow), Set.of());
        var today = LocalDate.now(BUREAU);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/disclosure/statistics").param("department", department))
                        .andExpect(jsonPath("$.departments[0].department").value(department))
                        .andExpect(jsonPath("$.departments[0].figures.received").value(5))
                        .andExpect(jsonPath("$.departments[0].figures.accepted").value(4))
                        .andExpect(
                                jsonPath("$.departments[0].figures.notAccepted").value(1))
                        .andExpect(
                                jsonPath("$.departments[0].figures.completed").value(3))
                        .andExpect(
                                jsonPath("$.departments[0].figures.onTimeRate").value(0.3333))
                        .andExpect(jsonPath("$.departments[0].figures.averageWorkingDays")
                                .value(8.7))
                        .andExpect(
                                jsonPath("$.departments[0].figures.overdueNow").value(1))
                        .andExpect(jsonPath("$.departments[0].satisfaction.evaluations")
                                .value(2))
                        .andExpect(jsonPath("$.departments[0].satisfaction.levels.5")
                                .value(1))
                        .andExpect(jsonPath("$.departments[0].satisfaction.levels.2")
                                .value(1))
                        .andExpect(jsonPath("$.departments[0].satisfaction.satisfactionRate")
                                .value(0.5))
                        .andExpect(jsonPath("$.items[0].itemCode").value(item))
                        .andExpect(jsonPath("$.items[0].itemName").value("出版物零售单位设立审批"))
                        .andExpect(jsonPath("$.total.received").value(5)));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/disclosure/evaluations").param("department", department))
                        .andExpect(jsonPath("$.rectifications.length()").value(1))
                        .andExpect(jsonPath("$.rectifications[0].caseNo").value(caseNo(2)))
                        .andExpect(jsonPath("$.rectifications[0].level").value(2))
                        .andExpect(jsonPath("$.rectifications[0].callBackDue")
                                .value(calendar.plusWorkingDays(today, 1).toString()))
                        .andExpect(jsonPath("$.rectifications[0].rectificationDue")
                                .value(calendar.plusWorkingDays(today, 15).toString()))
                        .andExpect(jsonPath("$.rectifications[0].state").value("OPEN")));
        var evaluations = mvc.perform(get("/api/disclosure/evaluations"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(evaluations).as("the applicant's comment is never shown").doesNotContain("13800001234", "张三");

        replayIntoAFreshDatabaseGivesTheSameAnswers();

        // the supervisor follows the rectification through
        var supervisor = Tokens.staff("supervisor", "supervisor", "bureau");
        var path = "/api/disclosure/evaluations/" + caseNo(2);
        var note = "{\"note\": \"已回访申请人，电话13912345678\"}";
        mvc.perform(post(path + "/call-back")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(note))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(path + "/call-back")
                        .with(Tokens.user("applicant", "applicant"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(note))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/rectification")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(note))
                .andExpect(status().isConflict());
        mvc.perform(post(path + "/call-back")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(post(path + "/call-back")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(note))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.calledBackOn").value(today.toString()))
                .andExpect(jsonPath("$.state").value("OPEN"));
        mvc.perform(post(path + "/call-back")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(note))
                .andExpect(status().isConflict());
        mvc.perform(post(path + "/rectification")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"窗口人员已培训；联系电话13912345678已公示\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.report").value("窗口人员已培训；联系电话139****5678已公示"));
        mvc.perform(post("/api/disclosure/evaluations/" + caseNo(1) + "/call-back")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(note))
                .andExpect(status().isNotFound());

        // the follow-up rating after the rectification replaces the poor one; a stale one does not
        events.evaluated(caseNo(2), 4, poor.plusMinutes(5));
        events.evaluated(caseNo(2), 1, poor.minusMinutes(5));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> mvc.perform(get("/api/disclosure/statistics").param("department", department))
                                .andExpect(jsonPath("$.departments[0].satisfaction.levels.4")
                                        .value(1))
                                .andExpect(jsonPath("$.departments[0].satisfaction.levels.2")
                                        .value(0))
                                .andExpect(jsonPath("$.departments[0].satisfaction.satisfactionRate")
                                        .value(1.0)));
        mvc.perform(get("/api/disclosure/evaluations").param("department", department))
                .andExpect(jsonPath("$.rectifications.length()").value(1))
                .andExpect(jsonPath("$.rectifications[0].state").value("DONE"));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsABadRequest() throws Exception {
        mvc.perform(get("/api/disclosure/statistics")
                        .param("from", "2026-03-01")
                        .param("to", "2026-02-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("after-to"));
        mvc.perform(get("/api/disclosure/statistics").param("from", "not-a-date"))
                .andExpect(status().isBadRequest());
    }

    /** A second instance with its own database and consumer groups reads every topic from the start. */
    void replayIntoAFreshDatabaseGivesTheSameAnswers() throws Exception {
        var infrastructure = SharedInfrastructure.get();
        // as arguments: they must win over the platform's defaults, as a deployment's settings do
        try (var copy = new SpringApplicationBuilder(DisclosureServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + infrastructure.database("disclosure_replay_test"),
                        "--spring.datasource.username=" + Postgres.USER,
                        "--spring.datasource.password=" + Postgres.PASSWORD,
                        "--spring.kafka.bootstrap-servers="
                                + infrastructure.kafka().bootstrapServers(),
                        "--onewindow.disclosure.consumer-group=disclosure-replay-" + UUID.randomUUID())) {
            var port = copy.getEnvironment().getProperty("local.server.port");
            var http = HttpClient.newHttpClient();
            for (var query : List.of(
                    "/api/disclosure/statistics",
                    "/api/disclosure/evaluations",
                    "/api/disclosure/results?size=100",
                    "/api/disclosure/items?size=100",
                    "/api/disclosure/items/" + item)) {
                // both sides are read again each time: either may still be catching up on other tests' events
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertThat(http.send(
                                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + query))
                                                        .build(),
                                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                                        .body())
                                .as(query)
                                .isEqualTo(mvc.perform(get(query))
                                        .andReturn()
                                        .getResponse()
                                        .getContentAsString(StandardCharsets.UTF_8)));
            }
        }
    }

    private void publishItem() throws Exception {
        var json = new ClassPathResource("items/publication-retail.json")
                .getContentAsString(StandardCharsets.UTF_8)
                .replace(DisclosureIntegrationTest.ITEM, item);
        var guide = EventJson.mapper().readValue(json, ItemGuide.class);
        var now = OffsetDateTime.now();
        kafka.send(
                        EventTypes.ITEM_PUBLISHED.topic(),
                        item,
                        EventJson.write(EventEnvelope.of(
                                EventTypes.ITEM_PUBLISHED, item, new ItemPublished(item, 1, now, guide), now)))
                .get();
    }
}
