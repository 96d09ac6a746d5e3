package dev.newsline.sink.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.newsline.sink.latest.ArticleSummary;
import dev.newsline.sink.latest.Copies;

/** An article of {@code /api/articles} and of the stream: its summary's fields, flat, then its copies. */
record ListedView(@JsonUnwrapped ArticleSummary summary, Copies duplicates) {
}
