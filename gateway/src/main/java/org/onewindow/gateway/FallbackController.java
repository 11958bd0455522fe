package org.onewindow.gateway;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Where a route's circuit breaker sends the caller while its service is down. */
@RestController
class FallbackController {

    /**
     * The portal itself is down: a person in a browser gets a calm page in plain Chinese that says
     * what still works, never a problem document or a framework error.
     */
    @RequestMapping(value = "/fallback/portal-page", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Resource> portalUnavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.RETRY_AFTER, "30")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(PORTAL_UNAVAILABLE);
    }

    private static final Resource PORTAL_UNAVAILABLE = new ClassPathResource("static-fallback/portal-unavailable.html");

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        return ProblemResponses.write(
                exchange,
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                service + " is not available right now; nothing was changed, please try again shortly");
    }
}
