package org.onewindow.portal.system;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the gateway is. The portal reaches services only through it, never directly.
 *
 * @param uri the gateway's base address
 */
@ConfigurationProperties("onewindow.gateway")
record GatewayProperties(URI uri) {}
