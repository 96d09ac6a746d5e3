package dev.newsline.sink.api;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.sink.count.Tally;
import dev.newsline.sink.latest.Copies;
import dev.newsline.sink.latest.LatestArticles;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Queries answered for the whole cluster: lists and counts are asked of every instance holding sink state (this
 * one locally, the others over HTTP at their {@code application.server}) and merged; one article is asked of the
 * instance whose partition holds its key.
 */
final class ClusterQueries {

    /** How long another instance may take to answer. */
    static final Duration PEER_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final LocalState local;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PEER_TIMEOUT).build();

    ClusterQueries(KafkaStreams streams, HostInfo self, LocalState local) {
        this.streams = streams;
        this.self = self;
        this.local = local;
    }

    /** The newest originals of the cluster matching the query. */
    List<Listed> articles(ArticlesQuery query, String queryString) {
        List<Listed> all = new ArrayList<>();
        for (HostInfo host : hosts()) {
            all.addAll(host.equals(self) ? local.articles(query)
                    : get(host, InternalRoutes.ARTICLES + "?" + queryString, new TypeReference<ListedArticles>() {
                    }).articles());
        }
        all.sort(LocalState.NEWEST_FIRST);
        List<Listed> newest = all.size() > query.limit() ? List.copyOf(all.subList(0, query.limit())) : all;
        return CopyChains.fold(newest, this::copiesOf);
    }

    private Map<String, Copies> copiesOf(Set<String> ids) {
        Map<String, Copies> all = new HashMap<>();
        String query = ids.stream().map(id -> "id=" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        for (HostInfo host : hosts()) {
            Map<String, Copies> part = host.equals(self) ? local.copies(ids)
                    : get(host, InternalRoutes.COPIES + "?" + query, new TypeReference<Map<String, Copies>>() {
                    });
            part.forEach((id, c) -> all.merge(id, c, Copies::plus));
        }
        return all;
    }

    /** Article {@code id} as JSON, from the instance holding its key (else any instance holding it as a copy). */
    Optional<String> article(String id) {
        HostInfo owner = owner(id);
        Optional<String> found = articleAt(owner, id);
        if (found.isPresent()) {
            return found;
        }
        // A copy is kept with its original, under the original's key: ask the others.
        for (HostInfo host : hosts()) {
            if (!host.equals(owner)) {
                found = articleAt(host, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The cluster's counts for a query with its range resolved, summed over instances. */
    Map<Instant, Map<String, Tally>> counts(CountsQuery query) {
        String qs = InternalRoutes.countsQuery(query);
        Map<Instant, Map<String, Tally>> sums = new TreeMap<>();
        for (HostInfo host : hosts()) {
            CountBuckets part = host.equals(self) ? local.counts(query)
                    : get(host, InternalRoutes.COUNTS + "?" + qs, new TypeReference<CountBuckets>() {
                    });
            for (CountBuckets.Bucket b : part.buckets()) {
                Map<String, Tally> into = sums.computeIfAbsent(b.start(), s -> new TreeMap<>());
                b.counts().forEach((value, tally) -> into.merge(value, tally, Tally::plus));
            }
        }
        return sums;
    }

    /** The newest event time of an article kept anywhere in the cluster. */
    Optional<Instant> newest() {
        return hosts().stream()
                .map(host -> host.equals(self) ? local.newest()
                        : Optional.ofNullable(get(host, InternalRoutes.NEWEST, new TypeReference<Newest>() {
                        }).newest()))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    /** The instances holding sink state (this one when none is known yet). */
    List<HostInfo> hosts() {
        Collection<StreamsMetadata> all = streams.streamsMetadataForStore(LatestArticles.INDEX_STORE);
        List<HostInfo> hosts = all.stream().map(StreamsMetadata::hostInfo).distinct().toList();
        return hosts.isEmpty() ? List.of(self) : hosts;
    }

    private HostInfo owner(String id) {
        KeyQueryMetadata meta = streams.queryMetadataForKey(LatestArticles.ARTICLES_STORE, id,
                Serdes.String().serializer());
        if (meta == null || meta.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw new ClusterUnavailable("the partition of " + id + " has no instance now (rebalancing); retry");
        }
        return meta.activeHost();
    }

    private Optional<String> articleAt(HostInfo host, String id) {
        if (host.equals(self)) {
            return local.article(id).map(ClusterQueries::json);
        }
        HttpResponse<String> r = send(host, InternalRoutes.ARTICLES + "/" + pathSegment(id));
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(body(host, r));
    }

    private <T> T get(HostInfo host, String pathAndQuery, TypeReference<T> type) {
        String body = body(host, send(host, pathAndQuery));
        try {
            return JsonMapper.get().readValue(body, type);
        } catch (IOException e) {
            throw new ClusterUnavailable("instance " + host + " sent an answer that is not what was asked: " + e);
        }
    }

    private HttpResponse<String> send(HostInfo host, String pathAndQuery) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(PEER_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ClusterUnavailable("instance " + host + " did not answer (" + e + "); retry");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterUnavailable("interrupted while asking instance " + host);
        }
    }

    private static String body(HostInfo host, HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new ClusterUnavailable("instance " + host + " answered " + r.statusCode() + ": "
                    + r.body().lines().findFirst().orElse(""));
        }
        return r.body();
    }

    static String json(Object value) {
        try {
            return JsonMapper.get().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static String pathSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What {@code /internal/articles} answers. */
    record ListedArticles(List<Listed> articles) {
    }

    /** What {@code /internal/newest} answers. */
    record Newest(Instant newest) {
    }
}
