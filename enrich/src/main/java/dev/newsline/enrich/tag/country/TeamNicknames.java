package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A town's name written right after another town's name, in a cased script, is the second word of a team's name
 * (Wellington Phoenix, a New Zealand club, not Phoenix, Arizona); where the article also writes it alone ("the
 * Phoenix captain"), it is the team's nickname throughout, not the town. Names that are not written alone are left
 * alone: two towns side by side may be a route or a list.
 */
final class TeamNicknames {

    private TeamNicknames() {
    }

    /** The matches of {@code places} that are a team's nickname here. */
    static Set<PhraseMatch> in(List<PhraseMatch> places, TaggingInput in) {
        Map<String, PhraseMatch> byEnd = new HashMap<>();
        for (PhraseMatch m : places) {
            byEnd.put(m.field() + ":" + m.end(), m);
        }
        Set<String> secondWords = new HashSet<>();
        for (PhraseMatch m : places) {
            if (afterAPlace(m, byEnd, in)) {
                secondWords.add(m.entry().key());
            }
        }
        if (secondWords.isEmpty()) {
            return Set.of();
        }
        Set<String> usedAlone = new HashSet<>();
        for (PhraseMatch m : places) {
            if (secondWords.contains(m.entry().key()) && written(m, in) && !afterAPlace(m, byEnd, in)) {
                usedAlone.add(m.entry().key());
            }
        }
        Set<PhraseMatch> out = new HashSet<>();
        for (PhraseMatch m : places) {
            if (usedAlone.contains(m.entry().key()) && written(m, in)) {
                out.add(m);
            }
        }
        return out;
    }

    /** A one-word town's name, capitalized, a single space after another such town's bare name. */
    private static boolean afterAPlace(PhraseMatch m, Map<String, PhraseMatch> byEnd, TaggingInput in) {
        if (!written(m, in) || m.start() < 2) {
            return false;
        }
        String text = in.text(m.field());
        PhraseMatch before = text.charAt(m.start() - 1) == ' ' ? byEnd.get(m.field() + ":" + (m.start() - 1)) : null;
        // the team's town bare and big enough to stand alone, as a team's name writes it: not a province's genitive
        // before its district (Kocaeli'nin Gebze ilçesi), a compass word before a town (North Jakarta) or a word the
        // world's gazetteer alone knows as a village (Borsa İstanbul)
        return before != null && written(before, in)
                && in.form(m.field()).tokens().get(before.toToken()).text().equals(before.entry().key())
                && (!before.entry().fromGeoNames() || before.entry().places().stream()
                        .anyMatch(p -> p.population() >= PlaceResolver.STANDALONE_POPULATION));
    }

    /** A one-word town's bare name written with a capital, outside a headline that capitalizes every word. */
    private static boolean written(PhraseMatch m, TaggingInput in) {
        String text = in.text(m.field());
        return m.entry().kind() == NameKind.CITY && m.fromToken() == m.toToken() && m.skip() == 0
                && NameFilter.isCased(text, m.start(), m.end())
                && TextPositions.nameLike(text, in.form(m.field()).tokens().get(m.fromToken()))
                && !(m.field().equals("title") && TextPositions.isTitleCase(in.title()));
    }
}
