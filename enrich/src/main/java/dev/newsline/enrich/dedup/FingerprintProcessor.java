package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.EnrichedArticle;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Fingerprints each article; one {@link Fingerprinter} per processor because the normalizer is not thread-safe. */
final class FingerprintProcessor implements FixedKeyProcessor<String, EnrichedArticle, Fingerprint> {

    private final Fingerprinter fingerprinter;
    private FixedKeyProcessorContext<String, Fingerprint> context;

    FingerprintProcessor(DedupSettings settings) {
        this.fingerprinter = new Fingerprinter(settings);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Fingerprint> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        context.forward(record.withValue(fingerprinter.fingerprint(record.value())));
    }
}
