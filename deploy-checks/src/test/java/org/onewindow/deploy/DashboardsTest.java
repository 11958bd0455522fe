package org.onewindow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Grafana dashboards: well formed, on the provisioned data source, provisioned in compose and in Kubernetes. */
class DashboardsTest {

    static final List<String> DASHBOARDS = List.of("onewindow-flow", "onewindow-messaging", "onewindow-jvm");

    @Test
    void eachDashboardIsWellFormedAndReadsTheProvisionedPrometheus() throws IOException {
        var uids = new HashSet<String>();
        for (var name : DASHBOARDS) {
            var dashboard = Repo.JSON.readTree(
                    MetricNamesTest.DASHBOARDS.resolve(name + ".json").toFile());
            assertThat(uids.add(dashboard.path("uid").asText()))
                    .as(name + "'s uid is unique")
                    .isTrue();
            assertThat(dashboard.path("uid").asText()).isEqualTo(name);
            var ids = new HashSet<Integer>();
            for (var panel : dashboard.path("panels")) {
                assertThat(ids.add(panel.path("id").asInt()))
                        .as(name + ": panel ids unique")
                        .isTrue();
                assertThat(panel.path("targets").size())
                        .as(name + ": " + panel.path("title"))
                        .isPositive();
                panel.findValues("datasource")
                        .forEach(ds -> assertThat(ds.path("uid").asText()).isEqualTo("prometheus"));
            }
        }
        var datasources = Files.readString(Repo.DEPLOY.resolve("grafana/provisioning/datasources/onewindow.yml"));
        assertThat(datasources).contains("uid: prometheus", "url: http://prometheus:9090");
    }

    @Test
    void composeAndKubernetesProvisionEveryDashboard() throws IOException {
        var compose = Files.readString(Repo.ROOT.resolve("docker-compose.yml"));
        assertThat(compose)
                .contains(
                        "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro",
                        "./deploy/grafana/dashboards:/var/lib/grafana/dashboards:ro");
        var configMap = Repo.ofKind(Repo.rendered("production"), "ConfigMap").stream()
                .filter(c -> Repo.name(c).equals("onewindow-dashboards"))
                .findFirst()
                .orElseThrow();
        assertThat(configMap
                        .path("metadata")
                        .path("labels")
                        .path("grafana_dashboard")
                        .asText())
                .isEqualTo("1");
        for (var name : DASHBOARDS) {
            assertThat(configMap.path("data").path(name + ".json").asText())
                    .isEqualTo(Files.readString(MetricNamesTest.DASHBOARDS.resolve(name + ".json")));
        }
    }
}
