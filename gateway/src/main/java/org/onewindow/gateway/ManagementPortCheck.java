package org.onewindow.gateway;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with the actuator on the public port: there it would publish the routes, the
 * metrics and whatever else is exposed to anyone who can reach the gateway.
 */
@Component
class ManagementPortCheck {

    ManagementPortCheck(Environment environment) {
        if (ManagementPortType.get(environment) == ManagementPortType.SAME) {
            throw new IllegalStateException("management.server.port (MANAGEMENT_PORT) must differ from the"
                    + " gateway's public port: the actuator is for the internal network only");
        }
    }
}
