package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashSet;
import java.util.List;
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

    private final Set<String> words = new HashSet<>();
    /** {@code work-after} phrases as "language:word word", at most {@value #MAX_AFTER_WORDS} words. */
    private final Set<String> after = new HashSet<>();
    private static final int MAX_AFTER_WORDS = 2;
    private final MentionRoles roles;

    WorkTitles(MentionRoles roles) {
        this.roles = roles;
        MatchFormNormalizer n = new MatchFormNormalizer();
        for (String[] row : CuratedNames.nameContextWords()) {
            if (row[0].equals("work-before")) {
                words.add(row[1] + ":" + n.fold(row[2]));
            } else if (row[0].equals("work-after")) {
                after.add(row[1] + ":" + n.fold(row[2]));
            }
        }
    }

    /** The matches among {@code places} that name a work: after a word for one, or its title again elsewhere. */
    Set<PhraseMatch> in(List<PhraseMatch> places, TaggingInput in) {
        Set<String> titles = new HashSet<>();
        for (PhraseMatch m : places) {
            if (afterWorkWord(m, in) || beforeWorkWords(m, in)) {
                titles.add(m.entry().key());
            }
        }
        Set<PhraseMatch> out = new HashSet<>();
        if (titles.isEmpty()) {
            return out;
        }
        for (PhraseMatch m : places) {
            if (titles.contains(m.entry().key()) && (afterWorkWord(m, in) || beforeWorkWords(m, in)
                    || (!roles.locative(m, in) && !regionAfter(m, places, in)))) {
                out.add(m);
            }
        }
        return out;
    }

    private boolean afterWorkWord(PhraseMatch m, TaggingInput in) {
        String text = in.text(m.field());
        int prev = m.fromToken() - 1;
        if (prev < 0 || m.entry().kind() == NameKind.DEMONYM || !NameFilter.isCased(text, m.start(), m.end())
                || !Character.isUpperCase(text.charAt(m.start()))) {
            return false;
        }
        List<MatchToken> t = in.form(m.field()).tokens();
        if (!words.contains(in.language() + ":" + t.get(prev).text())) {
            return false;
        }
        // only spaces between, or spaces and the quotation mark that opens the title
        for (int i = t.get(prev).end(); i < m.start(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && !(i == m.start() - 1 && OPENING_QUOTES.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Words that only a work's title takes follow the capitalized name: "the Fargo TV series". */
    private boolean beforeWorkWords(PhraseMatch m, TaggingInput in) {
        String text = in.text(m.field());
        if (after.isEmpty() || m.entry().kind() == NameKind.DEMONYM || !NameFilter.isCased(text, m.start(), m.end())
                || !Character.isUpperCase(text.charAt(m.start()))) {
            return false;
        }
        List<MatchToken> t = in.form(m.field()).tokens();
        StringBuilder phrase = new StringBuilder(in.language()).append(':');
        int end = m.end();
        for (int k = m.toToken() + 1; k < t.size() && k <= m.toToken() + MAX_AFTER_WORDS; k++) {
            if (!TextPositions.adjacent(text, end, t.get(k).start())) {
                return false;
            }
            phrase.append(k > m.toToken() + 1 ? " " : "").append(t.get(k).text());
            if (after.contains(phrase.toString())) {
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
