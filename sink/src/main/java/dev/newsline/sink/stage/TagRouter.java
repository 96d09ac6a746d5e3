package dev.newsline.sink.stage;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.model.TopicTag;
import dev.newsline.ingest.config.NewslineSettings.TagRouting;
import dev.newsline.ingest.errors.FailureCounter;
import dev.newsline.ingest.topology.Topics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which per-country and per-topic topics get a copy of an article: one per (primary, or every) tag, and
 * only to topics known to exist that take a record of its size. It never waits on the cluster; a copy it cannot
 * write is skipped, counted, and logged once per topic.
 */
final class TagRouter {

    private static final Logger LOG = LoggerFactory.getLogger(TagRouter.class);

    private final boolean allTags;
    private final OutputTopics topics;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    TagRouter(TagRouting routing, OutputTopics topics) {
        this.allTags = routing == TagRouting.ALL;
        this.topics = topics;
    }

    /** One copy of {@code json} per tag topic of {@code article}, each topic once. */
    List<RoutedArticle> route(EnrichedArticle article, byte[] json) {
        Set<String> wanted = new LinkedHashSet<>();
        for (CountryTag c : article.countries()) {
            if (allTags || c.primary()) {
                wanted.add(Topics.country(c.code()));
            }
        }
        for (TopicTag t : article.topics()) {
            if (allTags || t.primary()) {
                wanted.add(Topics.topic(t.slug()));
            }
        }
        List<RoutedArticle> routed = new ArrayList<>(wanted.size());
        for (String topic : wanted) {
            if (!topics.routable(topic)) {
                skip(topic, "it does not exist (newsline.route.topics, docs/tagging.md)");
            } else if (json.length > topics.maxValueBytes(topic)) {
                skip(topic, "its max.message.bytes is too small for some articles");
            } else {
                routed.add(new RoutedArticle(topic, json));
            }
        }
        return routed;
    }

    private void skip(String topic, String why) {
        FailureCounter.ROUTING_SKIPPED.increment();
        if (warned.add(topic)) {
            LOG.warn("per-tag copies for {} are skipped because {}; the articles still reach news.enriched "
                    + "(this is logged once per topic)", topic, why);
        }
    }
}
