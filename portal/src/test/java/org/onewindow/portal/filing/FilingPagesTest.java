package org.onewindow.portal.filing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.util.Properties;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What every filing page owes: an outline, labels, no inline script or style, calm failures. */
class FilingPagesTest extends FilingTestSupport {

    @BeforeEach
    void aDraftWithProblems() {
        item(PROGRAMME, "item-programme-seed.json");
        draft(PROGRAMME, "{\"programmeTypes\":[\"VARIETY\"],\"professionalStaff\":2}");
        GATEWAY.stubFor(
                post(urlEqualTo("/api/applications/" + ID + "/pre-review")).willReturn(jsonBody(200, """
                {"passed":false,"problems":[
                  {"code":"FORM_FIELD_INVALID","field":"professionalStaff","materialId":null,"message":"..."},
                  {"code":"MATERIAL_MISSING","field":null,"materialId":"staff-list","message":"..."}],"notices":[]}
                """)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/form", "/materials", "/pre-review", "/check"})
    void hasOneHeadingOneAnOutlineWithoutGapsAndALabelForEveryInput(String step) throws Exception {
        var page = filingPage(step);

        assertThat(page.select("h1")).hasSize(1);
        int level = 1;
        for (Element heading : page.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int next = Integer.parseInt(heading.tagName().substring(1));
            assertThat(next).as("%s after h%d", heading, level).isLessThanOrEqualTo(level + 1);
            level = next;
        }
        for (Element input : page.select("main input:not([type=hidden]), main select, main textarea")) {
            assertThat(input.id()).as("%s has an id", input).isNotBlank();
            assertThat(page.select("label[for=" + input.id() + "]"))
                    .as("label for %s", input)
                    .hasSize(1);
        }
        for (Element radio : page.select("main input[type=radio]")) {
            assertThat(radio.closest("fieldset").selectFirst("legend"))
                    .as("legend of %s", radio)
                    .isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/form", "/materials", "/pre-review", "/check"})
    void hasNoInlineScriptOrStyleForTheCspToRefuse(String step) throws Exception {
        var page = filingPage(step);

        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("style, [style]")).isEmpty();
        assertThat(page.getAllElements().stream()
                        .flatMap(element -> element.attributes().asList().stream())
                        .filter(attribute -> attribute.getKey().startsWith("on")
                                || attribute.getKey().startsWith("hx-on")))
                .isEmpty();
    }

    @Test
    void theErrorSummaryOfThePreReviewLinksToIdsThatAreOnThePage() throws Exception {
        var page = filingPage("/pre-review");

        var links = page.select(".error-summary a");
        assertThat(links).hasSize(2);
        for (Element link : links) {
            assertThat(page.getElementById(link.attr("href").substring(1)))
                    .as(link.attr("href"))
                    .isNotNull();
        }
        assertThat(page.selectFirst("#field-professionalStaff").text()).contains("“专业人员人数”填写有误。要求：整数，不小于3。");
    }

    @Test
    void aGatewayThatIsDownGivesTheCalmUnavailablePage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications/" + ID)).willReturn(problem(503)));

        var result = mvc.perform(get(base(PROGRAMME) + "/form").with(zhangSan()))
                .andExpect(status().isServiceUnavailable())
                .andReturn();

        assertThat(page(result).selectFirst("h1").text()).isEqualTo("服务暂时不可用");
        assertThat(text(result)).doesNotContain("Exception", "at org.");
    }

    @Test
    void aGatewayThatDropsTheSubmissionGivesTheCalmPageNotAStackTrace() throws Exception {
        GATEWAY.stubFor(post(urlEqualTo("/api/applications/" + ID + "/submit"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        var result = mvc.perform(MockMvcRequestBuilders.post(base(PROGRAMME) + "/submit")
                        .param("idempotencyKey", "2c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f")
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isServiceUnavailable())
                .andReturn();

        assertThat(page(result).selectFirst("h1").text()).isEqualTo("服务暂时不可用");
        assertThat(text(result)).doesNotContain("Exception", "Connection reset");
    }

    @Test
    void aSignInThatRanOutSendsToSignInAgainAndBackToThePage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications/" + ID))
                .willReturn(aResponse().withStatus(401)));

        assertThat(backAfterSigningInAgain(get(base(PROGRAMME) + "/materials")))
                .isEqualTo(base(PROGRAMME) + "/materials");
    }

    @Test
    void aSubmissionWhoseSignInRanOutComesBackToTheCheckPage() throws Exception {
        GATEWAY.stubFor(post(urlEqualTo("/api/applications/" + ID + "/submit"))
                .willReturn(aResponse().withStatus(401)));

        var submit = MockMvcRequestBuilders.post(base(PROGRAMME) + "/submit")
                .param("idempotencyKey", "2c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f")
                .header("Referer", "http://localhost" + base(PROGRAMME) + "/check")
                .with(csrf());

        // the form cannot be sent again without her: she is back where she clicked 提交
        assertThat(backAfterSigningInAgain(submit)).isEqualTo(base(PROGRAMME) + "/check");
    }

    /** The API refuses 张三's token: she is sent to Keycloak, signs in, and is sent back here. */
    private String backAfterSigningInAgain(MockHttpServletRequestBuilder request) throws Exception {
        var refused = mvc.perform(request.with(zhangSan()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/oauth2/authorization/keycloak"))
                .andReturn()
                .getResponse();
        return signIn(refused.getCookie("SESSION"), "at-2", "rt-2", 300)
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void everyChineseWordOfFilingHasAnEnglishOne() throws IOException {
        var chinese = load("i18n/filing.properties");
        var english = load("i18n/filing_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
    }

    @Test
    void theFormSpeaksEnglishWhenAskedWithTheSameFields() throws Exception {
        var page = page(
                mvc.perform(get(base(PROGRAMME) + "/form").param("lang", "en").with(zhangSan()))
                        .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Fill in the form");
        assertThat(page.selectFirst("label[for=field-unitName]").text()).isEqualTo("Organisation name required");
        assertThat(page.selectFirst("#field-professionalStaff-hint").text())
                .isEqualTo("Must be: a whole number, at least 3.");
    }

    private Document filingPage(String step) throws Exception {
        var path = step.isEmpty() ? "/items/" + PROGRAMME + "/apply" : base(PROGRAMME) + step;
        return page(mvc.perform(get(path).with(zhangSan())).andReturn());
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = new ClassPathResource(name).getInputStream();
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
