package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A town the gazetteer does not know, placed in English by the state or province after its comma ("Whirlpool Corp of
 * Benton Harbor, Mich., said", "a plant near Smalltown, Ga."): the state is the evidence, as it is in a dateline. Only
 * after a word that places a town ({@value #PREPOSITION_LIST}), with one to {@value #MAX_TOWN_WORDS} capitalized words
 * between, and where the state's segment ends the phrase (a comma, a full stop, a bracket): "Sen. Bernie Sanders,
 * I-Vt." and "the Smith, Ind., report" are no town. A known town or a state spelled out is a mention already.
 */
final class TownsPlacedByTheirState {

    static final String SOURCE = "town-by-state";
    private static final String PREPOSITION_LIST = "of, in, at, near, from, outside";
    private static final Set<String> PREPOSITIONS = Set.of(PREPOSITION_LIST.split(", "));
    private static final int MAX_TOWN_WORDS = 3;

    private final RegionAfterComma regions;

    TownsPlacedByTheirState(RegionAfterComma regions) {
        this.regions = regions;
    }

    /** {@code mentions} with the states that place unknown towns in an English article, if there are any. */
    List<ResolvedMention> add(List<ResolvedMention> mentions, List<PhraseMatch> matches, TaggingInput in) {
        if (!"en".equals(in.language())) {
            return mentions;
        }
        List<ResolvedMention> out = null;
        for (String field : List.of("title", "body")) {
            String text = in.text(field);
            List<MatchToken> t = in.form(field).tokens();
            for (int k = 0; k + 1 < t.size(); k++) {
                if (!PREPOSITIONS.contains(t.get(k).text())) {
                    continue;
                }
                int last = lastTownWord(text, t, k + 1);
                if (last < 0) {
                    continue;
                }
                RegionAfterComma.Region r = regions.after(text, t.get(last).end());
                if (r == null || r.place().admin1() == null || !RegionAfterComma.closesAt(text, r.end())
                        || known(matches, field, t.get(last).end(), r)) {
                    continue;
                }
                out = out == null ? new ArrayList<>(mentions) : out;
                out.add(stateMention(field, r, t));
            }
        }
        return out == null ? mentions : out;
    }

    /** The last of one to {@value #MAX_TOWN_WORDS} capitalized words from {@code first}, the one a comma follows; or -1. */
    private static int lastTownWord(String text, List<MatchToken> t, int first) {
        for (int w = first; w < t.size() && w < first + MAX_TOWN_WORDS; w++) {
            MatchToken word = t.get(w);
            if (!TextPositions.capitalized(text, word) || (w > first && !TextPositions.adjacent(text, t.get(w - 1).end(),
                    word.start()))) {
                return -1;
            }
            if (word.end() < text.length() && text.charAt(word.end()) == ',') {
                return w;
            }
        }
        return -1;
    }

    /**
     * Whether the article's matches know the town (one ends where the town does) or the state (one overlaps it); a
     * shorter town inside the name ("Benton" of "Benton Harbor, Mich.") is not the town.
     */
    private static boolean known(List<PhraseMatch> matches, String field, int townEnd, RegionAfterComma.Region r) {
        return matches.stream().anyMatch(m -> m.field().equals(field)
                && (m.end() == townEnd || (m.start() < r.end() && m.end() > r.start())));
    }

    private static ResolvedMention stateMention(String field, RegionAfterComma.Region r, List<MatchToken> t) {
        String code = r.place().code();
        GazetteerEntry entry = new GazetteerEntry("", "", code, NameKind.REGION, SOURCE, null, Set.of(), Casing.ANY,
                Set.of(), List.of(r.place()));
        return new ResolvedMention(PhraseMatch.spanning(field, t, r.start(), r.end(), entry), code, false);
    }
}
