package org.onewindow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One member of staff signed in to the workbench as her browser would be: the portal sends her to
 * Keycloak's sign-in form, she posts her name and password, and the portal's session cookie comes
 * back. Each session has a cookie jar of its own, so several can be signed in at once.
 */
final class StaffSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http;
    private final String gateway;

    private StaffSession(HttpClient http, String gateway) {
        this.http = http;
        this.gateway = gateway;
    }

    /** Signs {@code username} (a demo user, password "demo") in through the gateway's workbench. */
    static StaffSession signIn(String gateway, String username) {
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new LocalhostIsSecure())
                .build();
        var session = new StaffSession(http, gateway);
        var loginPage = session.send(
                HttpRequest.newBuilder(URI.create(gateway + "/workbench")).GET());
        var form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            var title = Pattern.compile("<title>([^<]*)</title>").matcher(loginPage.body());
            throw new IllegalStateException("no Keycloak sign-in form at " + loginPage.uri() + " (HTTP "
                    + loginPage.statusCode() + ", " + (title.find() ? title.group(1) : "untitled") + ")");
        }
        var action = form.group(1).replace("&amp;", "&");
        var body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo&credentialId=";
        // Keycloak answers 302 to the portal's callback, which answers 302 to the workbench
        var signedIn = session.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (signedIn.statusCode() != 200 || !signedIn.uri().toString().startsWith(gateway + "/workbench")) {
            throw new IllegalStateException(
                    username + " was not signed in: HTTP " + signedIn.statusCode() + " at " + signedIn.uri());
        }
        return session;
    }

    /**
     * A workbench page; a redirect away from it (to the sign-in form, when the session is gone)
     * is an error, not a page.
     */
    HttpResponse<String> page(String path) {
        var response = send(HttpRequest.newBuilder(URI.create(gateway + path)).GET());
        if (!response.uri().getPath().equals(URI.create(gateway + path).getPath())) {
            throw new IllegalStateException("sent away from " + path + " to " + response.uri());
        }
        return response;
    }

    /**
     * A cookie jar that treats localhost as a secure origin, as browsers do: Keycloak marks its
     * sign-in cookies {@code Secure}, and the JDK's jar would never send them over the local stack's
     * plain HTTP, so every sign-in would fail as "cookie not found".
     */
    private static final class LocalhostIsSecure extends CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            var asked = "localhost".equals(uri.getHost()) && "http".equals(uri.getScheme())
                    ? URI.create("https" + uri.toString().substring("http".length()))
                    : uri;
            return cookies.get(asked, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            cookies.put(uri, responseHeaders);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
