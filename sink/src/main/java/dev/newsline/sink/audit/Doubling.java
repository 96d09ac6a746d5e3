package dev.newsline.sink.audit;

import java.util.List;

/** A raw record found on more than one output record: the output topic of each copy, in the order read. */
public record Doubling(RawPosition position, List<String> topics) {

    public Doubling {
        topics = List.copyOf(topics);
    }
}
