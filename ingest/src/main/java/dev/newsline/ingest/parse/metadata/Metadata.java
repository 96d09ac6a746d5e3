package dev.newsline.ingest.parse.metadata;

import java.time.LocalDate;
import java.util.List;

/** Fields read from metadata lines, and the article's lines without them. */
public record Metadata(LocalDate publishedAt, List<String> sources, List<String> keywords, List<String> remaining) {

    public Metadata {
        sources = List.copyOf(sources);
        keywords = List.copyOf(keywords);
        remaining = List.copyOf(remaining);
    }
}
