package org.onewindow.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.core.io.ClassPathResource;

class ElderModeTest extends PortalTestSupport {

    @Test
    void switchingItOnIsRememberedForAYearAndReturnsToThePage() throws Exception {
        var setCookie = mvc.perform(post("/preferences/elder-mode")
                        .param("on", "true")
                        .param("return", "/search?q=%E5%87%BA%E7%89%88")
                        .with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/search?q=%E5%87%BA%E7%89%88"))
                .andReturn()
                .getResponse()
                .getHeader("Set-Cookie");

        assertThat(setCookie).contains("elder=1", "Max-Age=31536000", "Path=/", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void switchingItOffForgetsTheCookie() throws Exception {
        var setCookie = mvc.perform(post("/preferences/elder-mode")
                        .param("on", "false")
                        .param("return", "/")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getHeader("Set-Cookie");

        assertThat(setCookie).contains("elder=", "Max-Age=0");
    }

    @Test
    void withTheCookieThePageBodyIsInElderModeAndTheSwitchOffersTheWayBack() throws Exception {
        var page = page(mvc.perform(get("/").cookie(new Cookie("elder", "1"))).andReturn());

        assertThat(page.body().hasClass("elder")).isTrue();
        var button = page.selectFirst("header form[action=/preferences/elder-mode] button");
        assertThat(button.text()).isEqualTo("退出长辈模式");
        assertThat(button.attr("aria-pressed")).isEqualTo("true");
        assertThat(page.selectFirst("header form input[name=on]").val()).isEqualTo("false");
    }

    @Test
    void withoutTheCookieThePageIsNormalAndTheSwitchOffersElderMode() throws Exception {
        var page = page(mvc.perform(get("/")).andReturn());

        assertThat(page.body().hasClass("elder")).isFalse();
        assertThat(page.selectFirst("header form button").text()).isEqualTo("长辈模式");
        assertThat(page.selectFirst("header form input[name=return]").val()).isEqualTo("/");
    }

    @Test
    void aReturnAddressOnAnotherHostIsIgnored() throws Exception {
        for (var elsewhere : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example"}) {
            mvc.perform(post("/preferences/elder-mode")
                            .param("on", "true")
                            .param("return", elsewhere)
                            .with(csrf()))
                    .andExpect(header().string("Location", "/"));
        }
    }

    @Test
    void theStylesheetGivesElderModeTwentyPixelTextAndFortyEightPixelTapTargets() throws Exception {
        var css = new ClassPathResource("static/css/portal.css").getContentAsString(StandardCharsets.UTF_8);

        assertThat(css).containsPattern("body\\.elder \\{[^}]*font-size: max\\(20px, 1rem\\)");
        assertThat(css).containsPattern("body\\.elder button \\{[^}]*min-height: 48px;[^}]*min-width: 48px");
    }
}
