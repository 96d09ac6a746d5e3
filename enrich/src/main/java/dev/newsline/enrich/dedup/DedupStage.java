package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.DuplicateArticle;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.serde.JsonSerde;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Dedup part of the enrich stage: splits enriched articles into originals and duplicates by scatter–gather.
 * Each article scatters small probe records (exact keys and LSH bands) repartitioned by probe key; each
 * probe's task answers from its index; the verdicts and the article meet again repartitioned by delivery.
 * See docs/dedup.md.
 */
public final class DedupStage {

    /** Serde of what the gatherer receives (article or verdict), JSON. */
    public static final Serde<GatherInput> GATHER_SERDE = JsonSerde.of(GatherInput.class);

    private DedupStage() {
    }

    /** Adds dedup after {@code enriched} (keyed by article id), with the measured defaults. */
    public static DedupResult build(KStream<String, EnrichedArticle> enriched, NewslineSettings settings) {
        return build(enriched, DedupSettings.from(settings));
    }

    /** Adds dedup after {@code enriched} (keyed by article id). */
    public static DedupResult build(KStream<String, EnrichedArticle> enriched, DedupSettings settings) {
        KStream<String, Fingerprint> fingerprinted = enriched
                .processValues(() -> new FingerprintProcessor(settings), Named.as("dedup-fingerprint"));

        KStream<String, GatherInput> verdicts = fingerprinted
                .flatMap((id, f) -> f.probes().stream().map(probe -> KeyValue.pair(probe, f.probeValue(probe))).toList(),
                        Named.as("dedup-scatter-probes"))
                .repartition(Repartitioned.with(Serdes.Bytes(), new OrderKeySerde()).withName("dedup-probes"))
                .process(ProbeIndexProcessor.supplier(settings), Named.as("dedup-probe-index"))
                .repartition(Repartitioned.with(Serdes.String(), GATHER_SERDE).withName("dedup-verdicts"));

        KStream<String, GatherInput> articles = fingerprinted
                .map((id, f) -> KeyValue.pair(f.ref(), GatherInput.article(f)), Named.as("dedup-key-by-delivery"))
                .repartition(Repartitioned.with(Serdes.String(), GATHER_SERDE).withName("dedup-articles"));

        Map<String, KStream<String, DedupVerdict>> decided = articles
                .merge(verdicts, Named.as("dedup-article-and-verdicts"))
                .process(VerdictGatherer.supplier(settings), Named.as("dedup-gather"))
                .split(Named.as("dedup-"))
                .branch((id, v) -> v.duplicate(), Branched.as("duplicate"))
                .defaultBranch(Branched.as("original"));

        KStream<String, EnrichedArticle> originals = decided.get("dedup-original")
                .mapValues(DedupVerdict::article, Named.as("dedup-as-original"));
        KStream<String, DuplicateArticle> duplicates = decided.get("dedup-duplicate")
                .mapValues(DedupVerdict::asDuplicate, Named.as("dedup-as-duplicate"));
        return new DedupResult(originals, duplicates);
    }
}
