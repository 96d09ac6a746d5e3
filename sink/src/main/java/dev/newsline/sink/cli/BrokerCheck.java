package dev.newsline.sink.cli;

import dev.newsline.ingest.config.ClientConfigFactory;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/** Fails fast, in one line, when the broker cannot be reached, instead of a client retrying for minutes. */
final class BrokerCheck {

    private BrokerCheck() {
    }

    static void requireReachable(String bootstrapServers, Properties overrides) {
        try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrapServers, overrides))) {
            admin.describeCluster().clusterId().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new UserError("cannot reach Kafka at " + bootstrapServers
                    + " within 15 s: check --bootstrap-server and that the broker is running");
        }
    }
}
