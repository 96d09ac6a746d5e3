package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.topology.IngestStage;
import dev.newsline.ingest.topology.Topics;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Dedup part of the enrich stage: splits enriched articles into originals and duplicates by scatter–gather.
 * Each article scatters small probe records (exact keys and LSH bands) repartitioned by probe key; each
 * probe's task answers from its index; the verdicts and the article meet again repartitioned by delivery.
 * An article a dedup step fails on goes to news.rejected (stage "dedup"), so each leaves exactly once.
 * See docs/dedup.md.
 */
public final class DedupStage {

    /** Serde of what the gatherer receives: an article (JSON) or a batch of verdicts (binary). */
    public static final Serde<GatherInput> GATHER_SERDE = new GatherInputSerde();
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

        KStream<String, GatherInput> verdicts = fingerprints
                .flatMap((id, f) -> f.batches(partitions), Named.as("dedup-scatter-probes"))
                .repartition(Repartitioned.with(Serdes.Integer(), PROBE_SERDE).withName("dedup-probes")
                        .withStreamPartitioner(DedupStage::toOwner))
                .process(ProbeIndexProcessor.supplier(settings, indexStore), Named.as(ProbeIndexProcessor.STEP))
                .repartition(Repartitioned.with(Serdes.String(), GATHER_SERDE).withName("dedup-verdicts"));

        KStream<String, GatherInput> articles = fingerprints
                .map((id, f) -> KeyValue.pair(f.ref(), GatherInput.article(f)), Named.as("dedup-key-by-delivery"))
                .repartition(Repartitioned.with(Serdes.String(), GATHER_SERDE).withName("dedup-articles"));

        Map<String, KStream<String, DedupOutcome>> decided = articles
                .merge(verdicts, Named.as("dedup-article-and-verdicts"))
                .process(VerdictGatherer.supplier(settings), Named.as(VerdictGatherer.STEP))
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

    private static void toRejected(KStream<String, DedupOutcome> failed, String name) {
        failed.mapValues(o -> ((DedupFailure) o).rejected(), Named.as(name + "-record"))
                .to(Topics.REJECTED, Produced.with(Serdes.String(), IngestStage.REJECTED_SERDE).withName(name));
    }
}
