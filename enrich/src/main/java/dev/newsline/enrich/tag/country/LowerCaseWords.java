package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashSet;
import java.util.Set;

/**
 * The folded words an article writes in lower case somewhere (cased scripts only): a name written with a capital
 * only where a capital says nothing (a headline's or a sentence's first word) is the word the article writes so
 * elsewhere ("Mısır hasadında … mısır", maize, not Egypt; "Mobile home shipments … mobile homes").
 */
final class LowerCaseWords {

    private LowerCaseWords() {
    }

    static Set<String> of(TaggingInput in) {
        Set<String> words = new HashSet<>();
        collect(in.title(), in.titleForm(), words);
        collect(in.body(), in.bodyForm(), words);
        return words;
    }

    private static void collect(String text, MatchText form, Set<String> words) {
        for (MatchToken t : form.tokens()) {
            if (t.end() > t.start() && Character.isLowerCase(text.charAt(t.start()))) {
                words.add(t.text());
            }
        }
    }

    /**
     * Whether the cased match stands where a capital says nothing (the title, a sentence start) and a capitalized
     * word of it is among {@code lowerCase} (not "on" of Stoke-on-Trent).
     */
    static boolean wordWhereCaseSaysNothing(PhraseMatch m, TaggingInput in, Set<String> lowerCase) {
        String text = in.text(m.field());
        return NameFilter.isCased(text, m.start(), m.end())
                && (m.field().equals("title") || TextPositions.sentenceStart(text, m.start()))
                && writtenInLowerCase(m, in, lowerCase);
    }

    /** Whether a capitalized word of the match is among {@code lowerCase}. */
    static boolean writtenInLowerCase(PhraseMatch m, TaggingInput in, Set<String> lowerCase) {
        MatchText form = in.form(m.field());
        String text = in.text(m.field());
        for (int t = m.fromToken(); t <= m.toToken(); t++) {
            MatchToken token = form.tokens().get(t);
            if (TextPositions.capitalized(text, token) && lowerCase.contains(token.text())) {
                return true;
            }
        }
        return false;
    }
}
