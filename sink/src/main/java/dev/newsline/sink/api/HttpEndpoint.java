package dev.newsline.sink.api;

import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Where an instance serves HTTP, as the other instances reach it: Kafka Streams shares it with them as
 * {@code application.server}, so that each can forward queries to the instance holding a key.
 */
public record HttpEndpoint(String host, int port) {

    /** Adds {@code application.server} to an instance's settings. */
    public Properties advertisedIn(Properties settings) {
        settings.put(StreamsConfig.APPLICATION_SERVER_CONFIG, host + ":" + port);
        return settings;
    }

    /** As Kafka Streams' metadata names it. */
    public HostInfo hostInfo() {
        return new HostInfo(host, port);
    }

    /** The page's address. */
    public String url() {
        return "http://" + host + ":" + port + "/";
    }
}
