package org.onewindow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every metric an alert rule or a dashboard names is one the services export, as listed in
 * deploy/prometheus/exported-metrics.txt. That list is where a scrape of the running stack checks in
 * (e2e-tests ExportedMetricsIT), so that a renamed meter breaks a test, not an alert at night.
 */
class MetricNamesTest {

    static final Path EXPORTED = Repo.DEPLOY.resolve("prometheus/exported-metrics.txt");
    static final Path DASHBOARDS = Repo.DEPLOY.resolve("grafana/dashboards");

    /** PromQL's words that are not metric names: keywords, aggregation and function names. */
    static final Set<String> KEYWORDS = Set.of(
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "offset",
            "bool",
            "and",
            "or",
            "unless",
            "inf",
            "nan");

    /** Name → its "appears" column. */
    static Map<String, String> exported() throws IOException {
        var names = new TreeMap<String, String>();
        for (var line : Files.readAllLines(EXPORTED)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var words = line.strip().split("\\s+");
            assertThat(names.put(words[0], words[words.length - 1]))
                    .as("listed once: " + words[0])
                    .isNull();
        }
        return names;
    }

    /** The metric names in a PromQL expression. */
    static Set<String> metricNames(String expression) {
        var text = expression
                .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"") // label values
                .replaceAll("\\{[^}]*}", " ") // label matchers
                .replaceAll("\\[[^]]*]", " ") // ranges and subqueries
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\$\\w+", " "); // Grafana's variables
        var names = new TreeSet<String>();
        var word = Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?")
                .matcher(text);
        while (word.find()) {
            if (word.group(2) == null && !KEYWORDS.contains(word.group(1).toLowerCase())) {
                names.add(word.group(1));
            }
        }
        return names;
    }

    static List<String> ruleExpressions() {
        var expressions = new ArrayList<String>();
        for (var group : Repo.documents(AlertRulesTest.RULES).get(0).path("groups")) {
            group.path("rules")
                    .forEach(rule -> expressions.add(rule.path("expr").asText()));
        }
        return expressions;
    }

    static List<String> dashboardExpressions() throws IOException {
        var expressions = new ArrayList<String>();
        try (var files = Files.list(DASHBOARDS)) {
            for (var file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode dashboard = Repo.JSON.readTree(file.toFile());
                dashboard.findValues("expr").forEach(e -> expressions.add(e.asText()));
            }
        }
        return expressions;
    }

    @Test
    void readsTheNamesOutOfAnExpression() {
        assertThat(metricNames(
                        "sum by (application, le) (rate(http_server_requests_seconds_bucket{application=\"gateway\","
                                + " uri=~\"/api/.*\"}[5m])) / max(onewindow_outbox_pending offset 1h) > bool 0.5"))
                .containsExactly("http_server_requests_seconds_bucket", "onewindow_outbox_pending");
        assertThat(metricNames("histogram_quantile(0.99, sum by (le) (rate(x_bucket[$__rate_interval])))"))
                .containsExactly("x_bucket");
    }

    @Test
    void everyMetricTheRulesAndDashboardsNameIsOneTheServicesExport() throws IOException {
        var exported = exported().keySet();
        var named = new TreeMap<String, String>();
        ruleExpressions().forEach(e -> metricNames(e).forEach(n -> named.putIfAbsent(n, "rule: " + e)));
        dashboardExpressions().forEach(e -> metricNames(e).forEach(n -> named.putIfAbsent(n, "dashboard: " + e)));
        assertThat(named).hasSizeGreaterThan(20);
        var unknown = new TreeMap<>(named);
        unknown.keySet().removeAll(exported);
        assertThat(unknown).as("named but not in exported-metrics.txt").isEmpty();
        var unused = new TreeSet<>(exported);
        unused.removeAll(named.keySet());
        assertThat(unused)
                .as("listed in exported-metrics.txt but named nowhere")
                .isEmpty();
    }

    @Test
    void everyOneWindowMeterTheListNamesIsRegisteredInTheSources() throws IOException {
        var sources = new StringBuilder();
        for (var module : List.of("platform", "application-service", "review-service")) {
            try (var files = Files.walk(Repo.ROOT.resolve(module).resolve("src/main/java"))) {
                for (var file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.append(Files.readString(file));
                }
            }
        }
        var meters = new TreeSet<String>();
        var meter = Pattern.compile("\"(onewindow\\.[a-z0-9.]+)\"").matcher(sources);
        while (meter.find()) {
            meters.add(meter.group(1).replace('.', '_'));
        }
        meters.add("onewindow_audit_verification_failures"); // a constant (AuditVerifier.FAILURES)
        for (var name : exported().keySet()) {
            if (!name.startsWith("onewindow_")) {
                continue;
            }
            var base = name.replaceAll("_(total|count|sum|bucket|max)$", "");
            assertThat(meters).as(name + " is registered by a service").contains(base);
        }
    }
}
