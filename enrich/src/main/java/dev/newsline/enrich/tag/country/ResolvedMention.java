package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import java.util.List;
import java.util.Set;

/**
 * A match whose country is decided; {@code dateline} when it is the place the story is filed from, {@code club} when
 * the name is a sports club's town (Real Madrid): evidence of the club's country, not of the town.
 */
record ResolvedMention(PhraseMatch match, String code, boolean dateline, boolean club) {

    ResolvedMention(PhraseMatch match, String code, boolean dateline) {
        this(match, code, dateline, false);
    }

    ResolvedMention(PhraseMatch match, String code) {
        this(match, code, false, false);
    }

    /**
     * A mention of {@code code} that words without a place's name imply (an agency's "our country", its own office),
     * over tokens {@code from} to {@code to} of {@code field}, with {@code source} saying which reading made it.
     */
    static ResolvedMention implied(String field, int from, int to, List<MatchToken> tokens, String code,
                                   String source) {
        List<String> words = tokens.subList(from, to + 1).stream().map(MatchToken::text).toList();
        GazetteerEntry entry = new GazetteerEntry(String.join("", words), String.join(" ", words), code,
                NameKind.INSTITUTION, source, null, Set.of(), Casing.ANY, Set.of(), List.of());
        return new ResolvedMention(new PhraseMatch(field, from, to, tokens.get(from).start(), tokens.get(to).end(), 0,
                entry), code, false);
    }
}
