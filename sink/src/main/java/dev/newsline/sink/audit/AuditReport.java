package dev.newsline.sink.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an audit found. Every committed raw record is exactly one of fine (on one output record), missing (on
 * none) or doubled (on more than one, same or different topic), so {@code fine + missing + doubled ==
 * rawRecords}.
 *
 * @param rawRecords      committed records read from news.raw
 * @param strays          output records whose origin is no committed raw record (or that have no origin)
 * @param expired         output records whose raw record is before news.raw's log start (removed by retention):
 *                        reported, not a fault
 * @param outputs         output records read, per output topic
 * @param missingExamples the first missing positions, in partition and offset order
 * @param doubledExamples the first doubled positions found, with the topic of each copy
 * @param strayExamples   the first strays found
 */
public record AuditReport(long rawRecords, long fine, long missing, long doubled, long strays, long expired,
                          Map<String, Long> outputs, List<RawPosition> missingExamples,
                          List<Doubling> doubledExamples, List<Stray> strayExamples) {

    public AuditReport {
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        missingExamples = List.copyOf(missingExamples);
        doubledExamples = List.copyOf(doubledExamples);
        strayExamples = List.copyOf(strayExamples);
    }

    /** True when no raw record is missing or doubled and no output record is a stray. */
    public boolean conserved() {
        return missing == 0 && doubled == 0 && strays == 0;
    }
}
