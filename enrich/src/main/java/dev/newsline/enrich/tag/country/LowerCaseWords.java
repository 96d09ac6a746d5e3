package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashSet;
import java.util.Set;

/**
 * The folded words one article writes in lower case somewhere (cased scripts only), read at most once per article
 * however many rules ask: a name written with a capital only where a capital says nothing (a headline's or a
 * sentence's first word, a headline in capitals) is the word the article writes so elsewhere ("Mısır hasadında …
 * mısır", maize, not Egypt; "Mobile home shipments … mobile homes").
 */
final class LowerCaseWords {

    private final TaggingInput in;
    private Set<String> words;

    LowerCaseWords(TaggingInput in) {
        this.in = in;
    }

    /**
     * Whether the cased match stands where a capital says nothing (the title, a sentence start) and a capitalized
     * word of it is written in lower case elsewhere (not "on" of Stoke-on-Trent).
     */
    boolean wordWhereCaseSaysNothing(PhraseMatch m) {
        String text = in.text(m.field());
        return NameFilter.isCased(text, m.start(), m.end())
                && (m.field().equals("title") || TextPositions.sentenceStart(text, m.start()))
                && !TextPositions.turkishProperNoun(in.language(), text, m)
                && writtenInLowerCase(m);
    }

    /** Whether the article writes the folded word {@code word} in lower case somewhere. */
    boolean contains(String word) {
        return words().contains(word);
    }

    /** Whether a capitalized word of the match is written in lower case somewhere in the article. */
    boolean writtenInLowerCase(PhraseMatch m) {
        return capitalizedWordsInLowerCase(m)[1] > 0;
    }

    /**
     * Whether every capitalized word of the match is written in lower case somewhere: a name of several words keeps
     * its capitals for its own word ("Cebu City … the city government", "Port Harcourt … the port").
     */
    boolean everyWordInLowerCase(PhraseMatch m) {
        int[] counts = capitalizedWordsInLowerCase(m);
        return counts[1] > 0 && counts[1] == counts[0];
    }

    /** The match's capitalized words, and how many of them the article also writes in lower case. */
    private int[] capitalizedWordsInLowerCase(PhraseMatch m) {
        MatchText form = in.form(m.field());
        String text = in.text(m.field());
        int[] counts = new int[2];
        for (int t = m.fromToken(); t <= m.toToken(); t++) {
            MatchToken token = form.tokens().get(t);
            if (TextPositions.capitalized(text, token)) {
                counts[0]++;
                counts[1] += words().contains(token.text()) ? 1 : 0;
            }
        }
        return counts;
    }

    private Set<String> words() {
        if (words == null) {
            words = new HashSet<>();
            collect(in.title(), in.titleForm());
            collect(in.body(), in.bodyForm());
        }
        return words;
    }

    private void collect(String text, MatchText form) {
        for (MatchToken t : form.tokens()) {
            if (t.end() > t.start() && Character.isLowerCase(text.charAt(t.start()))) {
                words.add(t.text());
            }
        }
    }
}
