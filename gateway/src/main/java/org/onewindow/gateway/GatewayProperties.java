package org.onewindow.gateway;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The gateway's own settings; defaults in application.yml. */
@ConfigurationProperties("onewindow.gateway")
record GatewayProperties(
        List<String> frontendOrigins,
        DataSize maxBodySize,
        DataSize maxUploadSize,
        DataSize maxAnonymousUploadSize,
        RateLimit rateLimit,
        URI portalUri,
        List<String> trustedProxies) {

    record RateLimit(int capacity, int perSecond, int complaintsCapacity, int complaintsPerMinute) {}
}
