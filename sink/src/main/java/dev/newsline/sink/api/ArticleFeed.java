package dev.newsline.sink.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.latest.ArticleSummary;
import dev.newsline.sink.latest.Copies;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live feed behind {@code /api/stream}: one consumer per instance (no group, every partition, committed records
 * only, from the end) reads news.enriched and news.duplicates and sends each new article to the connected clients
 * whose filter it matches ({@code event: article}), and each copy to every client ({@code event: duplicate}).
 * Every instance reads the whole topics, so a client sees the whole cluster's articles from any instance.
 */
final class ArticleFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleFeed.class);

    private final KafkaConsumer<String, String> consumer;
    private final Map<SseClient, ArticleFilter> clients = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean closing;

    ArticleFeed(String bootstrapServers, Properties settings) {
        Properties config = ClientConfigFactory.consumer(bootstrapServers, settings);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        thread = new Thread(this::run, "newsline-api-feed");
        thread.setDaemon(true);
    }

    /** Starts reading from the current end of both topics. */
    void start() {
        List<TopicPartition> partitions = List.of(Topics.ENRICHED, Topics.DUPLICATES).stream()
                .flatMap(t -> consumer.partitionsFor(t, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(t, p.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix "the end" now, not at the first poll
        thread.start();
    }

    /** Sends matching articles to {@code client} until it disconnects. */
    void subscribe(SseClient client, ArticleFilter filter) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.put(client, filter);
        client.sendComment("connected");
    }

    private void run() {
        try {
            while (!closing) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        dispatch(r);
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("live feed skipped {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.toString());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    private void dispatch(ConsumerRecord<String, String> r) throws IOException {
        if (r.value() == null || clients.isEmpty()) {
            return;
        }
        if (r.topic().equals(Topics.ENRICHED)) {
            EnrichedArticle a = JsonMapper.get().readValue(r.value(), EnrichedArticle.class);
            ArticleSummary summary = ArticleSummary.of(a, null);
            String data = ClusterQueries.json(new ListedView(summary, Copies.none()));
            clients.forEach((client, filter) -> {
                if (filter.matches(summary)) {
                    client.sendEvent("article", data);
                }
            });
        } else {
            JsonNode copy = JsonMapper.get().readTree(r.value());
            String data = ClusterQueries.json(Map.of("id", copy.path("id").asText(),
                    "duplicate_of", copy.path("duplicate_of").asText()));
            clients.keySet().forEach(client -> client.sendEvent("duplicate", data));
        }
    }

    @Override
    public void close() {
        closing = true;
        consumer.wakeup();
        clients.keySet().forEach(client -> {
            try {
                client.close();
            } catch (RuntimeException e) {
                // the client had gone already
            }
        });
        clients.clear();
    }
}
