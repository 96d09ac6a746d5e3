package dev.newsline.ingest.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Newsline's own settings (keys under {@code newsline.}); everything else in a config file goes to Kafka.
 *
 * @param partitions        partitions of topics the application creates
 * @param replicationFactor replication factor of topics it creates; -1 takes the broker's default
 * @param maxArticleBytes   raw records larger than this are rejected as TOO_LARGE
 * @param languages         ISO 639-1 codes the language detector chooses among
 * @param languageSampleChars how many leading characters of title+body language detection reads
 * @param dedupWindow       how long (processing time) an article stays in the dedup index; also how far apart
 *                          two copies' event times may be
 * @param routeAllTags      true: per-country/topic topics get every tag; false: primary tags only
 */
public record NewslineSettings(
        int partitions,
        short replicationFactor,
        int maxArticleBytes,
        List<String> languages,
        int languageSampleChars,
        Duration dedupWindow,
        boolean routeAllTags) {

    public static final String PREFIX = "newsline.";

    /** Defaults, overridden by {@code newsline.*} keys of {@code props}. */
    public static NewslineSettings from(Properties props) {
        return new NewslineSettings(
                Integer.parseInt(props.getProperty("newsline.topic.partitions", "3")),
                Short.parseShort(props.getProperty("newsline.topic.replication.factor", "-1")),
                Integer.parseInt(props.getProperty("newsline.max.article.bytes", String.valueOf(512 * 1024))),
                Arrays.stream(props.getProperty("newsline.languages", "ar,fa,en,fr,de,es,ru,tr,ur").split(","))
                        .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList(),
                Integer.parseInt(props.getProperty("newsline.language.sample.chars", "600")),
                Duration.parse(props.getProperty("newsline.dedup.window", "P7D")),
                "all".equalsIgnoreCase(props.getProperty("newsline.route.tags", "primary")));
    }

    /** All defaults. */
    public static NewslineSettings defaults() {
        return from(new Properties());
    }
}
