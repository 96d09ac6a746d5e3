package dev.newsline.ingest.config;

import dev.newsline.ingest.config.NewslineSettings.TagRouting;
import dev.newsline.ingest.config.NewslineSettings.TopicCreation;
import dev.newsline.ingest.source.SharedFolder;
import dev.newsline.ingest.source.SourceCountryHint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every {@code newsline.*} key, declared once: name, default, accepted values, meaning and parser. */
public final class SettingKeys {

    public static final SettingKey<Integer> PARTITIONS = new SettingKey<>("newsline.topic.partitions", "3",
            "an integer from 1 to 10000", "partitions of topics the application creates",
            intIn(1, 10_000));
    public static final SettingKey<Short> REPLICATION_FACTOR = new SettingKey<>("newsline.topic.replication.factor",
            "-1", "-1 (the broker's default) or an integer from 1 to 32",
            "replication factor of topics the application creates",
            text -> {
                int v = Integer.parseInt(text);
                if (v != -1 && (v < 1 || v > 32)) {
                    throw new IllegalArgumentException();
                }
                return (short) v;
            });
    public static final SettingKey<Integer> MAX_ARTICLE_BYTES = new SettingKey<>("newsline.max.article.bytes",
            String.valueOf(512 * 1024), "an integer from 1024 to " + StreamsConfigFactory.MAX_RAW_BYTES
                    + " (raw records and the records made from them must fit the topics' max.message.bytes)",
            "larger raw records are rejected as TOO_LARGE", intIn(1024, StreamsConfigFactory.MAX_RAW_BYTES));
    public static final SettingKey<List<String>> LANGUAGES = new SettingKey<>("newsline.languages",
            "ar,fa,en,fr,de,es,ru,tr,ur", "a comma-separated list of ISO 639-1 codes, e.g. ar,fa,en",
            "languages the detector chooses among",
            text -> {
                List<String> codes = Arrays.stream(text.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty()).distinct().toList();
                if (codes.isEmpty() || !codes.stream().allMatch(c -> c.matches("[a-z]{2}"))) {
                    throw new IllegalArgumentException();
                }
                return codes;
            });
    public static final SettingKey<Integer> LANGUAGE_SAMPLE_CHARS = new SettingKey<>("newsline.language.sample.chars",
            "300", "an integer from 50 to 100000", "leading characters of title+body read by the language detector",
            intIn(50, 100_000));
    public static final SettingKey<Duration> DEDUP_WINDOW = new SettingKey<>("newsline.dedup.window", "P7D",
            "an ISO-8601 duration from PT1S to P366D, e.g. P7D or PT12H",
            "how long (processing time) an article stays in the dedup index, and how far apart two copies' event "
                    + "times may be",
            text -> {
                Duration d = Duration.parse(text.toUpperCase(Locale.ROOT));
                if (d.compareTo(Duration.ofSeconds(1)) < 0 || d.compareTo(Duration.ofDays(366)) > 0) {
                    throw new IllegalArgumentException();
                }
                return d;
            });
    public static final SettingKey<Double> DEDUP_MIN_SIMILARITY = new SettingKey<>("newsline.dedup.min.similarity",
            "0.47", "a number from 0.05 to 1.0",
            "a near candidate is a copy if its estimated Jaccard similarity reaches this…", doubleIn(0.05, 1.0));
    public static final SettingKey<Double> DEDUP_CONTAINED_MIN_SIMILARITY = new SettingKey<>(
            "newsline.dedup.contained.min.similarity", "0.30", "a number from 0.05 to 1.0",
            "…or if it reaches this and the shorter copy is contained in the longer (below)", doubleIn(0.05, 1.0));
    public static final SettingKey<Double> DEDUP_MIN_CONTAINMENT = new SettingKey<>("newsline.dedup.min.containment",
            "0.85", "a number from 0.05 to 1.0",
            "how much of the shorter article must be contained in the longer for the rule above",
            doubleIn(0.05, 1.0));
    public static final SettingKey<Duration> DEDUP_ORIGINAL_HOLD = new SettingKey<>("newsline.dedup.original.hold",
            "PT0.3S", "an ISO-8601 duration from PT0S to PT1M, e.g. PT0.3S or PT1S",
            "how long an article that found no earlier copy waits after its last verdict before news.enriched, so "
                    + "that a copy processed just before it on another thread or instance can still claim it "
                    + "(docs/dedup.md, Late claims)",
            text -> {
                Duration d = Duration.parse(text.toUpperCase(Locale.ROOT));
                if (d.isNegative() || d.compareTo(Duration.ofMinutes(1)) > 0) {
                    throw new IllegalArgumentException();
                }
                return d;
            });
    public static final SettingKey<TagRouting> ROUTE_TAGS = new SettingKey<>("newsline.route.tags", "primary",
            "primary, all or off", "which tags get copies on per-country/topic topics (off: no per-tag topics)",
            enumOf(TagRouting.class));
    public static final SettingKey<TopicCreation> ROUTE_TOPICS = new SettingKey<>("newsline.route.topics", "create",
            "create or existing",
            "create: the application creates every per-tag topic at start; existing: it routes only to per-tag "
                    + "topics that exist (when it may not create topics)",
            enumOf(TopicCreation.class));
    public static final SettingKey<Duration> ROUTE_REFRESH = new SettingKey<>("newsline.route.refresh", "PT1M",
            "an ISO-8601 duration from PT1S to P1D, e.g. PT1M",
            "how often a running instance looks again for the per-tag topics it could not route to (not created or "
                    + "not confirmed in time at start, created later by an operator, or allowed later by an ACL)",
            durationIn(Duration.ofSeconds(1), Duration.ofDays(1)));

