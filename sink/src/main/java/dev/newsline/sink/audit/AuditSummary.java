package dev.newsline.sink.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** An audit report as a person reads it: the counts, the first few positions of each fault, the verdict. */
public final class AuditSummary {

    private AuditSummary() {
    }

    /** The summary, one line per item; the last line is the verdict. */
    public static List<String> lines(AuditReport r) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("raw records: %d committed on news.raw", r.rawRecords()));
        lines.add(String.format("fine:        %d (on exactly one output record)", r.fine()));
        lines.add(String.format("missing:     %d (on no output topic)%s", r.missing(), examples(r.missingExamples()
                .stream().map(RawPosition::toString).toList(), r.missing())));
        lines.add(String.format("doubled:     %d (on more than one output record)%s", r.doubled(), examples(
                r.doubledExamples().stream().map(d -> d.position() + " on " + String.join(" + ", d.topics())).toList(),
                r.doubled())));
        lines.add(String.format("strays:      %d (output records whose origin is no committed news.raw record)%s",
                r.strays(), examples(r.strayExamples().stream().map(s -> s.where() + " names " + s.origin()).toList(),
                        r.strays())));
        if (r.expired() > 0) {
            lines.add(String.format("expired:     %d (output records whose raw record news.raw's retention removed)",
                    r.expired()));
        }
        lines.add("outputs:     " + r.outputs().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        lines.add(r.conserved() ? "conservation holds"
                : String.format("conservation BROKEN: %d missing, %d doubled, %d strays", r.missing(), r.doubled(),
                        r.strays()));
        return lines;
    }

    private static String examples(List<String> shown, long total) {
        if (shown.isEmpty()) {
            return "";
        }
        return ": " + String.join(", ", shown) + (total > shown.size() ? ", …" : "");
    }
}
