package dev.newsline.sink.bench;

import java.util.List;

/**
 * Decides which {@link Stage} a CPU sample belongs to from its stack (innermost frame first): the first frame
 * of a named stage wins; other project code stops the walk as {@link Stage#OTHER}; JDK and unnamed library
 * frames (ICU, collections…) count for their caller. A stack with an embedded broker frame is the broker's.
 */
public final class StageAttribution {

    private static final List<Rule> RULES = List.of(
            new Rule("dev.newsline.ingest.parse.", Stage.PARSE),
            new Rule("dev.newsline.ingest.read.", Stage.PARSE),
            new Rule("dev.newsline.ingest.decode.", Stage.PARSE),
            new Rule("dev.newsline.enrich.normalize.", Stage.NORMALIZE),
            new Rule("dev.newsline.enrich.language.", Stage.LANGUAGE),
            new Rule("com.github.pemistahl.lingua.", Stage.LANGUAGE),
            new Rule("dev.newsline.enrich.tag.", Stage.TAGS),
            new Rule("dev.newsline.enrich.dedup.Fingerprinter", Stage.FINGERPRINT),
            new Rule("dev.newsline.enrich.dedup.MinHasher", Stage.FINGERPRINT),
            new Rule("dev.newsline.enrich.dedup.OnePermutationHasher", Stage.FINGERPRINT),
            new Rule("dev.newsline.enrich.dedup.Shingler", Stage.FINGERPRINT),
            new Rule("dev.newsline.enrich.dedup.Mix", Stage.FINGERPRINT),
            new Rule("dev.newsline.enrich.dedup.LshBands", Stage.FINGERPRINT),
            new Rule("dev.newsline.enrich.dedup.SimilaritySketch", Stage.FINGERPRINT),
            new Rule("dev.newsline.enrich.dedup.ProbeIndex", Stage.DEDUP_INDEX),
            new Rule("org.rocksdb.", Stage.DEDUP_INDEX),
            new Rule("com.fasterxml.jackson.", Stage.SERDE),
            new Rule("org.apache.kafka.", Stage.KAFKA),
            new Rule("dev.newsline.", Stage.OTHER));

    private StageAttribution() {
    }

    /** The stage of one sample; {@code frames} are class names, innermost (top of stack) first. */
    public static Stage of(List<String> frames) {
        // Broker threads run in this JVM when the broker is embedded: keep their cost apart from the pipeline's.
        if (frames.stream().anyMatch(StageAttribution::isBrokerFrame)) {
            return Stage.BROKER;
        }
        for (String frame : frames) {
            for (Rule rule : RULES) {
                if (frame.startsWith(rule.prefix())) {
                    return rule.stage();
                }
            }
        }
        return Stage.OTHER;
    }

    private static boolean isBrokerFrame(String className) {
        return className.startsWith("kafka.") || className.startsWith("org.apache.kafka.controller.")
                || className.startsWith("org.apache.kafka.raft.") || className.startsWith("org.apache.kafka.storage.");
    }

    private record Rule(String prefix, Stage stage) {
    }
}
