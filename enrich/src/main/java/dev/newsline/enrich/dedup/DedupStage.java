package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.topology.IngestStage;
import dev.newsline.ingest.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Dedup part of the enrich stage: splits enriched articles into originals and duplicates by scatter–gather.
 * Each article waits in the task that enriched it (its news.raw partition, its home) and scatters small probe
 * records (exact keys and LSH bands), one batch per partition that owns some; each owner answers from its
 * index; the verdicts go back to the home partition, where the article is decided. Only probes and verdicts
 * cross topics, never the article. An article a dedup step fails on goes to news.rejected (stage "dedup"), so
 * each leaves exactly once. See docs/dedup.md.
 */
public final class DedupStage {

    /** Serde of verdict batches on their way home, binary. */
    public static final Serde<VerdictBatch> VERDICT_SERDE = new VerdictBatchSerde();
    /** Serde of probe batches on the probe topic, binary. */
    public static final Serde<ProbeBatch> PROBE_SERDE = new ProbeBatchSerde();

    private DedupStage() {
    }

    /**
     * Adds dedup after {@code enriched} (keyed by article id), with the measured defaults; {@code partitions} is
     * the partition count of news.raw, which the probe topic takes (see {@link #build(KStream, DedupSettings, int,
     * UnaryOperator)}).
     */
    public static DedupResult build(KStream<String, EnrichedArticle> enriched, NewslineSettings settings,
            int partitions) {
        return build(enriched, DedupSettings.from(settings), partitions, UnaryOperator.identity());
    }

    /** Adds dedup after {@code enriched} (keyed by article id), for a news.raw of {@code partitions} partitions. */
    public static DedupResult build(KStream<String, EnrichedArticle> enriched, DedupSettings settings, int partitions) {
        return build(enriched, settings, partitions, UnaryOperator.identity());
    }

    /**
     * Test seam: {@code indexStore} wraps each task's probe index store (see {@link ProbeIndexProcessor}).
     * An article's probes go out in one batch per owning partition of {@code partitions}; the batch's key is that
     * partition. Were the probe topic to have another count, each probe would still always reach the same
     * partition (its owner modulo the real count), so the index stays consistent; only the spread suffers.
     */
    static DedupResult build(KStream<String, EnrichedArticle> enriched, DedupSettings settings, int partitions,
            UnaryOperator<KeyValueStore<Bytes, byte[]>> indexStore) {
        if (partitions < 1) {
            throw new IllegalArgumentException("news.raw has at least one partition, not " + partitions);
        }
        Map<String, KStream<String, DedupOutcome>> fingerprinted = enriched
                .processValues(() -> new FingerprintProcessor(settings), Named.as(FingerprintProcessor.STEP))
                .split(Named.as("dedup-fingerprint-"))
                .branch((id, o) -> o instanceof DedupFailure, Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));
        toRejected(fingerprinted.get("dedup-fingerprint-failed"), "dedup-fingerprint-to-rejected");
        KStream<String, Fingerprint> fingerprints = fingerprinted.get("dedup-fingerprint-ok")
                .mapValues(o -> (Fingerprint) o, Named.as("dedup-as-fingerprint"));

        // The parker declares the gather store and the gatherer connects to it by name, which puts both in one
        // sub-topology with news.raw: task p reads partition p of news.raw and of the verdict topic, which
        // therefore has news.raw's partition count. Both also share the task's parked articles in memory.
        ParkedArticles.PerTask inMemory = new ParkedArticles.PerTask();
        Map<String, KStream<String, DedupOutcome>> parked = fingerprints
                .processValues(ArticleParker.supplier(VerdictGatherer.storeBuilder(), inMemory),
                        Named.as(ArticleParker.STEP))
                .split(Named.as("dedup-park-"))
                .branch((id, o) -> o instanceof DedupFailure, Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));
        toRejected(parked.get("dedup-park-failed"), "dedup-park-to-rejected");

        KStream<String, VerdictBatch> verdicts = parked.get("dedup-park-ok")
                .flatMap((id, f) -> ((Fingerprint) f).batches(partitions), Named.as("dedup-scatter-probes"))
                .repartition(Repartitioned.with(Serdes.Integer(), PROBE_SERDE).withName("dedup-probes")
                        .withNumberOfPartitions(partitions).withStreamPartitioner(DedupStage::toOwner))
                .process(ProbeIndexProcessor.supplier(settings, indexStore), Named.as(ProbeIndexProcessor.STEP))
                .repartition(Repartitioned.with(Serdes.String(), VERDICT_SERDE).withName("dedup-verdicts")
                        .withNumberOfPartitions(partitions).withStreamPartitioner(DedupStage::toHome));

        Map<String, KStream<String, DedupOutcome>> decided = verdicts
                .process(VerdictGatherer.supplier(settings, inMemory), Named.as(VerdictGatherer.STEP),
                        VerdictGatherer.STORE)
                .split(Named.as("dedup-"))
                .branch((id, o) -> o instanceof DedupFailure, Branched.as("failed"))
                .branch((id, o) -> ((DedupVerdict) o).duplicate(), Branched.as("duplicate"))
                .defaultBranch(Branched.as("original"));
        toRejected(decided.get("dedup-failed"), "dedup-gather-to-rejected");

        KStream<String, EnrichedArticle> originals = decided.get("dedup-original")
                .mapValues(o -> ((DedupVerdict) o).article(), Named.as("dedup-as-original"));
        KStream<String, DuplicateArticle> duplicates = decided.get("dedup-duplicate")
                .mapValues(o -> ((DedupVerdict) o).asDuplicate(), Named.as("dedup-as-duplicate"));
        return new DedupResult(originals, duplicates);
    }

    /** The batch's partition is its key (modulo the topic's real count, see {@link #build}). */
    private static Optional<Set<Integer>> toOwner(String topic, Integer owner, ProbeBatch batch, int partitions) {
        return Optional.of(Set.of(owner % partitions));
    }

    /**
     * Verdicts go to their article's home partition. A batch that names none (written before verdicts went
     * home) goes where its ref hashes: no article waits there, and the gatherer's sweep deletes it.
     */
    private static Optional<Set<Integer>> toHome(String topic, String ref, VerdictBatch batch, int partitions) {
        int home = batch != null && batch.home() >= 0 ? batch.home() % partitions
                : Utils.toPositive(Utils.murmur2(ref.getBytes(StandardCharsets.UTF_8))) % partitions;
        return Optional.of(Set.of(home));
    }

    private static void toRejected(KStream<String, DedupOutcome> failed, String name) {
        failed.mapValues(o -> ((DedupFailure) o).rejected(), Named.as(name + "-record"))
                .to(Topics.REJECTED, Produced.with(Serdes.String(), IngestStage.REJECTED_SERDE).withName(name));
    }
}
