package org.onewindow.bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Cloud Gateway with its defaults and one route, nothing of ours: what the gateway's own
 * CPU per request is measured against (issue 16's goal is to cost no more than this).
 */
@SpringBootApplication
public class BareGateway {

    public static void main(String[] args) {
        SpringApplication.run(BareGateway.class, args);
    }
}
