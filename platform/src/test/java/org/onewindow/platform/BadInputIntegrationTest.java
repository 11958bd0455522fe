package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Text that cannot be stored, and pages that make no sense, are a 400 problem in every service. */
class BadInputIntegrationTest extends PlatformIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long things() {
        return jdbc.sql("select count(*) from thing").query(Long.class).single();
    }

    @Test
    void aNulOrInvalidUnicodeInAQueryParameterIs400NamingIt() throws Exception {
        for (var query : new String[] {"q=%00", "q=abc%00", "q=%ED%A0%80", "q=%FF"}) {
            refused(mvc.perform(get(URI.create("/things?" + query))), "q");
        }
        mvc.perform(get(URI.create("/things?q=%E5%87%BA%E7%89%88+%F0%9F%98%80")))
                .andExpect(status().isOk());
    }

    @Test
    void aNulOrInvalidUnicodeInAPathVariableIs400() throws Exception {
        refused(mvc.perform(get(URI.create("/words/ab%00cd"))), "path");
        refused(mvc.perform(get(URI.create("/words/%ED%B0%80"))), "path");
        mvc.perform(get(URI.create("/words/%E5%87%BA%E7%89%88")))
                .andExpect(jsonPath("$.name").value("出版"));
    }

    @Test
    void aNulOrALoneSurrogateInAnyJsonStringIs400AndNothingIsWritten() throws Exception {
        long before = things();
        for (var body : new String[] {
            "{\"name\": \"a\\u0000b\", \"copies\": 1}",
            "{\"name\": \"x\\uD800\", \"copies\": 1}",
            "{\"name\": \"\\udc00x\", \"copies\": 1}",
            "{\"na\\u0000me\": \"x\", \"copies\": 1}"
        }) {
            refused(post(body.getBytes(StandardCharsets.UTF_8)), null);
        }
        // bytes that are not UTF-8: an encoded surrogate, a stray continuation byte
        refused(
                post(new byte[] {
                    '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'
                }),
                null);
        refused(post(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0x80, '"', '}'}), null);
        assertThat(things()).isEqualTo(before);
    }

    @Test
    void anEscapedBackslashAndASurrogatePairAreOrdinaryText() throws Exception {
        post("{\"name\": \"C:\\\\u0000 \\ud83d\\ude00 😀\", \"copies\": 1}".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("C:\\u0000 😀 😀"));
    }

    @Test
    void pageAndSizeAreBoundedInEveryList() throws Exception {
        bounded("page=-1", "page");
        bounded("size=0", "size");
        bounded("size=10000", "size");
        bounded("page=99999999999", "page");
        bounded("page=first", "page");
        mvc.perform(get("/things?page=3&size=50")).andExpect(status().isOk());
    }

    private void bounded(String query, String field) throws Exception {
        mvc.perform(get(URI.create("/things?" + query)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private ResultActions post(byte[] body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/things")
                .with(Tokens.role("catalog-admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static void refused(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:validation"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-text"))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
