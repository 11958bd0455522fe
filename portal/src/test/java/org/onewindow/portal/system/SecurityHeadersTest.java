package org.onewindow.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;

class SecurityHeadersTest extends PortalTestSupport {

    @Test
    void everyPageCarriesAContentSecurityPolicyWithoutInlineScriptOrStyle() throws Exception {
        var csp = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");

        assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void formsMayLeadOnToKeycloakAndNowhereElse() throws Exception {
        // signing out posts to the portal, whose answer sends the browser on to Keycloak's
        // end-session page: browsers hold that redirect to form-action too
        var csp = mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(csp).contains("form-action 'self' " + KEYCLOAK.baseUrl() + ";");
    }

    @Test
    void pagesAreNotSniffedNotFramedAndLeakNoFullReferrer() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void theErrorPagesCarryTheHeadersToo() throws Exception {
        assertThat(mvc.perform(get("/no/such/page")).andReturn().getResponse().getHeader("Content-Security-Policy"))
                .contains("default-src 'self'");
    }

    @Test
    void noStrictTransportSecurityOutsideADeployment() throws Exception {
        mvc.perform(get("/").secure(true)).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/preferences/elder-mode").param("on", "true")).andExpect(status().isForbidden());
        mvc.perform(post("/preferences/elder-mode").param("on", "true").with(csrf()))
                .andExpect(status().isSeeOther());
    }

    @Test
    void theLayoutsFormCarriesACsrfToken() throws Exception {
        var page = page(mvc.perform(get("/")).andReturn());

        assertThat(page.select("header form[method=post] input[name=_csrf]").val())
                .isNotBlank();
    }
}
