package dev.newsline.sink.audit;

import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.topology.Topics;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tallies the committed news.raw records, then the output records that name them by their origin, and
 * classifies every raw position as fine, missing or doubled. Feed every raw record before the first output
 * record: an output is judged against the raw records known when it arrives.
 */
public final class ConservationLedger {

    private final Map<Integer, PartitionLedger> partitions = new TreeMap<>();
    private final int exampleLimit;
    private final Map<String, Long> outputs = new LinkedHashMap<>();
    private final Map<RawPosition, List<String>> doubledExamples = new LinkedHashMap<>();
    private final List<Stray> strayExamples = new ArrayList<>();
    private long strays;
    private long expired;
    private boolean outputsStarted;

    /**
     * @param rawLogStarts the log start offset of every news.raw partition (records below it were removed by
     *                     retention, and outputs that name them are not strays)
     * @param exampleLimit how many positions of each kind of fault to keep for the report
     */
    public ConservationLedger(Map<Integer, Long> rawLogStarts, int exampleLimit) {
        rawLogStarts.forEach((p, start) -> partitions.put(p, new PartitionLedger(p, start)));
        this.exampleLimit = exampleLimit;
        Topics.ACCOUNTED.forEach(t -> outputs.put(t, 0L));
    }

    /** A committed record read from news.raw. */
    public void raw(int partition, long offset) {
        if (outputsStarted) {
            throw new IllegalStateException("every raw record must be fed before the first output record");
        }
        PartitionLedger ledger = partitions.get(partition);
        if (ledger == null) {
            throw new IllegalArgumentException("news.raw has no partition " + partition + " in this audit");
        }
        ledger.raw(offset);
    }

    /** An output record at {@code where}, with the origin read from its value (empty when it has none). */
    public void output(OutputLocation where, Optional<Origin> origin) {
        outputsStarted = true;
        outputs.merge(where.topic(), 1L, Long::sum);
        PartitionLedger ledger = origin.filter(o -> Topics.RAW.equals(o.topic()))
                .map(o -> partitions.get(o.partition())).orElse(null);
        if (ledger != null && ledger.beforeStart(origin.get().offset())) {
            expired++;
            return;
        }
        if (ledger == null || !ledger.holds(origin.get().offset())) {
            strays++;
            if (strayExamples.size() < exampleLimit) {
                strayExamples.add(new Stray(where, origin.map(Origin::toString).orElse("no origin")));
            }
            return;
        }
        RawPosition position = new RawPosition(origin.get().partition(), origin.get().offset());
        List<String> before = ledger.copy(position.offset(), where.topic());
        if (doubledExamples.containsKey(position)) {
            doubledExamples.get(position).add(where.topic());
        } else if (!before.isEmpty() && doubledExamples.size() < exampleLimit) {
            List<String> topics = new ArrayList<>(before);
            topics.add(where.topic());
            doubledExamples.put(position, topics);
        }
    }

    /** The classification of every raw record fed so far. */
    public AuditReport report() {
        long raw = 0;
        long missing = 0;
        long doubled = 0;
        List<RawPosition> missingExamples = new ArrayList<>();
        for (PartitionLedger ledger : partitions.values()) {
            BitSet missed = ledger.missing();
            raw += ledger.rawRecords();
            missing += missed.cardinality();
            doubled += ledger.doubled();
            missingExamples.addAll(ledger.missingPositions(missed, exampleLimit - missingExamples.size()));
        }
        List<Doubling> doublings = doubledExamples.entrySet().stream()
                .map(e -> new Doubling(e.getKey(), e.getValue())).toList();
        return new AuditReport(raw, raw - missing - doubled, missing, doubled, strays, expired, outputs,
                missingExamples, doublings, strayExamples);
    }
}
