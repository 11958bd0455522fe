package org.onewindow.portal.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What only a deployment served over HTTPS turns on.
 *
 * @param hsts send Strict-Transport-Security on every answer
 */
@ConfigurationProperties("onewindow.security")
record DeploymentSecurity(boolean hsts) {}
