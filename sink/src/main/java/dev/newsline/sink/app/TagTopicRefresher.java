package dev.newsline.sink.app;

import dev.newsline.ingest.config.ClientConfigFactory;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.sink.stage.OutputTopics;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks again, every {@code newsline.route.refresh} while the stream runs, for the per-tag topics routing could not
 * write to at start (not confirmed in time on a busy cluster, created later by an operator, allowed later by an ACL)
 * and lets routing use those it finds. It runs on its own thread, so routing still never waits on the cluster; it
 * stops once every topic a tag can name is routable.
 */
final class TagTopicRefresher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TagTopicRefresher.class);

    private final String bootstrapServers;
    private final Properties config;
    private final NewslineSettings settings;
    private final Set<String> possible;
    private final OutputTopics topics;
    private final Duration timeout;
    private final ScheduledExecutorService timer;
    private volatile Admin admin;
    private TopicCreator creator;

    private TagTopicRefresher(String bootstrapServers, Properties config, Set<String> possible, OutputTopics topics,
                              Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
        this.settings = NewslineSettings.from(config);
        this.possible = Set.copyOf(possible);
        this.topics = topics;
        this.timeout = timeout;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsline-tag-topic-refresh");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts looking for the topics of {@code possible} that {@code topics} does not route to yet; each look waits
     * at most {@code timeout} for the cluster.
     */
    static TagTopicRefresher start(String bootstrapServers, Properties config, Set<String> possible,
                                   OutputTopics topics, Duration timeout) {
        TagTopicRefresher refresher = new TagTopicRefresher(bootstrapServers, config, possible, topics, timeout);
        long every = refresher.settings.routeRefresh().toMillis();
        refresher.timer.scheduleWithFixedDelay(refresher::lookSafely, every, every, TimeUnit.MILLISECONDS);
        return refresher;
    }

    private void lookSafely() {
        try {
            if (!look()) {
                timer.shutdown(); // every topic a tag can name is routable: nothing left to find
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // A cluster that cannot be reached now may be reachable at the next look; the stream is not affected.
            LOG.debug("looking for per-tag topics failed; trying again in {}", settings.routeRefresh(), e);
        }
    }

    /** One look: admits what it finds; false once nothing is left to look for. */
    boolean look() throws InterruptedException {
        Set<String> missing = topics.unroutable(possible);
        if (missing.isEmpty()) {
            return false;
        }
        if (admin == null) {
            admin = Admin.create(ClientConfigFactory.admin(bootstrapServers, config));
            creator = new TopicCreator(admin, settings);
        }
        Set<String> found = TagTopicSetup.retry(creator, settings, missing, timeout);
        if (found.isEmpty()) {
            return true;
        }
        Map<String, Integer> small = OutputTopicCheck.check(admin, bootstrapServers, found, timeout).small();
        topics.admit(found, small);
        int left = missing.size() - found.size();
        LOG.info("routing now also to {} per-tag topics found since start ({}); {} still missing", found.size(),
                found.size() <= 5 ? String.join(", ", found) : found.iterator().next() + ", …", left);
        return left > 0;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