    public static final SettingKey<Duration> COUNTS_GRACE = new SettingKey<>("newsline.counts.grace", "P1D",
            "an ISO-8601 duration from PT0S to P3650D, e.g. P1D or PT6H",
            "how long after a count window ends (by event time) an article may still be counted in it",
            text -> {
                Duration d = Duration.parse(text.toUpperCase(Locale.ROOT));
                if (d.isNegative() || d.compareTo(Duration.ofDays(3650)) > 0) {
                    throw new IllegalArgumentException();
                }
                return d;
            });
    public static final SettingKey<Integer> LATEST_ARTICLES = new SettingKey<>("newsline.latest.articles", "10000",
            "an integer from 10 to 1000000",
            "articles (originals and copies) the latest-articles store keeps per partition, the newest by event time",
            intIn(10, 1_000_000));
    // Live feeds (newsline feeds): read by FeedSettings.
    public static final SettingKey<Duration> FEEDS_CONNECT_TIMEOUT = new SettingKey<>("newsline.feeds.connect.timeout",
            "PT10S", "an ISO-8601 duration from PT0.1S to PT5M, e.g. PT10S",
            "how long a feed or page request may take to connect", durationIn(Duration.ofMillis(100), Duration.ofMinutes(5)));
    public static final SettingKey<Duration> FEEDS_READ_TIMEOUT = new SettingKey<>("newsline.feeds.read.timeout",
            "PT30S", "an ISO-8601 duration from PT0.1S to PT10M, e.g. PT30S",
            "how long one feed or page request may take in all, headers and body (a server that hangs is given up)",
            durationIn(Duration.ofMillis(100), Duration.ofMinutes(10)));
    public static final SettingKey<Integer> FEEDS_MAX_BYTES = new SettingKey<>("newsline.feeds.max.bytes",
            String.valueOf(8 * 1024 * 1024), "an integer from 1024 to 268435456",
            "a feed document larger than this is not read (the request is cut off)", intIn(1024, 256 * 1024 * 1024));
    public static final SettingKey<Integer> FEEDS_MAX_REDIRECTS = new SettingKey<>("newsline.feeds.max.redirects",
            "5", "an integer from 0 to 20", "redirects followed per request; a loop is reported at once",
            intIn(0, 20));
    public static final SettingKey<Boolean> FEEDS_FETCH_PAGES = new SettingKey<>("newsline.feeds.fetch.pages",
            "true", "true or false",
            "for an item with only a summary, fetch its linked page and send the page (false: send the summary)",
            text -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException();
            });
    public static final SettingKey<Duration> FEEDS_MAX_BACKOFF = new SettingKey<>("newsline.feeds.max.backoff",
            "PT1H", "an ISO-8601 duration from PT1S to P1D, e.g. PT1H",
            "the longest wait before polling again a feed that keeps failing (the wait doubles per failure)",
            durationIn(Duration.ofSeconds(1), Duration.ofDays(1)));
    public static final SettingKey<Optional<Path>> GEONAMES_DIR = new SettingKey<>("newsline.geonames.dir", "auto",
            "auto, off, or a folder holding GeoNames' cities15000.txt and admin1CodesASCII.txt",
            "the GeoNames extract the country tagger reads at start-up (world cities and provinces; never copied "
                    + "into the project); auto: ../shared/geonames when present, else off",
            text -> {
                if (text.equals("off")) {
                    return Optional.empty();
                }
                if (text.equals("auto")) {
                    return SharedFolder.locate("geonames").filter(SettingKeys::holdsGeoNames);
                }
                Path dir = Path.of(text);
                if (!holdsGeoNames(dir)) {
                    throw new IllegalArgumentException();
                }
                return Optional.of(dir);
            });

    // replay, produce and demo: read by RawArticleProducer.
    public static final SettingKey<Optional<String>> SOURCE_COUNTRY = new SettingKey<>("newsline.source.country", "",
            "an ISO 3166-1 alpha-2 code (e.g. SA), or empty for none",
            "the home country of the articles replay, produce and demo send, as each record's country-hint header "
                    + "where its source gives none: a domestic item naming no place is filed under it",
            text -> {
                if (text.isBlank()) {
                    return Optional.empty();
                }
                String code = SourceCountryHint.parse(text);
                if (code == null) {
                    throw new IllegalArgumentException();
                }
                return Optional.of(code);
            });

    /** Every key, in the order of the docs table. */
    public static final List<SettingKey<?>> ALL = List.of(PARTITIONS, REPLICATION_FACTOR, MAX_ARTICLE_BYTES,
            LANGUAGES, LANGUAGE_SAMPLE_CHARS, DEDUP_WINDOW, DEDUP_MIN_SIMILARITY, DEDUP_CONTAINED_MIN_SIMILARITY,
            DEDUP_MIN_CONTAINMENT, DEDUP_ORIGINAL_HOLD, ROUTE_TAGS, ROUTE_TOPICS, ROUTE_REFRESH, COUNTS_GRACE,
            LATEST_ARTICLES,
            FEEDS_CONNECT_TIMEOUT, FEEDS_READ_TIMEOUT, FEEDS_MAX_BYTES, FEEDS_MAX_REDIRECTS, FEEDS_FETCH_PAGES,
            FEEDS_MAX_BACKOFF, GEONAMES_DIR, SOURCE_COUNTRY);

    private static boolean holdsGeoNames(Path dir) {
        return Files.isRegularFile(dir.resolve("cities15000.txt")) && Files.isRegularFile(dir.resolve("admin1CodesASCII.txt"));
    }

    private SettingKeys() {
    }

    /** @throws InvalidSettingException for the first {@code newsline.*} key of {@code props} that is not declared */
    static void rejectUnknown(Properties props) {
        Set<String> known = ALL.stream().map(SettingKey::name).collect(Collectors.toSet());
        props.stringPropertyNames().stream()
                .filter(k -> k.startsWith(NewslineSettings.PREFIX) && !known.contains(k))
                .sorted()
                .findFirst()
                .ifPresent(k -> {
                    throw new InvalidSettingException("unknown setting " + k + " (known newsline.* settings: "
                            + ALL.stream().map(SettingKey::name).sorted(Comparator.naturalOrder())
                            .collect(Collectors.joining(", ")) + ")");
                });
    }

    private static Function<String, Integer> intIn(int min, int max) {
        return text -> {
            int v = Integer.parseInt(text);
            if (v < min || v > max) {
                throw new IllegalArgumentException();
            }
            return v;
        };
    }

    private static Function<String, Duration> durationIn(Duration min, Duration max) {
        return text -> {
            Duration d = Duration.parse(text.toUpperCase(Locale.ROOT));
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                throw new IllegalArgumentException();
            }
            return d;
        };
    }

    private static Function<String, Double> doubleIn(double min, double max) {
        return text -> {
            double v = Double.parseDouble(text);
            if (!(v >= min && v <= max)) {
                throw new IllegalArgumentException();
            }
            return v;
        };
    }

    private static <E extends Enum<E>> Function<String, E> enumOf(Class<E> type) {
        return text -> Enum.valueOf(type, text.replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
