package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.EnrichedArticle;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Fingerprints each article; one {@link Fingerprinter} per processor because the normalizer is not
 * thread-safe. An article it cannot fingerprint leaves as a {@link DedupFailure}, before any probe is sent.
 */
final class FingerprintProcessor implements FixedKeyProcessor<String, EnrichedArticle, DedupOutcome> {

    /** Processor name, named in the rejections of articles it fails on. */
    static final String STEP = "dedup-fingerprint";

    private final Fingerprinter fingerprinter;
    private final DedupRejections rejections = new DedupRejections();
    private FixedKeyProcessorContext<String, DedupOutcome> context;

    FingerprintProcessor(DedupSettings settings) {
        this.fingerprinter = new Fingerprinter(settings);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, DedupOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        DedupOutcome outcome;
        try {
            outcome = fingerprinter.fingerprint(record.value());
        } catch (RuntimeException e) {
            outcome = rejections.failure(record.value(), STEP, e);
        }
        // forwarded outside the try: a failure downstream is not this article's fingerprint failing
        context.forward(record.withValue(outcome));
    }
}
