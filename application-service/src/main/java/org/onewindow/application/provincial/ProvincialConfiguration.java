package org.onewindow.application.provincial;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProvincialProperties.class)
@EnableScheduling
class ProvincialConfiguration {}
