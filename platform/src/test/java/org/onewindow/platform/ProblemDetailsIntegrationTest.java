package org.onewindow.platform;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Every kind of bad request gets an RFC 9457 answer of the one OneWindow style. */
class ProblemDetailsIntegrationTest extends PlatformIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void missingTokenIs401ProblemWithBearerChallenge() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:unauthorized"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void wrongRoleIs403Problem() throws Exception {
        mvc.perform(post("/things")
                        .with(Tokens.role("applicant"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"copies\":1}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:forbidden"));
    }

    @Test
    void malformedJsonIs400Problem() throws Exception {
        mvc.perform(post("/things")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:malformed-request"));
    }

    @Test
    void everyValidationProblemIsReportedAtOnce() throws Exception {
        mvc.perform(post("/things")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"copies\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:validation"))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "copies")))
                .andExpect(jsonPath("$.errors[*].code", containsInAnyOrder("required", "range")));
    }

    @Test
    void unknownFieldIsNamed() throws Exception {
        mvc.perform(post("/things")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"a\",\"copies\":1,\"admin\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("admin"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown-field"));
    }

    @Test
    void oversizedBodyIs413Problem() throws Exception {
        mvc.perform(post("/things")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + "x".repeat(5000) + "\",\"copies\":1}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:payload-too-large"));
    }

    @Test
    void unsupportedMediaTypeIs415Problem() throws Exception {
        mvc.perform(post("/things")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("name=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:unsupported-media-type"));
    }

    @Test
    void wrongMethodIs405Problem() throws Exception {
        mvc.perform(delete("/things").with(Tokens.role("catalog-admin")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:method-not-allowed"));
    }

    @Test
    void unknownPathIs404ProblemForAnAllowedCaller() throws Exception {
        mvc.perform(get("/things/nowhere").with(Tokens.role("catalog-admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/things").with(Tokens.role("catalog-admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Correlation-Id", notNullValue()));
    }

    @Test
    void correlationIdIsEchoedWhenWellFormed() throws Exception {
        mvc.perform(get("/things").header("X-Correlation-Id", "abc-123"))
                .andExpect(header().string("X-Correlation-Id", "abc-123"));
        mvc.perform(get("/things").header("X-Correlation-Id", "bad value\nwith newline"))
                .andExpect(header().string("X-Correlation-Id", org.hamcrest.Matchers.not("bad value\nwith newline")));
    }
}
