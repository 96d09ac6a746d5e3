package dev.newsline.ingest.config;

import dev.newsline.ingest.config.NewslineSettings.TagRouting;
import dev.newsline.ingest.config.NewslineSettings.TopicCreation;
import dev.newsline.ingest.source.SharedFolder;
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
            "600", "an integer from 50 to 100000", "leading characters of title+body read by the language detector",
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
    public static final SettingKey<TagRouting> ROUTE_TAGS = new SettingKey<>("newsline.route.tags", "primary",
            "primary, all or off", "which tags get copies on per-country/topic topics (off: no per-tag topics)",
            enumOf(TagRouting.class));
    public static final SettingKey<TopicCreation> ROUTE_TOPICS = new SettingKey<>("newsline.route.topics", "create",
            "create or existing",
            "create: the application creates every per-tag topic at start; existing: it routes only to per-tag "
                    + "topics that exist (when it may not create topics)",
            enumOf(TopicCreation.class));

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

    /** Every key, in the order of the docs table. */
    public static final List<SettingKey<?>> ALL = List.of(PARTITIONS, REPLICATION_FACTOR, MAX_ARTICLE_BYTES,
            LANGUAGES, LANGUAGE_SAMPLE_CHARS, DEDUP_WINDOW, DEDUP_MIN_SIMILARITY, DEDUP_CONTAINED_MIN_SIMILARITY,
            DEDUP_MIN_CONTAINMENT, ROUTE_TAGS, ROUTE_TOPICS, GEONAMES_DIR);

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
