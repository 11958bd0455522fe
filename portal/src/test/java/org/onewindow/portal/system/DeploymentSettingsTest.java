package org.onewindow.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.test.context.TestPropertySource;

/** What a deployment served over HTTPS turns on: SESSION_COOKIE_SECURE and PORTAL_HSTS. */
@TestPropertySource(properties = {"server.servlet.session.cookie.secure=true", "onewindow.security.hsts=true"})
class DeploymentSettingsTest extends PortalTestSupport {

    @Test
    void theSessionCookieIsSecure() throws Exception {
        var cookie = mvc.perform(get("/oauth2/authorization/keycloak"))
                .andReturn()
                .getResponse()
                .getHeader("Set-Cookie");

        assertThat(cookie).startsWith("SESSION=").contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void everyAnswerCarriesStrictTransportSecurity() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }
}
