package org.onewindow.gateway;

import java.util.Map;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The only operations answer on the public port: whether the gateway is up, ready or live, and
 * nothing more (no components, no details). Every actuator endpoint, health with its details
 * included, is served on the management port, which is bound to an internal address.
 */
@RestController
class PublicHealth {

    private final HealthEndpoint health;

    PublicHealth(HealthEndpoint health) {
        this.health = health;
    }

    @GetMapping("/actuator/health")
    Mono<ResponseEntity<Map<String, String>>> overall() {
        return statusOf();
    }

    @GetMapping("/actuator/health/{probe:liveness|readiness}")
    Mono<ResponseEntity<Map<String, String>>> probe(@PathVariable String probe) {
        return statusOf(probe);
    }

    private Mono<ResponseEntity<Map<String, String>>> statusOf(String... path) {
        // contributors may block (disk space); never on the event loop
        return Mono.fromCallable(() -> path.length == 0 ? health.health() : health.healthForPath(path))
                .subscribeOn(Schedulers.boundedElastic())
                .map(descriptor -> {
                    var status = descriptor.getStatus();
                    return ResponseEntity.status(
                                    Status.UP.equals(status) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                            .body(Map.of("status", status.getCode()));
                })
                .defaultIfEmpty(ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
