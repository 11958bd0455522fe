package org.onewindow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class SharedInfrastructureTest {

    @Test
    void postgresServesUtf8DatabasesOnLoopbackOnly() throws Exception {
        var url = SharedInfrastructure.get().database("smoke");
        try (var connection = DriverManager.getConnection(url, Postgres.USER, Postgres.PASSWORD);
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select current_setting('listen_addresses'), datctype from pg_database where datname = current_database()")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
            assertThat(rows.getString(2)).isEqualTo("C.UTF-8");
        }
    }

    @Test
    void kafkaBrokerComesBackAfterAKill() {
        var kafka = SharedInfrastructure.get().kafka();
        int port = Integer.parseInt(kafka.bootstrapServers().split(":")[1]);
        assertThat(Probes.portOpen(port)).isTrue();
        kafka.kill();
        assertThat(Probes.portOpen(port)).isFalse();
        kafka.start();
        assertThat(Probes.portOpen(port)).isTrue();
    }
}
