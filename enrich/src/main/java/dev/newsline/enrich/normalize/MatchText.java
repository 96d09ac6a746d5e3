package dev.newsline.enrich.normalize;

import java.util.List;

/**
 * The match form of a string: folded words whose offsets index the original string, so a match found
 * here can be highlighted in the text a reader sees.
 *
 * @param folded the whole folded string (words separated by single spaces)
 * @param tokens the folded words, in order, with offsets into the original
 */
public record MatchText(String folded, List<MatchToken> tokens) {

    public MatchText {
        tokens = List.copyOf(tokens);
    }

    /** The folded words with no separators: "قره‌باغ", "قره باغ" and "قرهباغ" all give "قرهباغ". */
    public String joined() {
        StringBuilder sb = new StringBuilder(folded.length());
        for (MatchToken t : tokens) {
            sb.append(t.text());
        }
        return sb.toString();
    }
}
