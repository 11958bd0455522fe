package org.onewindow.portal.system;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.core.io.ClassPathResource;

class LanguageTest extends PortalTestSupport {

    @Test
    void langEnSwitchesToEnglishAndACookieRemembersIt() throws Exception {
        var result = mvc.perform(get("/").param("lang", "en"))
                .andExpect(cookie().value("lang", "en"))
                .andReturn();

        var page = page(result);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Online Service Hall");
        assertThat(page.select("main a[href=/progress]").text()).contains("Case progress");

        var later = page(mvc.perform(get("/").cookie(new Cookie("lang", "en"))).andReturn());
        assertThat(later.selectFirst("h1").text()).isEqualTo("Online Service Hall");
    }

    @Test
    void switchingBackGivesChineseAgain() throws Exception {
        var page = page(mvc.perform(get("/").param("lang", "zh-CN").cookie(new Cookie("lang", "en")))
                .andReturn());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.selectFirst("h1").text()).isEqualTo("网上办事大厅");
    }

    @Test
    void aLanguageThePortalDoesNotHaveStaysChinese() throws Exception {
        var page = page(mvc.perform(get("/").param("lang", "fr")).andReturn());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    }

    @Test
    void theSwitchLinkKeepsThePageAndItsQuery() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-empty.json")));

        var page = page(mvc.perform(get("/search?department=printing")).andReturn());

        var toEnglish = page.selectFirst("header a[hreflang=en]");
        assertThat(toEnglish.attr("href")).isEqualTo("/search?department=printing&lang=en");
        assertThat(toEnglish.text()).isEqualTo("English");
    }

    @Test
    void everyChineseTextHasAnEnglishOne() throws IOException {
        var chinese = load("messages.properties");
        var english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
    }

    @Test
    void templatesHoldNoChineseTextItAllComesFromTheBundles() throws IOException {
        var han = Pattern.compile("\\p{IsHan}");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            assertThat(templates.filter(Files::isRegularFile).filter(file -> {
                        try {
                            return han.matcher(Files.readString(file)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }))
                    .isEmpty();
        }
    }

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (var in = new ClassPathResource(bundle).getInputStream()) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
