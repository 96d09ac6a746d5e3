package dev.newsline.sink.stage;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.model.TopicTag;
import dev.newsline.ingest.topology.Topics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Decides which per-country and per-topic topics get a copy of an article. */
final class TagRouter {

    private final boolean allTags;

    TagRouter(boolean allTags) {
        this.allTags = allTags;
    }

    /** One routed copy per (primary, or all) country and topic tag, each topic once. */
    List<RoutedArticle> route(EnrichedArticle article) {
        Set<String> topics = new LinkedHashSet<>();
        for (CountryTag c : article.countries()) {
            if (allTags || c.primary()) {
                topics.add(Topics.country(c.code()));
            }
        }
        for (TopicTag t : article.topics()) {
            if (allTags || t.primary()) {
                topics.add(Topics.topic(t.slug()));
            }
        }
        List<RoutedArticle> routed = new ArrayList<>(topics.size());
        topics.forEach(topic -> routed.add(new RoutedArticle(topic, article)));
        return routed;
    }
}
