package org.onewindow.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What only a real servlet container shows: the container's own error dispatch, and which cookies
 * an anonymous visitor is given (MockMvc's security support swaps the CSRF token store).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealServerTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAnonymousVisitorGetsTheCsrfTokenInAnHttpOnlyCookieAndNoSession() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/")).GET());

        var cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("HttpOnly", "SameSite=Lax"));
        assertThat(cookies).noneMatch(cookie -> cookie.startsWith("JSESSIONID") || cookie.startsWith("SESSION"));
    }

    @Test
    void anErrorRaisedOutsideTheControllersIsACalmPageInChinese() throws Exception {
        var wrongMethod =
                send(HttpRequest.newBuilder(uri("/preferences/elder-mode")).GET());
        var noCsrfToken = send(HttpRequest.newBuilder(uri("/preferences/elder-mode"))
                .POST(HttpRequest.BodyPublishers.ofString("on=true"))
                .header("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(noCsrfToken.statusCode()).isEqualTo(403);
        assertThat(wrongMethod.body()).contains("无法处理这个请求");
        // a stale or missing CSRF token is Spring Security's refusal: its calm page says what to do
        assertThat(noCsrfToken.body()).contains("没有权限打开此页面", "刷新后再提交一次");
        for (var response : java.util.List.of(wrongMethod, noCsrfToken)) {
            assertThat(response.body())
                    .contains("<html lang=\"zh-CN\"")
                    .doesNotContain("Whitelabel", "Exception", "Method Not Allowed", "Forbidden");
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        // as a browser asks: Boot answers JSON to a client that does not accept HTML
        return http.send(
                request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
