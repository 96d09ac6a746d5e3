package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nationalities' adjectives that name the language a text is in, spoken, learnt or taught ({@code language-cue} and
 * {@code language-end} rows of {@code name-context-words.tsv}): "translated into French", "traduit en allemand".
 */
final class SpokenLanguages {

    /** Words before which a nationality's adjective is the language spoken, by language (into, parle, auf). */
    private final Map<String, Set<String>> cues = CuratedNames.nameContextWords("language-cue");
    /** Words that may follow a language's name, by language: what ends the phrase, not a noun (by, from, в). */
    private final Map<String, Set<String>> ends = CuratedNames.nameContextWords("language-end");
    /** The languages that write their languages' names in lower case, the people's with a capital (le français). */
    private static final Set<String> LOWER_CASE_LANGUAGE_NAMES = Set.of("fr", "ru");
    /** Marks that close a clause or a phrase after a language's name ("into French, the", "на английский."). */
    private static final String CLAUSE_ENDS = ",.;:!?)\u2014\u2013";

    /**
     * Whether {@code m}, a nationality's adjective in a cased script, is the language a text is in, spoken, learnt or
     * taught: after a cue ("translated into French", "speaks fluent German", "traduit en allemand", "auf Englisch",
     * "ins Französische", "на английский"), or after a list's earlier item that follows one ("into
     * French and German"). English, German and Russian write the adjective before nouns too, so there the list's last
     * item must end the phrase: a punctuation mark, a `language-end` word or, in German, a word in lower case ("in
     * French, the word means", but "in Chinese and Indian stocks" stays China's). French and Russian write
     * the language in lower case, their people with a capital (le Français, the man).
     */
    boolean spokenLanguage(PhraseMatch m, TaggingInput in) {
        String language = in.language();
        Set<String> cueWords = cues.getOrDefault(language, Set.of());
        if (m.entry().kind() != NameKind.DEMONYM || cueWords.isEmpty()) {
            return false;
        }
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        boolean capitalized = TextPositions.capitalized(text, t.get(m.fromToken()));
        if (LOWER_CASE_LANGUAGE_NAMES.contains(language) == capitalized) {
            return false;
        }
        if (!"fr".equals(language) && !endsThePhrase(t, ListItems.last(t, m.toToken(), text), text, language)) {
            return false;
        }
        int item = m.fromToken();
        for (int items = 0; items < ListItems.MAX_ITEMS && item >= 1; items++) {
            if (cueWords.contains(t.get(item - 1).text())) {
                return true;
            }
            item = ListItems.previous(t, item, text);
        }
        return false;
    }

    /**
     * Whether nothing a noun could be follows token {@code i}: the text's end, a mark that closes a clause or an end
     * word. An opening quote does not: "с саудовским «Аль-Хилялем»" is a Saudi club.
     */
    private boolean endsThePhrase(List<MatchToken> t, int i, String text, String language) {
        int after = t.get(i).end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after >= text.length() || CLAUSE_ENDS.indexOf(text.charAt(after)) >= 0) {
            return true;
        }
        if (i + 1 >= t.size()) {
            return false;
        }
        MatchToken next = t.get(i + 1);
        if (!TextPositions.adjacent(text, t.get(i).end(), next.start())) {
            return false;
        }
        return "de".equals(language) ? !TextPositions.capitalized(text, next)
                : ends.getOrDefault(language, Set.of()).contains(next.text());
    }
}
