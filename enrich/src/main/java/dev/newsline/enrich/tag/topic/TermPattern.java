package dev.newsline.enrich.tag.topic;

import java.util.List;

/** A compiled rule term: consecutive match-form words, each matched whole, by its start or by its end. */
public record TermPattern(List<Word> words) {

    /** How one word of a term meets a word of the text. */
    public enum Kind { EXACT, PREFIX, SUFFIX }

    /** One folded word of a term. */
    public record Word(String text, Kind kind) {
    }

    public TermPattern {
        words = List.copyOf(words);
    }
}
