package org.onewindow.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.onewindow.localstack.LocalStack;
import org.onewindow.localstack.PlatformService;
import org.onewindow.localstack.Ports;

/**
 * The whole platform, started once for all e2e tests on ports +10000 (so a developer's running
 * stack is not disturbed), from a fresh data directory, and stopped when the test JVM ends. The
 * provincial platform, which we cannot run, is stood in by a WireMock server in this JVM.
 */
final class E2eStack {

    static final String PROVINCE_PATH = "/exchange/status";
    static final String PROVINCE_KEY = "e2e-dev-only-shared-key";

    private static LocalStack stack;
    private static WireMockServer province;

    private E2eStack() {}

    static synchronized LocalStack get() {
        if (stack == null) {
            try {
                province = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
                province.start();
                province.stubFor(
                        post(urlEqualTo(PROVINCE_PATH)).willReturn(aResponse().withStatus(200)));
                var home = Files.createTempDirectory("onewindow-e2e-");
                stack = configured(home).start(true);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stack.close();
                    province.stop();
                    deleteQuietly(home);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stack;
    }

    private static LocalStack configured(Path home) {
        return LocalStack.prepare(home, Ports.defaults().offset(10_000), System.out)
                .withSetting(PlatformService.APPLICATION, "PROVINCIAL_ENDPOINT", province.baseUrl() + PROVINCE_PATH)
                .withSetting(PlatformService.APPLICATION, "PROVINCIAL_SHARED_KEY", PROVINCE_KEY)
                // retries close together, and many of them, so an outage in a test is waited out
                .withSetting(PlatformService.APPLICATION, "ONEWINDOW_PROVINCIAL_INITIAL_BACKOFF", "200ms")
                .withSetting(PlatformService.APPLICATION, "ONEWINDOW_PROVINCIAL_MAX_BACKOFF", "2s")
                .withSetting(PlatformService.APPLICATION, "ONEWINDOW_PROVINCIAL_MAX_ATTEMPTS", "200")
                .withSetting(PlatformService.APPLICATION, "ONEWINDOW_PROVINCIAL_POLL_INTERVAL", "200ms");
    }

    /**
     * Stops the whole stack, lets {@code whileStopped} work on its data directory (a restore), and
     * starts it again on the same directory and ports, as {@code ./onewindow start} would.
     */
    static synchronized LocalStack stopAndStart(java.util.function.Consumer<LocalStack> whileStopped) {
        var stopped = get();
        stopped.close();
        whileStopped.accept(stopped);
        stack = configured(stopped.home()).start(false);
        return stack;
    }

    // a run leaves nothing behind in the temporary directory (databases, logs, broker data)
    private static void deleteQuietly(Path home) {
        try (var paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: it is a temporary directory
        }
    }

    /** The provincial platform's stand-in: every request it received is in its journal. */
    static WireMockServer province() {
        get();
        return province;
    }

    /** What the province received about a case, in arrival order: every request, refused or not. */
    static List<ServeEvent> receivedFor(String caseNo) {
        return province().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getBodyAsString().contains("\"caseNo\":\"" + caseNo + "\""))
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .toList();
    }

    /** The exchange codes the province accepted for a case, in order. */
    static List<String> pushedCodes(String caseNo) {
        return receivedFor(caseNo).stream()
                .filter(e -> e.getResponse().getStatus() == 200)
                .map(e -> Api.JSON
                        .readTree(e.getRequest().getBodyAsString())
                        .get("exchangeCode")
                        .asString())
                .toList();
    }
}
