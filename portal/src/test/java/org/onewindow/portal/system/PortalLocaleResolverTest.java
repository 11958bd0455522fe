package org.onewindow.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The language of a request as Java code sees it, on the very request that switches it: the
 * DispatcherServlet puts the resolver's locale context on the thread first, and only then does
 * the language switch ({@code ?lang=}) run.
 */
class PortalLocaleResolverTest {

    final PortalLocaleResolver resolver = new PortalLocaleResolver(WebConfig.LANGUAGE_PARAMETER);
    final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/items/x/apply");
    final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void leaveTheThreadAsFound() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theRequestThatSwitchesToEnglishIsEnglishEverywhere() throws Exception {
        request.setParameter(WebConfig.LANGUAGE_PARAMETER, "en");

        dispatch();

        assertThat(LocaleContextHolder.getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(RequestContextUtils.getLocale(request)).isEqualTo(Locale.ENGLISH);
        assertThat(response.getCookie(WebConfig.LANGUAGE_PARAMETER).getValue()).isEqualTo("en");
    }

    @Test
    void theRequestThatSwitchesBackIsChineseEverywhere() throws Exception {
        request.setCookies(new Cookie(WebConfig.LANGUAGE_PARAMETER, "en"));
        request.setParameter(WebConfig.LANGUAGE_PARAMETER, "zh-CN");

        dispatch();

        assertThat(LocaleContextHolder.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(RequestContextUtils.getLocale(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aLanguageThePortalDoesNotHaveIsChineseEverywhere() throws Exception {
        request.addHeader("Accept-Language", "fr-FR");
        request.setParameter(WebConfig.LANGUAGE_PARAMETER, "fr");

        dispatch();

        assertThat(LocaleContextHolder.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(RequestContextUtils.getLocale(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void englishOnceChosenIsEnglishFromTheStartOfTheNextRequest() {
        request.setCookies(new Cookie(WebConfig.LANGUAGE_PARAMETER, "en"));

        LocaleContextHolder.setLocaleContext(resolver.resolveLocaleContext(request));

        assertThat(LocaleContextHolder.getLocale()).isEqualTo(Locale.ENGLISH);
    }

    /** What the DispatcherServlet does before a controller runs, in its order. */
    private void dispatch() throws Exception {
        LocaleContextHolder.setLocaleContext(resolver.resolveLocaleContext(request));
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, resolver);
        assertThat(WebConfig.languageSwitch().preHandle(request, response, new Object()))
                .isTrue();
    }
}
