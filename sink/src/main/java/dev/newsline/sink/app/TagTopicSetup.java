package dev.newsline.sink.app;

import dev.newsline.enrich.tag.topic.TopicTaxonomy;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.NewslineSettings.TagRouting;
import dev.newsline.ingest.config.NewslineSettings.TopicCreation;
import dev.newsline.ingest.topology.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the per-tag topics before the stream starts, so that routing never calls the cluster: with
 * {@code newsline.route.topics=create} every topic a tag can name (each country code and topic slug the taggers
 * know) is created in one request, with {@code existing} they are only listed. Routing then writes only to the
 * topics this found; whatever failed is logged here once and skipped, with a count, while processing, until
 * {@link TagTopicRefresher} finds it.
 */
final class TagTopicSetup {

    private static final Logger LOG = LoggerFactory.getLogger(TagTopicSetup.class);

    private TagTopicSetup() {
    }

    /** Every per-country and per-topic topic the taggers can route to. */
    static Set<String> possible(Enrichers enrichers) {
        Set<String> topics = new TreeSet<>();
        enrichers.countryTagger().codes().forEach(code -> topics.add(Topics.country(code)));
        TopicTaxonomy.load().topics().forEach(t -> topics.add(Topics.topic(t.slug())));
        return topics;
    }

    /** The per-tag topics routing may write to: none when routing is off; never throws for the cluster's reasons. */
    static Set<String> prepare(TopicCreator creator, NewslineSettings settings, Set<String> possible,
                               Duration timeout) throws InterruptedException {
        if (settings.routeTags() == TagRouting.OFF) {
            return Set.of();
        }
        Set<String> existing = settings.routeTopics() == TopicCreation.EXISTING
                ? listed(creator, possible, timeout) : created(creator, possible, timeout);
        Set<String> writable = creator.writable(existing, timeout);
        if (writable.size() < existing.size()) {
            LOG.warn("{} of {} per-tag topics may not be written by this client (no WRITE ACL); copies to them are "
                    + "skipped, articles still reach news.enriched", existing.size() - writable.size(), existing.size());
        }
        LOG.info("routing to {} of {} per-tag topics (newsline.route.topics={})", writable.size(), possible.size(),
                settings.routeTopics().name().toLowerCase(java.util.Locale.ROOT));
        return writable;
    }

    /**
     * Those of {@code missing} that routing may write to now, found again while the stream runs: created (or, with
     * {@code existing}, listed) and writable. Quiet: what still fails was reported at start.
     */
    static Set<String> retry(TopicCreator creator, NewslineSettings settings, Set<String> missing, Duration timeout)
            throws InterruptedException {
        Set<String> existing;
        if (settings.routeTopics() == TopicCreation.EXISTING) {
            try {
                existing = creator.existing(missing, timeout);
            } catch (ExecutionException | TimeoutException e) {
                return Set.of();
            }
        } else {
            existing = creator.createMissing(missing, timeout).existing();
        }
        return existing.isEmpty() ? Set.of() : creator.writable(existing, timeout);
    }

    private static Set<String> listed(TopicCreator creator, Set<String> possible, Duration timeout)
            throws InterruptedException {
        try {
            return creator.existing(possible, timeout);
        } catch (ExecutionException | TimeoutException e) {
            return unavailable("cannot list the per-tag topics", e);
        }
    }

    private static Set<String> created(TopicCreator creator, Set<String> possible, Duration timeout)
            throws InterruptedException {
        TopicCreator.Outcome outcome = creator.createMissing(possible, timeout);
        if (!outcome.failed().isEmpty()) {
            Map<String, Long> byReason = outcome.failed().values().stream()
                    .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
            byReason.forEach((reason, count) -> LOG.warn("{} of {} per-tag topics could not be created ({}); copies to "
                    + "them are skipped, articles still reach news.enriched. Create them yourself and restart, or set "
                    + "newsline.route.topics=existing or newsline.route.tags=off", count, possible.size(), reason));
        }
        return outcome.existing();
    }

    private static Set<String> unavailable(String what, Exception e) {
        LOG.warn("{} ({}); no per-tag copies will be written, articles still reach news.enriched", what,
                String.valueOf(e.getCause() == null ? e : e.getCause()));
        return Set.of();
    }
}
