package dev.newsline.ingest.topology;

import java.util.List;
import java.util.Locale;

/** Every topic name Newsline reads or writes, built in this one place. */
public final class Topics {

    /** Raw articles from files, archives, feeds and other producers. */
    public static final String RAW = "news.raw";
    /** One enriched record per new article. */
    public static final String ENRICHED = "news.enriched";
    /** Articles that repeat an earlier one, with what they repeat. */
    public static final String DUPLICATES = "news.duplicates";
    /** Inputs that could not become articles, with a reason and the original bytes. */
    public static final String REJECTED = "news.rejected";

    /** The three topics every raw record ends up in exactly one of. */
    public static final List<String> ACCOUNTED = List.of(ENRICHED, DUPLICATES, REJECTED);

    private static final String COUNTRY_PREFIX = "news.country.";
    private static final String TOPIC_PREFIX = "news.topic.";

    private Topics() {
    }

    /** Per-country topic, e.g. {@code news.country.am} for ISO 3166-1 alpha-2 {@code AM}. */
    public static String country(String alpha2) {
        return COUNTRY_PREFIX + alpha2.toLowerCase(Locale.ROOT);
    }

    /** Per-topic topic, e.g. {@code news.topic.politics}. */
    public static String topic(String slug) {
        return TOPIC_PREFIX + slug.toLowerCase(Locale.ROOT);
    }

    /** True for the per-country and per-topic topics. */
    public static boolean isRoutedTopic(String name) {
        return name.startsWith(COUNTRY_PREFIX) || name.startsWith(TOPIC_PREFIX);
    }
}
