package org.onewindow.portal.publicapi;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * What every page for people without an account shares, results included: one h1 and an outline
 * without gaps, a label for every field, nothing the CSP refuses, tables that scroll on their own,
 * and every word in both languages.
 */
class PublicPagesStructureTest extends PortalTestSupport {

    static final String CASE_NO = "11530000MB00000012XK00012000001202603150068";
    static final String CERTIFICATE = "1.2.156.3005.2.XK00012000.11530000MB00000012X.00000042.1.K";

    @BeforeEach
    void gateway() {
        stub("/api/applications/progress/" + CASE_NO, "progress-completed.json");
        stub("/api/disclosure/complaints/TS20260316000042", "complaint-answered.json");
        stub("/api/review/certificates/" + CERTIFICATE, "certificate-content.json");
        stub("/api/review/certificates/" + CERTIFICATE + "/verify", "certificate-verify.json");
        stub("/api/disclosure/items", "disclosure-items.json");
        stub("/api/disclosure/results", "disclosure-results-full.json");
        stub("/api/disclosure/statistics", "disclosure-statistics.json");
        stub("/api/disclosure/evaluations", "disclosure-evaluations.json");
        stub("/api/disclosure/corrections", "disclosure-corrections.json");
        stub("/api/disclosure/notices", "disclosure-notices.json");
        stub("/api/disclosure/notices/2026-00012", "disclosure-notice.json");
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo("/api/disclosure/complaints"))
                .willReturn(json("complaint-filed.json").withStatus(201)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /progress",
                "POST /progress",
                "GET /progress/rated",
                "GET /complaints",
                "POST /complaints",
                "POST /complaints?invalid",
                "GET /complaints/status",
                "POST /complaints/status",
                "GET /certificates/verify",
                "POST /certificates/verify",
                "GET /disclosure",
                "GET /disclosure/results",
                "GET /disclosure/statistics",
                "GET /disclosure/evaluations",
                "GET /disclosure/corrections",
                "GET /disclosure/notices",
                "GET /disclosure/notices/2026-00012"
            })
    void hasOneHeadingOneAnOutlineLabelsAndNothingTheCspRefuses(String request) throws Exception {
        var page = page(mvc.perform(request(request)).andReturn());

        assertThat(page.select("h1")).as("one h1").hasSize(1);
        int level = 1;
        for (Element heading : page.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int next = Integer.parseInt(heading.tagName().substring(1));
            assertThat(next).as("%s after h%d", heading, level).isLessThanOrEqualTo(level + 1);
            level = next;
        }
        for (Element input : page.select("input:not([type=hidden]), select, textarea")) {
            assertThat(input.id()).as("%s has an id", input).isNotBlank();
            assertThat(page.select("label[for=" + input.id() + "]"))
                    .as("label for %s", input)
                    .hasSize(1);
        }
        assertThat(page.select("[id]").eachAttr("id")).as("ids are unique").doesNotHaveDuplicates();
        assertThat(page.select("script:not([src]), style, [style]")).isEmpty();
        assertThat(page.getAllElements().stream()
                        .flatMap(element -> element.attributes().asList().stream())
                        .filter(attribute -> attribute.getKey().startsWith("on")
                                || attribute.getKey().startsWith("hx-on")))
                .isEmpty();
        for (Element table : page.select("table")) {
            assertThat(table.parent().hasClass("table-responsive"))
                    .as("table in a scrolling wrapper")
                    .isTrue();
            assertThat(table.select("caption")).hasSize(1);
        }
        // every link the summary gives leads to a field on the page
        for (Element link : page.select(".error-summary a[href^=#]")) {
            assertThat(page.getElementById(link.attr("href").substring(1)))
                    .as(link.attr("href"))
                    .isNotNull();
        }
        assertThat(page.text()).doesNotContain("??", "Exception");
    }

    @Test
    void everyWordHasAnEnglishOne() throws IOException {
        var chinese = load("i18n/public.properties");
        var english = load("i18n/public_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
    }

    private RequestBuilder request(String request) {
        var method = request.substring(0, request.indexOf(' '));
        var path = request.substring(request.indexOf(' ') + 1);
        if (method.equals("GET")) {
            return get(path);
        }
        var builder = post(path.replace("?invalid", "")).with(csrf());
        return switch (path) {
            case "/progress" -> builder.param("caseNo", CASE_NO).param("code", "HK7M3Q9P");
            case "/complaints" ->
                builder.param("kind", "REPORT").param("subject", "收费").param("content", "要求另交材料费");
            case "/complaints/status" ->
                builder.param("ticket", "TS20260316000042").param("code", "K7QX3M9RT2HB");
            case "/certificates/verify" ->
                builder.param("certificateNo", CERTIFICATE).param("code", "AB3CD5EF7H");
            default -> builder; // an empty form: every problem at once
        };
    }

    private static void stub(String path, String fixture) {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(path)).willReturn(json(fixture)));
    }

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (var in = new ClassPathResource(bundle).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
