package org.onewindow.disclosure.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Public reads are cacheable: an ETag for conditional requests (304 when unchanged) and a short
 * public max-age, so a busy portal does not read the same page again and again. Complaints are
 * never stored by a shared cache.
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching {

    private static final String COMPLAINTS = "/api/disclosure/complaints";

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/disclosure/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cacheControl() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(
                    jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    jakarta.servlet.FilterChain chain)
                    throws jakarta.servlet.ServletException, java.io.IOException {
                if ("GET".equals(request.getMethod())) {
                    // a complaint is its filer's business, and the worklist a supervisor's
                    response.setHeader(
                            "Cache-Control",
                            // the decoded path, as the controllers match it: /api/disclosure/%63omplaints/…
                            // is a complaint too
                            UrlPathHelper.defaultInstance
                                            .getPathWithinApplication(request)
                                            .startsWith(COMPLAINTS)
                                    ? "private, no-store"
                                    : "public, max-age=30");
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/api/disclosure/*");
        return registration;
    }
}
