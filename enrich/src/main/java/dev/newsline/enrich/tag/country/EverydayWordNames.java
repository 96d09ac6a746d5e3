package dev.newsline.enrich.tag.country;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Names of the world gazetteer's towns that are everyday words of a language we read ({@code
 * everyday-word-names.tsv}: Russian Игра "game" and Глаза "eyes", English Golden and University, Spanish Manos "hands",
 * German Landen "to land"). In that language such a name's capital letter shows a name only where a word would not
 * have one anyway: not at a sentence's start, not in a headline in title case, and not inside a longer capitalized
 * name (Golden State, Columbia University, Hang Seng). {@link LowerCaseWords} knows the same of the words one article
 * writes in lower case; this list knows it of the language.
 */
final class EverydayWordNames {

    static final String FILE = "everyday-word-names.tsv";

    /** Language → folded keys. */
    private static final Map<String, Set<String>> KEYS = load();

    private EverydayWordNames() {
    }

    /**
     * Whether {@code e} is a name only GeoNames gives and an everyday word in {@code language}, and either another
     * language's spelling (an alternate name: Глаз for Glazov) or a town of fewer than {@value
     * PlaceResolver#STANDALONE_POPULATION} people: a big town's own name is the press's far more often than the word
     * is capitalized (Wellington, Cork).
     */
    static boolean word(GazetteerEntry e, String language) {
        return anySize(e, language) && (e.alternateNameOnly()
                        || e.places().stream().allMatch(p -> p.population() < PlaceResolver.STANDALONE_POPULATION));
    }

    /** Whether {@code e} is a name only GeoNames gives and an everyday word in {@code language}, whatever its size. */
    static boolean anySize(GazetteerEntry e, String language) {
        return e.fromGeoNames() && language != null && KEYS.getOrDefault(language, Set.of()).contains(e.key());
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> keys = new HashMap<>();
        for (String[] row : CuratedNames.everydayWordNameRows()) {
            keys.computeIfAbsent(row[0].strip(), l -> new HashSet<>()).add(Folding.key(row[1].strip()));
        }
        keys.replaceAll((language, set) -> Set.copyOf(set));
        return Map.copyOf(keys);
    }
}
