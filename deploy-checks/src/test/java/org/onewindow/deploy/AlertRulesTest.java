package org.onewindow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The alert rules of deploy/prometheus: promtool checks them and runs their unit tests; every alert
 * has its section in docs/RUNBOOK.md, and compose and Kubernetes both load the rules.
 */
class AlertRulesTest {

    static final Path PROMETHEUS = Repo.DEPLOY.resolve("prometheus");
    static final Path RULES = PROMETHEUS.resolve("rules/onewindow-alerts.yml");

    static List<String> alerts() {
        var names = new ArrayList<String>();
        for (var group : Repo.documents(RULES).get(0).path("groups")) {
            group.path("rules").forEach(rule -> names.add(rule.path("alert").asText()));
        }
        return names;
    }

    @Test
    void promtoolAcceptsTheRulesAndTheirTestsPass() throws Exception {
        var promtool = DebianPromtool.ensureInstalled();
        assertThat(promtool(promtool, "check", "rules", RULES.toString())).contains("SUCCESS");
        try (var tests = Files.list(PROMETHEUS.resolve("tests"))) {
            for (var test : tests.filter(f -> f.toString().endsWith(".yml")).toList()) {
                assertThat(promtool(promtool, "test", "rules", test.toString())).contains("SUCCESS");
            }
        }
    }

    @Test
    void everyAlertIsTestedAndHasARunbookSection() throws IOException {
        var tests = Files.readString(PROMETHEUS.resolve("tests/onewindow-alerts.test.yml"));
        var runbook = Files.readString(Repo.ROOT.resolve("docs/RUNBOOK.md"));
        var headings = new TreeSet<String>();
        runbook.lines()
                .filter(l -> l.startsWith("### "))
                .forEach(l -> headings.add(l.substring(4).strip()));
        var alerts = alerts();
        assertThat(alerts).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates();
        for (var alert : alerts) {
            assertThat(tests).as(alert + " has a promtool test").contains("alertname: " + alert + "\n");
            assertThat(headings)
                    .as("docs/RUNBOOK.md has a section ### " + alert)
                    .contains(alert);
            assertThat(Files.readString(RULES))
                    .as(alert + " points to its runbook section")
                    .contains("docs/RUNBOOK.md#" + alert.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void composeAndKubernetesBothLoadTheRules() throws IOException {
        var config = Files.readString(PROMETHEUS.resolve("prometheus.yml"));
        assertThat(config).contains("rule_files:", "/etc/prometheus/rules/*.yml");
        var compose = Files.readString(Repo.ROOT.resolve("docker-compose.yml"));
        assertThat(compose).contains("./deploy/prometheus/rules:/etc/prometheus/rules:ro");
        var rendered = Repo.rendered("production");
        var rules = Repo.ofKind(rendered, "ConfigMap").stream()
                .filter(c -> Repo.name(c).equals("onewindow-alert-rules"))
                .findFirst()
                .orElseThrow();
        assertThat(rules.path("data").path("onewindow-alerts.yml").asText()).isEqualTo(Files.readString(RULES));
    }

    private static String promtool(Path promtool, String... arguments) throws Exception {
        var command = new ArrayList<String>();
        command.add(promtool.toString());
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command)
                .directory(PROMETHEUS.toFile())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
        return output;
    }
}
