package dev.newsline.enrich.dedup;

import dev.newsline.enrich.model.EnrichedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Gather side, in the article's home task: the {@link ArticleParker} kept the article there; this collects the
 * verdicts of every probe it scattered, sent back to that partition, then decides original or duplicate and
 * forwards the decision keyed by article id. An article
 * with a failed verdict, or that this processor fails on, leaves as a {@link DedupFailure}; one still
 * waiting after {@link #PENDING_TIMEOUT} is decided with the verdicts it has (see docs/dedup.md). So every
 * article that arrives leaves exactly once.
 *
 * <p>An article found original is held for {@link DedupSettings#originalHold} after its last verdict: a copy
 * processed just before it, whose probes reached the index after its own, then still claims it with a late batch
 * ({@link VerdictBatch#late}), and the article leaves as that copy's duplicate instead of as a second original.
 */
public final class VerdictGatherer implements Processor<String, VerdictBatch, String, DedupOutcome> {

    /**
     * The JSON that news.enriched will get for an original, already written when the article was parked, handed to
     * the sink's encoder so the article is not written twice. Offered only when the bytes are exactly that article's
     * output JSON: the article came from the task's memory ({@link ParkedArticles}, so the bytes were written from
     * this very object) and has no internal field to drop.
     */
    public static final ArticleHandoff<byte[]> OUTPUT_JSON = new ArticleHandoff<>();

    /** Name of the RocksDB key-value store: delivery ref → its verdicts, and its article apart ({@link GatherStore}). */
    public static final String STORE = "dedup-gather";
    /**
     * How long an article may wait for its verdicts (wall clock, counted while this task runs) before it is
     * decided with those it has, and how long verdicts whose article never came are kept. Verdicts normally
     * arrive within seconds, rebalances included (DedupIT); only a lost verdict waits this long.
     */
    public static final Duration PENDING_TIMEOUT = Duration.ofMinutes(15);
    /** How often the store is swept for entries past {@link #PENDING_TIMEOUT}. */
    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    /** Most entries resolved by one sweep, so a sweep after a long outage does not pause the task. */
    static final int SWEEP_MAX = 1000;
    /** Processor name, named in the rejections of articles it fails on. */
    static final String STEP = "dedup-gather";

    private final DedupSettings settings;
    private final ParkedArticles.PerTask parkedPerTask;
    private final DedupRejections rejections = new DedupRejections();
    private KeyValueStore<String, byte[]> store;
    private GatherStore gather;
    private ProcessorContext<String, DedupOutcome> context;
    private long startedAt;
    private AnomalyCounter unreadable;
    private AnomalyCounter failures;
    private AnomalyCounter timedOut;
    private AnomalyCounter leftovers;
    private AnomalyCounter lateTaken;
    private AnomalyCounter lateTooLate;
    /** Originals held back, the first to fall due first (ties: the first held first). */
    private final PriorityQueue<Held> held = new PriorityQueue<>(
            Comparator.comparingLong(Held::due).thenComparingLong(Held::order));
    private long heldSoFar;

    VerdictGatherer(DedupSettings settings, ParkedArticles.PerTask parkedPerTask) {
        this.settings = settings;
        this.parkedPerTask = parkedPerTask;
    }

    /**
     * The gather store, one per task, which the {@link ArticleParker} and the gatherer share. Raw bytes,
     * decoded by {@link GatherStore}: an unreadable entry must be handled, not thrown from the store.
     */
    static StoreBuilder<KeyValueStore<String, byte[]>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.ByteArray())
                // an entry is rewritten once per verdict batch, and most are decided within a commit: the cache
                // sends the changelog the last state per commit, or nothing for an entry already deleted
                .withCachingEnabled();
    }

    /**
     * Supplier of gatherers; they use the gather store the {@link ArticleParker} declares, connected by name
     * ({@link #STORE}), which is what puts both in one sub-topology, and the articles its parker keeps in memory
     * ({@code parked}, the same as the parker's supplier got).
     */
    static ProcessorSupplier<String, VerdictBatch, String, DedupOutcome> supplier(DedupSettings settings,
            ParkedArticles.PerTask parked) {
        return () -> new VerdictGatherer(settings, parked);
    }

    @Override
    public void init(ProcessorContext<String, DedupOutcome> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        this.gather = new GatherStore(store, parkedPerTask.open(context.taskId()));
        this.startedAt = context.currentSystemTimeMs();
        this.unreadable = new AnomalyCounter(context, "gather-unreadable-entries");
        this.failures = new AnomalyCounter(context, "gather-failures");
        this.timedOut = new AnomalyCounter(context, "gather-timed-out-articles");
        this.leftovers = new AnomalyCounter(context, "gather-leftover-verdicts-deleted");
        this.lateTaken = AnomalyCounter.quiet(context, "gather-late-claims-taken");
        this.lateTooLate = new AnomalyCounter(context, "gather-late-claims-after-decision");
        findHeld();
        context.schedule(SWEEP_EVERY, PunctuationType.WALL_CLOCK_TIME, this::sweep);
        context.schedule(releaseEvery(settings.originalHold()), PunctuationType.WALL_CLOCK_TIME, this::release);
    }

    /** A quarter of the hold, from 10 ms to 1 s; 1 s without a hold, to release what an earlier run held. */
    static Duration releaseEvery(Duration hold) {
        if (hold.isZero()) {
            return Duration.ofSeconds(1);
        }
        long quarter = hold.toMillis() / 4;
        return Duration.ofMillis(Math.max(10, Math.min(1000, quarter)));
    }

    @Override
    public void process(Record<String, VerdictBatch> record) {
        String ref = record.key();
        if (record.value() != null && record.value().late()) {
            addLate(ref, record.value().verdicts());
            return;
        }
        EnrichedArticle article = null;
        DedupOutcome outcome = null;
        byte[] written = null;
        try {
            PendingArticle stored = load(ref);
            article = stored.article();
            // Only an entry of the old layout carries its article; it is then written apart, once.
            boolean articleIsNew = stored.article() != null;
            PendingArticle p = stored.withVerdicts(verdictsOf(record.value()));
            if (p.ready() && p.article() == null) {
                GatherStore.Stored kept = gather.stored(ref);
                p = p.withArticle(kept.article());
                written = writtenJson(kept);
            }
            article = p.article();
            if (p.ready()) {
                outcome = resolve(p);
                if (isHeld(outcome)) {
                    gather.save(ref, p, articleIsNew);
                    hold(ref);
                    outcome = null;
                } else {
                    gather.delete(ref);
                }
            } else {
                gather.save(ref, p, articleIsNew);
            }
        } catch (RuntimeException e) {
            TaskLoss.rethrowIfTaskLost(e);
            outcome = abandon(ref, article != null ? article : gather.articleIfReadable(ref), e);
        }
        // forwarded outside the try: a failure downstream must not turn a decided article into a rejection too
        if (outcome != null) {
            offerWritten(outcome, written);
            context.forward(record.withKey(article.id()).withValue(outcome));
        }
    }

    /** The stored JSON of {@code kept} when it was written from the very object read back, else null. */
    private static byte[] writtenJson(GatherStore.Stored kept) {
        return kept.writtenFrom() ? kept.json() : null;
    }

    private static void offerWritten(DedupOutcome outcome, byte[] written) {
        if (written != null && outcome instanceof DedupVerdict v && !v.duplicate()
                && v.article().originalRaw() == null) {
            // the parked bytes are the article as news.enriched gets it (no internal field to drop)
            OUTPUT_JSON.offer(v.article(), written);
        }
    }

    /** True if {@code outcome} is an original to hold back (with the hold on). */
    private boolean isHeld(DedupOutcome outcome) {
        return outcome instanceof DedupVerdict v && !v.duplicate() && !settings.originalHold().isZero();
    }

    /** Holds the delivery under {@code ref}, whose entry is kept, for the hold from now. */
    private void hold(String ref) {
        held.add(new Held(ref, context.currentSystemTimeMs() + settings.originalHold().toMillis(), heldSoFar++));
    }

    /**
     * A late batch: an article processed before this delivery claims it. Added while the delivery waits (for
     * verdicts, or held as an original); after it was decided the claim comes too late and is only counted.
     */
    private void addLate(String ref, List<ProbeVerdict> late) {
        try {
            PendingArticle p = gather.entry(ref);
            if (p == null || !p.arrived()) {
                lateTooLate.record(ref + ": claimed by " + late.get(0).candidates() + " after it was decided");
                return;
            }
            if (p.expected() + late.size() > VerdictCodec.MAX_VERDICTS) {
                lateTooLate.record(ref + ": a claim past the " + VerdictCodec.MAX_VERDICTS + " verdicts an entry holds");
                return;
            }
            gather.save(ref, p.withLateVerdicts(late), p.article() != null);
            lateTaken.record(ref + ": claimed by " + late.get(0).candidates());
        } catch (RuntimeException e) {
            // The delivery is decided as it would have been without the claim; its own verdicts find any corruption.
            TaskLoss.rethrowIfTaskLost(e);
            lateTooLate.record(ref + ": a claim that could not be added: " + e);
        }
    }

    /** Decides the held originals whose hold has passed. */
    private void release(long now) {
        while (!held.isEmpty() && held.peek().due() <= now) {
            decideHeld(held.poll().ref(), now);
        }
    }

    /** Entries that have every verdict yet wait: originals held by an earlier run of this task, held again. */
    private void findHeld() {
        try (KeyValueIterator<String, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> e = it.next();
                if (GatherStore.isArticleKey(e.key)) {
                    continue;
                }
                try {
                    PendingArticle p = gather.decode(e.value);
                    if (p.ready()) {
                        hold(e.key);
                    }
                } catch (RuntimeException unreadable) {
                    // the sweep reports and resolves it
                }
            }
        }
    }

    /** Decides one held delivery with every verdict and claim it has by now. */
    private void decideHeld(String ref, long now) {
        EnrichedArticle article = null;
        DedupOutcome outcome = null;
        byte[] written = null;
        try {
            PendingArticle p = gather.entry(ref);
            if (p == null || !p.ready()) {
                return; // decided meanwhile (by the sweep, or a verdict delivered again)
            }
            if (p.article() == null) {
                GatherStore.Stored kept = gather.stored(ref);
                p = p.withArticle(kept.article());
                written = writtenJson(kept);
            }
            article = p.article();
            gather.delete(ref);
            outcome = resolve(p);
        } catch (RuntimeException e) {
            TaskLoss.rethrowIfTaskLost(e);
            article = article != null ? article : gather.articleIfReadable(ref);
            outcome = abandon(ref, article, e);
        }
        if (outcome != null) {
            offerWritten(outcome, written);
            forwardLate(article, outcome, now);
        }
    }

    /** An original held back until {@code due} (wall-clock ms), the {@code order}-th this task held. */
    private record Held(String ref, long due, long order) {
    }

    /** The verdicts of a batch; a record without one (a null value) counts as a failed verdict, not lost. */
    private static List<ProbeVerdict> verdictsOf(VerdictBatch batch) {
        return batch != null ? batch.verdicts() : List.of(ProbeVerdict.failed(null,
                DedupRejections.message(STEP, "a verdict record without verdicts")));
    }

    /**
     * The entry under {@code ref} without its article (unless an old-layout entry carried it). An unreadable
     * one is replaced by a failed verdict, with the article if that is still readable, so the article is
     * rejected rather than lost.
     */
    private PendingArticle load(String ref) {
        long now = context.currentSystemTimeMs();
        try {
            return gather.entryOrFirst(ref, now);
        } catch (CorruptEntryException e) {
            unreadable.record(ref + ": " + e.getMessage());
            PendingArticle failed = PendingArticle.first(now).withVerdict(ProbeVerdict.failed(null,
                    DedupRejections.message(STEP, "its stored state for this delivery was unreadable")));
            EnrichedArticle kept = gather.articleIfReadable(ref);
            return kept == null ? failed : failed.withArticle(kept);
        }
    }

    /** The outcome of a ready (or timed-out) entry: a rejection if a verdict failed, else the decision. */
    private DedupOutcome resolve(PendingArticle p) {
        ProbeVerdict failed = p.failure();
        if (failed != null) {
            return rejections.failure(p.article(), failed.error());
        }
        return decide(p.article(), p.sketch(), p.verdicts(), settings);
    }

    /** After this processor threw: the entry is dropped and its article, if known, rejected. */
    private DedupOutcome abandon(String ref, EnrichedArticle article, RuntimeException e) {
        failures.record(ref + ": " + e);
        try {
            gather.delete(ref);
        } catch (RuntimeException ignored) {
            // the sweep deletes it later
        }
        return article == null ? null : rejections.failure(article, STEP, e);
    }

    /**
     * Resolves entries older than {@link #PENDING_TIMEOUT}: an article is decided with the verdicts it has
     * (rejected if one failed); verdicts whose article never came are deleted.
     */
    private void sweep(long now) {
        List<KeyValue<String, PendingArticle>> due = new ArrayList<>();
        List<String> unreadableRefs = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = store.all()) {
            while (it.hasNext() && due.size() < SWEEP_MAX) {
                KeyValue<String, byte[]> e = it.next();
                if (GatherStore.isArticleKey(e.key)) {
                    continue; // read with its entry
                }
                try {
                    PendingArticle p = gather.decode(e.value);
                    if (now - Math.max(p.since(), startedAt) >= PENDING_TIMEOUT.toMillis()) {
                        due.add(KeyValue.pair(e.key, p));
                    }
                } catch (RuntimeException unreadableEntry) {
                    unreadableRefs.add(e.key);
                }
            }
        }
        for (String ref : unreadableRefs) {
            unreadable.record(ref + ": deleted by the sweep");
            EnrichedArticle kept = gather.articleIfReadable(ref);
            gather.delete(ref);
            if (kept != null) {
                forwardLate(kept, rejections.failure(kept, DedupRejections.message(STEP,
                        "its stored state for this delivery was unreadable")), now);
            }
        }
        for (KeyValue<String, PendingArticle> e : due) {
            PendingArticle p = e.value;
            if (!p.arrived()) {
                gather.delete(e.key);
                leftovers.record(e.key + ": " + p.verdicts().size() + " verdicts, no article");
                continue;
            }
            timedOut.record(e.key + ": " + p.verdicts().size() + " of " + p.expected() + " verdicts");
            EnrichedArticle article = p.article() != null ? p.article() : gather.articleIfReadable(e.key);
            gather.delete(e.key);
            if (article == null) {
                unreadable.record(e.key + ": its article was unreadable when it timed out");
                continue;
            }
            DedupOutcome outcome;
            try {
                outcome = resolve(p.withArticle(article));
            } catch (RuntimeException failure) {
                TaskLoss.rethrowIfTaskLost(failure);
                outcome = abandon(e.key, article, failure);
            }
            forwardLate(article, outcome, now);
        }
    }

    private void forwardLate(EnrichedArticle article, DedupOutcome outcome, long now) {
        long origin = article.origin() != null ? article.origin().timestamp() : -1;
        context.forward(new Record<>(article.id(), outcome, origin >= 0 ? origin : now));
    }

    @Override
    public void close() {
        parkedPerTask.release(context.taskId());
        unreadable.close();
        failures.close();
        timedOut.close();
        leftovers.close();
        lateTaken.close();
        lateTooLate.close();
    }

    /**
     * The decision from all verdicts: the earliest candidate matched exactly (method of its strongest
     * match), else the near candidate most similar by sketch among those that pass the copy rule, else
     * original.
     */
    static DedupVerdict decide(EnrichedArticle article, SimilaritySketch sketch, List<ProbeVerdict> verdicts,
            DedupSettings settings) {
        Map<OrderKey, ProbeKind> exact = new HashMap<>();
        Map<OrderKey, Integer> bands = new HashMap<>();
        for (ProbeVerdict v : verdicts) {
            for (OrderKey c : v.candidates()) {
                if (v.kind().exact()) {
                    exact.merge(c, v.kind(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                } else {
                    bands.merge(c, 1, Integer::sum);
                }
            }
        }
        OrderKey self = Fingerprinter.orderKey(article);
        if (!exact.isEmpty()) {
            OrderKey original = exact.keySet().stream().min(OrderKey.EARLIEST).orElseThrow();
            return new DedupVerdict(article, original.id(), 1.0, exact.get(original).method(),
                    self.publishedBefore(original));
        }
        if (sketch == null) {
            return DedupVerdict.original(article);
        }
        // Bands only nominate; the sketch decides. Most similar first: a rewrite that took in one paragraph
        // of another article stays with its source.
        OrderKey best = null;
        double bestSimilarity = -1;
        for (Map.Entry<OrderKey, Integer> e : bands.entrySet()) {
            OrderKey c = e.getKey();
            if (e.getValue() < settings.minBands() || c.sketch() == null) {
                continue;
            }
            double j = sketch.jaccard(c.sketch());
            boolean better = j > bestSimilarity || (j == bestSimilarity && OrderKey.EARLIEST.compare(c, best) < 0);
            if (settings.isCopy(j, sketch.containment(c.sketch(), j)) && better) {
                best = c;
                bestSimilarity = j;
            }
        }
        if (best == null) {
            return DedupVerdict.original(article);
        }
        return new DedupVerdict(article, best.id(), round(bestSimilarity), ProbeKind.BAND.method(),
                self.publishedBefore(best));
    }

    private static double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }

}
