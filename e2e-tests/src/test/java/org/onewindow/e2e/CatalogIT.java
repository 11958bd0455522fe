package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
