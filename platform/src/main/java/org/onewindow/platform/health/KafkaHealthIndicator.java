package org.onewindow.platform.health;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Kafka is healthy when the cluster answers a metadata request within two seconds. */
public final class KafkaHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

    private final AdminClient admin;

    public KafkaHealthIndicator(AdminClient admin) {
        super("Kafka health check failed");
        this.admin = admin;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000));
        var nodes = cluster.nodes().get(2, TimeUnit.SECONDS);
        builder.up()
                .withDetail("clusterId", cluster.clusterId().get(2, TimeUnit.SECONDS))
                .withDetail("brokers", nodes.size());
    }

    @Override
    public void close() {
        admin.close();
    }
}
