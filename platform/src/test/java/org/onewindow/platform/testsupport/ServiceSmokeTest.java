package org.onewindow.platform.testsupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every OneWindow service must show once booted on the real PostgreSQL and Kafka: readiness
 * covering both, Prometheus metrics, an OpenAPI document, and problem details for 401.
 */
public abstract class ServiceSmokeTest {

    @Autowired
    protected MockMvc mvc;

    /** A path of the service that needs a token. */
    protected abstract HttpMethod protectedMethod();

    protected abstract String protectedPath();

    @Test
    void readinessCoversDatabaseAndKafka() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.kafka.status").value("UP"));
    }

    @Test
    void exposesPrometheusMetricsIncludingTheOutbox() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("onewindow_outbox_pending")))
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void publishesItsOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi", startsWith("3.")));
    }

    @Test
    void protectedPathWithoutTokenIs401Problem() throws Exception {
        mvc.perform(request(protectedMethod(), protectedPath())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:unauthorized"));
    }

    @Test
    void unknownPathIsAProblemNotAWhitelabelPage() throws Exception {
        mvc.perform(get("/api/nowhere").with(Tokens.role("supervisor")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
