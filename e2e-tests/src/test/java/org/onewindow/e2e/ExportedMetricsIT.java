package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.onewindow.localstack.PlatformService;

/**
 * HOOK (issue 17): the metric names the alert rules and dashboards use
 * (deploy/prometheus/exported-metrics.txt, held to the rules and dashboards by deploy-checks
 * MetricNamesTest) against a real scrape of the running e2e stack's services. Every name marked
 * "start" must be in a scrape; "first-use" names appear once their meter was first used (a dead
 * letter, a submission), so they are printed when missing, not failed.
 *
 * <p>Written without a stack to run it on: enable it (drop {@code @Disabled}) once it has passed
 * against the e2e stack, ideally run after the flow and fault tests so that the first-use meters
 * exist too; then make first-use names fail as well.
 */
@Disabled("hook for the lead: not yet run against the e2e stack (issue 17)")
class ExportedMetricsIT {

    static final List<PlatformService> SCRAPED = List.of(
            PlatformService.CATALOG, PlatformService.APPLICATION, PlatformService.REVIEW, PlatformService.DISCLOSURE);

    @Test
    void everyMetricTheRulesAndDashboardsNameIsInAScrape() throws Exception {
        var stack = E2eStack.get();
        var scraped = new TreeSet<String>();
        var http = HttpClient.newHttpClient();
        for (var service : SCRAPED) {
            var body = http.send(
                            HttpRequest.newBuilder(
                                            URI.create(stack.service(service).baseUrl() + "/actuator/prometheus"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            body.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("[{ ]", 2)[0])
                    .forEach(scraped::add);
        }
        var listed = new TreeMap<String, String>();
        for (var line :
                Files.readAllLines(DockerComposeFileTest.ROOT.resolve("deploy/prometheus/exported-metrics.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                var words = line.strip().split("\\s+");
                listed.put(words[0], words[words.length - 1]);
            }
        }
        var missingAtStart = new TreeSet<String>();
        listed.forEach((name, appears) -> {
            if (!scraped.contains(name)) {
                if (appears.equals("start")) {
                    missingAtStart.add(name);
                } else if (appears.equals("first-use")) {
                    System.out.println("» not (yet) in a scrape, first-use: " + name);
                }
            }
        });
        assertThat(missingAtStart)
                .as("listed as registered at startup, but in no service's scrape")
                .isEmpty();
    }
}
