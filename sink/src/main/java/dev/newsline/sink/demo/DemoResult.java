package dev.newsline.sink.demo;

import dev.newsline.ingest.source.FileOutcome;
import java.util.List;

/**
 * How a demo run ended.
 *
 * @param sent    the files sent to news.raw
 * @param outputs what the accounted topics held at the end
 * @param missing the sent files on none of them
 */
public record DemoResult(List<FileOutcome> sent, AccountedOutputs outputs, List<FileOutcome> missing) {

    /** True when every record sent is on exactly one accounted topic, and nothing else is. */
    public boolean allAccounted() {
        return !outputs.timedOut() && missing.isEmpty() && outputs.total() == sent.size();
    }
}
