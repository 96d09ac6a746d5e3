package dev.newsline.sink.api;

import dev.newsline.sink.latest.ArticleSummary;
import dev.newsline.sink.latest.Copies;

/** One article of a list with its copies, as instances send it to each other. */
record Listed(ArticleSummary summary, Copies duplicates) {

    /** As the public API writes it: the summary's fields and {@code duplicates}. */
    ListedView view() {
        return new ListedView(summary, duplicates);
    }
}
