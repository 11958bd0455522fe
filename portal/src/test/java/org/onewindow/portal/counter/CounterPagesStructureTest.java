package org.onewindow.portal.counter;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** What every counter page owes axe and the CSP: one h1 and an outline, labels, no inline script or style. */
class CounterPagesStructureTest extends CounterTestSupport {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/workbench/counter?q=出版物",
                "/workbench/counter/items/" + RETAIL,
                "form",
                "materials",
                "pre-review",
                "check",
                "receipt"
            })
    void hasOneHeadingOneAnOutlineWithoutGapsALabelForEveryInputAndNoInlineCode(String path) throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-page-2.json")));
        item();
        application("receipt".equals(path) ? "SUBMITTED" : "DRAFT", "{}", "[]");
        GATEWAY.stubFor(
                post(urlEqualTo("/api/applications/" + ID + "/pre-review")).willReturn(jsonBody(200, """
                {"passed":false,"problems":[{"code":"FORM_FIELD_REQUIRED","field":"unitName","materialId":null,
                 "message":"请填写必填项"}],"notices":[]}
                """)));

        var page = getPage(path.startsWith("/") ? path : BASE + "/" + path);

        assertThat(page.select("main#main")).hasSize(1);
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("main nav").hasClass("workbench-nav"))
                .as("the workbench's navigation first")
                .isTrue();
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
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("script:not([src])")).isEmpty();
        for (Element link : page.select(".error-summary a[href^=#]")) {
            assertThat(page.getElementById(link.attr("href").substring(1)))
                    .as("%s lands on the page", link)
                    .isNotNull();
        }
    }

    @Test
    void everyChineseWordOfTheCounterHasAnEnglishOne() throws IOException {
        var chinese = load("i18n/counter.properties");
        var english = load("i18n/counter_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
        assertThat(chinese.stringPropertyNames()).allMatch(key -> key.startsWith("counter."));
    }

    private static Properties load(String path) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
