package dev.newsline.enrich.dedup;

import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.common.utils.Utils;

/**
 * The probes of one article that one index partition answers: one record per article and partition instead
 * of one per probe, so an article scatters at most as many records as there are partitions.
 *
 * @param order  the article's order key, without sketch
 * @param sketch what verifies near candidates (given to band probes and their index entries), or null
 * @param probes the probe keys this partition owns, in the article's order (exact keys first)
 * @param home   the partition the article waits in for its verdicts (its news.raw partition), or
 *               {@link #NO_HOME} in batches written before verdicts went home
 */
public record ProbeBatch(OrderKey order, SimilaritySketch sketch, List<Bytes> probes, int home) {

    /** The home of a batch that does not name one. */
    public static final int NO_HOME = -1;

    /** Most probes in one batch: 3 exact keys and the bands, with room to spare. */
    static final int MAX_PROBES = 1024;

    /** Checks what the binary form could not hold. */
    public ProbeBatch {
        if (order == null || probes == null || probes.isEmpty() || probes.size() > MAX_PROBES) {
            throw new IllegalArgumentException("a probe batch holds an order key and 1 to " + MAX_PROBES + " probes");
        }
        if (home < NO_HOME) {
            throw new IllegalArgumentException("home partition " + home);
        }
        probes = List.copyOf(probes);
    }

    /**
     * The partition, of {@code partitions}, that owns {@code probe}: the one Kafka's default partitioner picks
     * for it as a key (murmur2), so the index stays where one-probe-per-record routing put it.
     */
    public static int owner(Bytes probe, int partitions) {
        return Utils.toPositive(Utils.murmur2(probe.get())) % partitions;
    }

    /** The order key a probe is answered and indexed with: the sketch rides on band probes only. */
    OrderKey prober(Bytes probe) {
        return ProbeKind.of(probe).exact() ? order : order.withSketch(sketch);
    }
}
