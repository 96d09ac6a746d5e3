package dev.newsline.enrich.dedup;

import java.util.Set;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Scatter side: keeps each fingerprinted article in the gather store of the task that enriched it, before
 * any of its probes leave, and names that task's partition as the article's home, where the index sends the
 * verdicts back ({@link VerdictGatherer} shares the store). The article itself thus never crosses a topic
 * between enrich and output; only its probes and their verdicts do. An article it cannot keep leaves as a
 * {@link DedupFailure}, before any probe is sent.
 */
final class ArticleParker implements FixedKeyProcessor<String, Fingerprint, DedupOutcome> {

    /** Processor name, named in the rejections of articles it fails on. */
    static final String STEP = "dedup-park";

    private final DedupRejections rejections = new DedupRejections();
    private final ParkedArticles.PerTask parkedPerTask;
    private FixedKeyProcessorContext<String, DedupOutcome> context;
    private GatherStore gather;
    private int home;
    private AnomalyCounter unreadable;

    private ArticleParker(ParkedArticles.PerTask parkedPerTask) {
        this.parkedPerTask = parkedPerTask;
    }

    /**
     * Supplier that declares {@code store}, the gather store it shares with the {@link VerdictGatherer}, and keeps
     * each task's parked articles in memory in {@code parked} too, which the task's gatherer reads.
     */
    static FixedKeyProcessorSupplier<String, Fingerprint, DedupOutcome> supplier(
            StoreBuilder<KeyValueStore<String, byte[]>> store, ParkedArticles.PerTask parked) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, Fingerprint, DedupOutcome> get() {
                return new ArticleParker(parked);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, DedupOutcome> context) {
        this.context = context;
        this.gather = new GatherStore(context.getStateStore(VerdictGatherer.STORE), parkedPerTask.open(context.taskId()));
        // The task's partition: news.raw's and the verdict topic's, which have the same count (DedupStage).
        this.home = context.taskId().partition();
        this.unreadable = new AnomalyCounter(context, "park-unreadable-entries");
    }

    @Override
    public void process(FixedKeyRecord<String, Fingerprint> record) {
        Fingerprint f = record.value();
        DedupOutcome outcome;
        try {
            String ref = f.ref();
            gather.save(ref, existing(ref).parked(f), true);
            outcome = f.parkedIn(home);
        } catch (RuntimeException e) {
            TaskLoss.rethrowIfTaskLost(e);
            outcome = rejections.failure(f.article(), STEP, e);
        }
        // forwarded outside the try: a failure downstream is not this article failing to park
        context.forward(record.withValue(outcome));
    }

    /**
     * What the store already holds for this delivery: nothing, normally, since its probes have not left yet.
     * A readable entry keeps its verdicts; an unreadable one is replaced.
     */
    private PendingArticle existing(String ref) {
        long now = context.currentSystemTimeMs();
        try {
            return gather.entryOrFirst(ref, now);
        } catch (CorruptEntryException e) {
            unreadable.record(ref + ": " + e.getMessage());
            return PendingArticle.first(now);
        }
    }

    @Override
    public void close() {
        parkedPerTask.release(context.taskId());
        unreadable.close();
    }
}
