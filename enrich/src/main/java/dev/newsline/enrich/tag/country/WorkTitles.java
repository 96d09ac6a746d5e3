package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A place's name right after a word for a film, a series, a band, a book or a record ({@code work-before} rows of
 * name-context-words.tsv: the HBO series Chernobyl, the band Chicago, le film Casablanca, die Band Kansas), or right
 * before one that only a work's title takes ({@code work-after}: the Fargo TV series, Casablanca filmi), is the
 * work's title, not the place; so is every other mention of that name the article does not place, with no "in" or
 * other locative before it and no region after it ("Fargo won three Emmys"). Cased scripts only, where the title's
 * capital shows the name; Russian quotes its titles, which {@link QuotedNames} reads.
 */
final class WorkTitles {

    /** Quotation marks that may open a title between the word and the name: the film “Casablanca”. */
    private static final String OPENING_QUOTES = "\"'\u201C\u2018\u00AB\u201E";

    /** {@code work-before} words by language, folded. */
    private final Map<String, Set<String>> before = CuratedNames.nameContextWords("work-before");
    /** {@code work-after} phrases by language, folded, their words joined by a space; at most {@value #MAX_AFTER_WORDS}. */
    private final Map<String, Set<String>> after = CuratedNames.nameContextWords("work-after");
    private static final int MAX_AFTER_WORDS = 2;
    /** The most words of a quoted title before the place in it: "La Española", "The Road to Mandalay". */
    private static final int MAX_QUOTED_WORDS_BEFORE = 3;
    private final MentionRoles roles;

    WorkTitles(MentionRoles roles) {
        this.roles = roles;
    }

    /** The matches among {@code places} that name a work: after a word for one, or its title again elsewhere. */
    Set<PhraseMatch> in(List<PhraseMatch> places, TaggingInput in) {
        Set<String> wordsBefore = before.getOrDefault(in.language(), Set.of());
        Set<String> phrasesAfter = after.getOrDefault(in.language(), Set.of());
        if (wordsBefore.isEmpty() && phrasesAfter.isEmpty()) {
            return Set.of();
        }
        Set<PhraseMatch> cued = new HashSet<>();
        Set<String> titles = new HashSet<>();
        Set<String> quotedTitles = new HashSet<>();
        for (PhraseMatch m : places) {
            if (writtenAsATitle(m, in) && (afterWorkWord(m, in, wordsBefore) || beforeWorkWords(m, in, phrasesAfter))) {
                cued.add(m);
                titles.add(m.entry().key());
            } else if (quotedAfterWorkWord(m, in, wordsBefore)) {
                cued.add(m);
                quotedTitles.add(QuotedNames.around(in.text(m.field()), m));
            }
        }
        if (cued.isEmpty()) {
            return Set.of();
        }
        Set<PhraseMatch> out = new HashSet<>(cued);
        for (PhraseMatch m : places) {
            if (titles.contains(m.entry().key()) && !roles.locative(m, in) && !regionAfter(m, places, in)) {
                out.add(m);
            }
            if (!quotedTitles.isEmpty() && quotedTitles.contains(QuotedNames.around(in.text(m.field()), m))) {
                out.add(m); // the title quoted again: the boat "La Española" the film is named after
            }
        }
        return out;
    }

    /**
     * The name stands in a quoted title that opens right after a word for a work, or after that word and an
     * adjective (la película mexicana "La Española", a demonym as a title; le film « Paris, Texas »): cased scripts,
     * where the adjective's lower case shows it is no part of the title.
     */
    private static boolean quotedAfterWorkWord(PhraseMatch m, TaggingInput in, Set<String> words) {
        String text = in.text(m.field());
        if (words.isEmpty() || !NameFilter.isCased(text, m.start(), m.end()) || QuotedNames.around(text, m) == null) {
            return false;
        }
        List<MatchToken> t = in.form(m.field()).tokens();
        for (int k = m.fromToken() - 1; k >= 0 && k >= m.fromToken() - MAX_QUOTED_WORDS_BEFORE - 1; k--) {
            int next = k + 1 == m.fromToken() ? m.start() : t.get(k + 1).start();
            if (QuotedNames.opensBetween(text, t.get(k).end(), next)) { // the quote opens right after token k
                return words.contains(t.get(k).text()) || (k >= 1 && !TextPositions.capitalized(text, t.get(k))
                        && words.contains(t.get(k - 1).text())
                        && TextPositions.adjacent(text, t.get(k - 1).end(), t.get(k).start()));
            }
        }
        return false;
    }

    /** A place's name written with its capital, in a cased script: a title may be one. */
    private static boolean writtenAsATitle(PhraseMatch m, TaggingInput in) {
        String text = in.text(m.field());
        return m.entry().kind() != NameKind.DEMONYM && NameFilter.isCased(text, m.start(), m.end())
                && Character.isUpperCase(text.charAt(m.start()));
    }

    /** A word for a work stands right before the name: "the band Chicago", le film «Casablanca». */
    private static boolean afterWorkWord(PhraseMatch m, TaggingInput in, Set<String> words) {
        int prev = m.fromToken() - 1;
        if (prev < 0 || words.isEmpty()) {
            return false;
        }
        List<MatchToken> t = in.form(m.field()).tokens();
        if (!words.contains(t.get(prev).text())) {
            return false;
        }
        // only spaces between, or spaces and the quotation mark that opens the title
        String text = in.text(m.field());
        for (int i = t.get(prev).end(); i < m.start(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && !(i == m.start() - 1 && OPENING_QUOTES.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Words that only a work's title takes follow the name: "the Fargo TV series". */
    private static boolean beforeWorkWords(PhraseMatch m, TaggingInput in, Set<String> phrases) {
        if (phrases.isEmpty()) {
            return false;
        }
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        String phrase = "";
        int end = m.end();
        for (int k = m.toToken() + 1; k < t.size() && k <= m.toToken() + MAX_AFTER_WORDS; k++) {
            if (!TextPositions.adjacent(text, end, t.get(k).start())) {
                return false;
            }
            phrase = phrase.isEmpty() ? t.get(k).text() : phrase + " " + t.get(k).text();
            if (phrases.contains(phrase)) {
                return true;
            }
            end = t.get(k).end();
        }
        return false;
    }

    /** A region's name follows after a comma: "Fargo, North Dakota" is the town. */
    private static boolean regionAfter(PhraseMatch m, List<PhraseMatch> places, TaggingInput in) {
        String text = in.text(m.field());
        return text.startsWith(", ", m.end()) && places.stream().anyMatch(r -> r.field().equals(m.field())
                && r.start() == m.end() + 2 && r.entry().kind() == NameKind.REGION);
    }
}
