package org.onewindow.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The portal with the gateway stood in by WireMock: one server and one Spring context for every
 * test class that extends this (same configuration, so the context is cached).
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class PortalTestSupport {

    protected static final WireMockServer GATEWAY =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true));

    static {
        GATEWAY.start();
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("onewindow.gateway.uri", GATEWAY::baseUrl);
        // short, so that the timeout test is quick; the real default is 5 s
        registry.add("spring.http.clients.read-timeout", () -> "1s");
    }

    @Autowired
    protected MockMvc mvc;

    @BeforeEach
    void forgetEarlierStubs() {
        GATEWAY.resetAll();
    }

    /** A 200 JSON answer with a fixture from src/test/resources/gateway/. */
    protected static ResponseDefinitionBuilder json(String fixture) {
        try {
            var body = new ClassPathResource("gateway/" + fixture).getContentAsString(StandardCharsets.UTF_8);
            return aResponse().withHeader("Content-Type", "application/json").withBody(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static ResponseDefinitionBuilder problem(int status) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":" + status + "}");
    }

    protected static Document page(MvcResult result) throws IOException {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
