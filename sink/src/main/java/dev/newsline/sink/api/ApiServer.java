package dev.newsline.sink.api;

import dev.newsline.enrich.tag.topic.TopicTaxonomy;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.sink.app.NewslineApplication;
import dev.newsline.sink.count.Tally;
import dev.newsline.sink.metrics.ApplicationMetrics;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The HTTP server of one instance (Javalin on Jetty): the read-only JSON API over the sink state for the whole
 * cluster, the live stream, {@code /metrics}, {@code /health}, and the desk page (classpath {@code /desk}) at
 * {@code /}. Routes and their answers: docs/operations.md, "HTTP API".
 */
public final class ApiServer implements AutoCloseable {

    /** Where the desk page's files are on the classpath. */
    public static final String DESK_RESOURCES = "/desk";

    private final Javalin javalin;
    private final ArticleFeed feed;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ApiServer(Javalin javalin, ArticleFeed feed) {
        this.javalin = javalin;
        this.feed = feed;
    }

    /**
     * Serves {@code streams}' state at {@code self} (its {@code application.server}); {@code bootstrapServers} and
     * {@code settings} are for the live feed's consumer.
     */
    public static ApiServer start(NewslineApplication app, HttpEndpoint endpoint, String bootstrapServers,
                                  Properties settings) {
        HostInfo self = endpoint.hostInfo();
        KafkaStreams streams = app.streams();
        ApplicationMetrics metrics = app.metrics();
        LocalState local = new LocalState(new StreamsStores(streams));
        ClusterQueries cluster = new ClusterQueries(streams, self, local);
        TopicNames topics = new TopicNames(TopicTaxonomy.load());
        ArticleFeed feed = new ArticleFeed(bootstrapServers, settings);
        Javalin javalin = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(JsonMapper.get(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = DESK_RESOURCES;
                files.location = Location.CLASSPATH;
            });
            config.startup.showJavalinBanner = false;
            var routes = config.routes;
            routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            routes.exception(ClusterUnavailable.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
            routes.exception(InvalidStateStoreException.class, (e, ctx) -> error(ctx, 503,
                    "the state is not queryable now (the instance is starting or rebalancing); retry"));

            routes.get("/api/articles", ctx -> {
                ArticlesQuery q = ArticlesQuery.from(params(ctx, ArticlesQuery.PARAMS), topics);
                String qs = ctx.queryString() == null ? "" : ctx.queryString();
                ctx.json(Map.of("articles", cluster.articles(q, qs).stream().map(Listed::view).toList()));
            });
            routes.get("/api/articles/{id}", ctx -> {
                params(ctx, Set.of());
                String id = ctx.pathParam("id");
                cluster.article(id).ifPresentOrElse(json -> ctx.contentType("application/json").result(json),
                        () -> error(ctx, 404, "no article " + id + " in the latest articles"));
            });
            routes.get("/api/counts", ctx -> {
                CountsQuery q = CountsQuery.from(params(ctx, CountsQuery.PARAMS), topics);
                CountsQuery resolved = q.resolved(q.to().isPresent() ? Optional.empty() : cluster.newest(),
                        Instant.now());
                ctx.json(countsAnswer(resolved, cluster.counts(resolved)));
            });
            routes.before("/api/stream", ctx -> ArticleFilter.from(params(ctx, Set.of("country", "topic", "lang")),
                    topics));
            routes.sse("/api/stream", client -> feed.subscribe(client,
                    ArticleFilter.from(params(client.ctx(), Set.of("country", "topic", "lang")), topics)));

            routes.get(InternalRoutes.ARTICLES, ctx -> ctx.json(new ClusterQueries.ListedArticles(
                    local.articles(ArticlesQuery.from(params(ctx, ArticlesQuery.PARAMS), topics)))));
            routes.get(InternalRoutes.ARTICLES + "/{id}", ctx -> local.article(ctx.pathParam("id"))
                    .ifPresentOrElse(ctx::json, () -> error(ctx, 404, "not here")));
            routes.get(InternalRoutes.COUNTS, ctx -> {
                CountsQuery q = CountsQuery.from(params(ctx, CountsQuery.PARAMS), topics);
                if (q.from().isEmpty() || q.to().isEmpty()) {
                    throw new BadRequest("from and to are required between instances");
                }
                ctx.json(local.counts(q));
            });
            routes.get(InternalRoutes.COPIES, ctx -> ctx.json(local.copies(ctx.queryParams("id"))));
            routes.get(InternalRoutes.NEWEST, ctx -> ctx.json(new ClusterQueries.Newest(local.newest().orElse(null))));

            routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            routes.get("/health", ctx -> health(ctx, streams, true));
            routes.get("/health/live", ctx -> health(ctx, streams, false));
            routes.get("/health/ready", ctx -> health(ctx, streams, true));
        });
        feed.start();
        try {
            javalin.start(self.host(), self.port());
        } catch (RuntimeException e) {
            feed.close();
            throw e;
        }
        return new ApiServer(javalin, feed);
    }

    /** The port the server listens on. */
    public int port() {
        return javalin.port();
    }

    private static Params params(Context ctx, Set<String> known) {
        return new Params(ctx.queryParamMap(), known);
    }

    private static void health(Context ctx, KafkaStreams streams, boolean readiness) {
        Health h = Health.of(streams.state());
        ctx.status(readiness ? (h.ready() ? 200 : 503) : (h.live() ? 200 : 503)).json(h);
    }

    private static Map<String, Object> countsAnswer(CountsQuery q, Map<Instant, Map<String, Tally>> sums) {
        List<Map<String, Object>> buckets = new ArrayList<>();
        for (Instant start = q.from().orElseThrow(); start.isBefore(q.to().orElseThrow());
             start = start.plus(q.window().size())) {
            Map<String, Object> bucket = new LinkedHashMap<>();
            bucket.put("start", start);
            bucket.put("end", start.plus(q.window().size()));
            bucket.put("counts", sums.getOrDefault(start, Map.of()));
            buckets.add(bucket);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("by", q.by().apiName());
        answer.put("window", q.window().apiName());
        answer.put("from", q.from().orElseThrow());
        answer.put("to", q.to().orElseThrow());
        answer.put("buckets", buckets);
        return answer;
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    /** Stops the server and the live feed; again is a no-op (a shutdown hook and the main thread may both call it). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        feed.close(); // the clients first: their responses are gone once the server stops
        javalin.stop();
    }
}
