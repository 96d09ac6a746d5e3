package dev.newsline.sink.demo;

import dev.newsline.ingest.source.ArticleOutcome;
import java.util.List;

/**
 * How a demo run ended.
 *
 * @param sent    the articles sent to news.raw
 * @param outputs what the accounted topics held at the end
 * @param missing the sent articles on none of them
 */
public record DemoResult(List<ArticleOutcome> sent, AccountedOutputs outputs, List<ArticleOutcome> missing) {

    /** True when every record sent is on exactly one accounted topic, and nothing else is. */
    public boolean allAccounted() {
        return !outputs.timedOut() && missing.isEmpty() && outputs.total() == sent.size();
    }
}
