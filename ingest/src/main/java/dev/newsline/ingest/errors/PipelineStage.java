package dev.newsline.ingest.errors;

/**
 * The stage a processor belongs to, read from its name: every processor is named with its stage's prefix
 * ({@code ingest-}, {@code enrich-}, {@code dedup-}, {@code sink-}, and {@code route-} for per-tag copies).
 */
public final class PipelineStage {

    /** Prefix of the processors that write the extra per-tag copies; their failures never reject an article. */
    public static final String ROUTING_PREFIX = "route-";

    private PipelineStage() {
    }

    /** {@code ingest}, {@code enrich}, {@code dedup}, {@code sink} or {@code unknown}. */
    public static String of(String processorName) {
        if (processorName == null) {
            return "unknown";
        }
        if (processorName.startsWith("ingest-") || processorName.equals("read-raw-record")) {
            return "ingest";
        }
        for (String stage : new String[] {"enrich", "dedup", "sink"}) {
            if (processorName.startsWith(stage + "-")) {
                return stage;
            }
        }
        return processorName.startsWith(ROUTING_PREFIX) ? "sink" : "unknown";
    }

    /** True for the processors that write per-tag copies. */
    public static boolean isRouting(String processorName) {
        return processorName != null && processorName.startsWith(ROUTING_PREFIX);
    }
}
