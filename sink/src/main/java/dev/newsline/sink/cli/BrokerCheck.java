package dev.newsline.sink.cli;

import dev.newsline.ingest.config.ClientConfigFactory;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaException;

/**
 * Fails fast, in one line, when the broker cannot be used with the user's settings (not reachable,
 * credentials refused, TLS failing), instead of a client retrying for minutes.
 */
final class BrokerCheck {

    private BrokerCheck() {
    }

    static void requireReachable(String bootstrapServers, Properties settings) {
        try (Admin admin = Admin.create(ClientConfigFactory.admin(bootstrapServers, settings))) {
            admin.describeCluster().clusterId().get(KafkaTrouble.CHECK_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while checking Kafka at " + bootstrapServers);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new UserError(KafkaTrouble.explain(bootstrapServers, e)
                    .orElseGet(() -> KafkaTrouble.unreachable(bootstrapServers, settings)));
        }
    }
}
