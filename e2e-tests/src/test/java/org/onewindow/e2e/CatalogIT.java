package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.localstack.LocalStack;

/** The catalog through the gateway: the public finds the sample catalog, the platform follows changes. */
class CatalogIT {

    static LocalStack stack;
    static Api api;

    @BeforeAll
    static void start() {
        stack = E2eStack.get();
        api = new Api(stack.ports());
    }

    @Test
    void anAdminDraftsFixesAndPublishesTwoVersionsThatThePublicFinds() throws Exception {
        var admin = api.tokenOf("catalog-admin");
        var sample = Files.readString(
                Path.of("../catalog-service/src/main/resources/seed/items/01-XK00012000.json"), StandardCharsets.UTF_8);
        var code = "11530000MB00000012XK00012000901";
        var good = sample.replace("11530000MB00000012XK00012000001", code).replace("出版物零售单位设立审批", "出版物零售单位设立审批（端到端）");
        var bad = good.replace(code, "91350100M000100Y44XK00012000901")
                .replace("\"promisedLimitDays\": 10", "\"promisedLimitDays\": 25")
                .replace("\"maxVisits\": 0", "\"maxVisits\": 2");

        var refused = api.post("/api/catalog/items", admin, bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        var codes = Api.JSON.readTree(refused.body()).get("errors").findValuesAsString("code");
        assertThat(codes)
                .contains("invalid-implementation-code", "promised-over-statutory", "visits-with-full-online-handling");

        assertThat(api.post("/api/catalog/items", admin, good).statusCode()).isEqualTo(201);
        assertThat(api.post("/api/catalog/items/" + code + "/publish", admin, "")
                        .statusCode())
                .isEqualTo(201);
        var edited = good.replace("\"promisedLimitDays\": 10", "\"promisedLimitDays\": 7");
        assertThat(api.put("/api/catalog/items/" + code + "/draft", admin, edited)
                        .statusCode())
                .isEqualTo(200);
        var second = api.post("/api/catalog/items/" + code + "/publish", admin, "");
        assertThat(Api.JSON.readTree(second.body()).get("version").asInt()).isEqualTo(2);

        var found = api.get("/api/catalog/items?q=" + URLEncoder.encode("端到端", StandardCharsets.UTF_8), null);
        assertThat(Api.JSON
                        .readTree(found.body())
                        .get("items")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo(code);
        var current =
                Api.JSON.readTree(api.get("/api/catalog/items/" + code, null).body());
        assertThat(current.get("guide").get("promisedLimitDays").asInt()).isEqualTo(7);

        var published = Topics.readUntil(
                        stack.ports(),
                        "catalog.item.v1",
                        Duration.ofSeconds(30),
                        seen -> seen.stream().filter(r -> code.equals(r.key())).count() >= 2)
                .stream()
                .filter(r -> code.equals(r.key()))
                .map(r -> Api.JSON.readTree(r.value()))
                .toList();
        assertThat(published).hasSize(2);
        assertThat(published).extracting(e -> e.get("type").asString()).containsOnly("ItemPublished");
        assertThat(published)
                .extracting(e -> e.get("payload").get("version").asInt())
                .containsExactly(1, 2);
    }

    @Test
    void theSampleCatalogIsSearchableByAnyone() {
        var response = api.get("/api/catalog/items?q=" + URLEncoder.encode("出版物", StandardCharsets.UTF_8), null);
        assertThat(response.statusCode()).isEqualTo(200);
        var page = Api.JSON.readTree(response.body());
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("items").get(0).get("name").asString()).startsWith("出版物");

        var item = api.get("/api/catalog/items/11530000MB00000012XK00031000001", null);
        assertThat(item.statusCode()).isEqualTo(200);
        assertThat(Api.JSON
                        .readTree(item.body())
                        .get("guide")
                        .get("reviewDepartments")
                        .size())
                .isEqualTo(2);
    }

    @Test
    void theProvincialPlatformFollowsTheChangeFeedAndOthersMayNot() {
        var feed = api.get("/api/catalog/changes?since=0", api.provincialPlatformToken());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(Api.JSON.readTree(feed.body()).get("changes").size()).isGreaterThanOrEqualTo(9);
        assertThat(api.get("/api/catalog/changes?since=0", api.tokenOf("applicant"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/catalog/changes?since=0", null).statusCode()).isEqualTo(401);
    }
}
