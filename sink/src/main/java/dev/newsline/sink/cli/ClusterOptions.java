package dev.newsline.sink.cli;

import java.util.Properties;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --bootstrap-server} and the settings options, for the commands that talk to an existing cluster. */
public final class ClusterOptions {

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT", required = true,
            description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Mixin
    ConfigOptions config;

    /** The settings, once the broker has answered; a one-line {@link UserError} when it does not. */
    Properties connect() {
        Properties settings = config.toProperties();
        BrokerCheck.requireReachable(bootstrapServers, settings);
        return settings;
    }
}
