package dev.newsline.ingest.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Newsline's own settings (keys under {@code newsline.}), typed and validated; everything else in a config
 * file goes to Kafka. The keys, their defaults and their checks are declared in {@link SettingKeys}.
 *
 * @param partitions        partitions of topics the application creates
 * @param replicationFactor replication factor of topics it creates; -1 takes the broker's default
 * @param maxArticleBytes   raw records larger than this are rejected as TOO_LARGE
 * @param languages         ISO 639-1 codes the language detector chooses among
 * @param languageSampleChars how many leading characters of title+body language detection reads
 * @param dedupWindow       how long (processing time) an article stays in the dedup index; also how far apart
 *                          two copies' event times may be
 * @param dedupMinSimilarity a near candidate is a copy if its estimated Jaccard similarity reaches this…
 * @param dedupContainedMinSimilarity …or if it reaches this and
 * @param dedupMinContainment the shorter article is at least this much contained in the longer
 * @param dedupOriginalHold how long an article that found no earlier copy waits after its last verdict before it is
 *                          sent on as an original
 * @param routeTags         which tags get copies on per-country/topic topics, or none
 * @param routeTopics       whether the application creates per-tag topics or only uses existing ones
 * @param routeRefresh      how often a running instance looks again for per-tag topics it cannot route to yet
 * @param countsGrace       how long after a count window ends (event time) an article is still counted in it
 * @param latestArticles    articles the latest-articles store keeps per partition
 * @param geonamesDir       the GeoNames extract the country tagger adds world cities and provinces from; empty: none
 */
public record NewslineSettings(
        int partitions,
        short replicationFactor,
        int maxArticleBytes,
        List<String> languages,
        int languageSampleChars,
        Duration dedupWindow,
        double dedupMinSimilarity,
        double dedupContainedMinSimilarity,
        double dedupMinContainment,
        Duration dedupOriginalHold,
        TagRouting routeTags,
        TopicCreation routeTopics,
        Duration routeRefresh,
        Duration countsGrace,
        int latestArticles,
        Optional<Path> geonamesDir) {

    public static final String PREFIX = "newsline.";

    /** Which tags of an article get a copy on a per-country or per-topic topic. */
    public enum TagRouting {
        /** Primary tags only. */
        PRIMARY,
        /** Every tag. */
        ALL,
        /** No per-tag topics at all. */
        OFF
    }

    /** Where per-tag topics come from. */
    public enum TopicCreation {
        /** The application creates every per-tag topic at start, before processing. */
        CREATE,
        /** An operator creates them; the application routes only to those that exist. */
        EXISTING
    }

    /**
     * Defaults, overridden by the {@code newsline.*} keys of {@code props}.
     *
     * @throws InvalidSettingException for an unknown {@code newsline.*} key or a bad value
     */
    public static NewslineSettings from(Properties props) {
        SettingKeys.rejectUnknown(props);
        return new NewslineSettings(
                SettingKeys.PARTITIONS.read(props),
                SettingKeys.REPLICATION_FACTOR.read(props),
                SettingKeys.MAX_ARTICLE_BYTES.read(props),
                SettingKeys.LANGUAGES.read(props),
                SettingKeys.LANGUAGE_SAMPLE_CHARS.read(props),
                SettingKeys.DEDUP_WINDOW.read(props),
                SettingKeys.DEDUP_MIN_SIMILARITY.read(props),
                SettingKeys.DEDUP_CONTAINED_MIN_SIMILARITY.read(props),
                SettingKeys.DEDUP_MIN_CONTAINMENT.read(props),
                SettingKeys.DEDUP_ORIGINAL_HOLD.read(props),
                SettingKeys.ROUTE_TAGS.read(props),
                SettingKeys.ROUTE_TOPICS.read(props),
                SettingKeys.ROUTE_REFRESH.read(props),
                SettingKeys.COUNTS_GRACE.read(props),
                SettingKeys.LATEST_ARTICLES.read(props),
                SettingKeys.GEONAMES_DIR.read(props));
    }

    /** All defaults. */
    public static NewslineSettings defaults() {
        return from(new Properties());
    }

    /** True when per-country/topic topics get every tag, not only primary ones. */
    public boolean routeAllTags() {
        return routeTags == TagRouting.ALL;
    }
}
