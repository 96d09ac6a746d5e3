package dev.newsline.enrich.tag.country;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded gazetteer: a trie of folded names whose values index {@link #entries()}, the English name of each
 * country, and figures for reports. Immutable.
 *
 * @param trie         names without spaces; Arabic names that begin with the article ال are also stored without it
 *                     behind {@link #ARTICLE_STRIPPED}, for text whose clitic prefix already held ال (والهند، للسعودية)
 * @param entries      trie values point here
 * @param englishNames code → English name (ICU, {@code ULocale.ENGLISH})
 * @param subdivisions the regions a city may be followed by ("PORTLAND, Ore.")
 * @param counts       entries per kind and per source family, for reports
 * @param loadMillis   how long loading took
 * @param taMarbutaKeys keys of names Arabic writes only with a final ة (بريدة, جدة), which the key folds to ه
 * @param capitals     key → the one national capital GeoNames gives that name (Santiago, Kingston, San José), for a
 *                     dateline that writes the city bare; empty without the GeoNames extract
 * @param capitalWords key → how many words the capitals of that key write their own names in (Georgetown 1, San José
 *                     2): a dateline that splits or joins the name otherwise is another town (GEORGE TOWN, Penang)
 * @param readingsIn   language → entry index → what the name is in that language when it differs from the entry: a
 *                     French adjective spelled like another language's name of the same country (syrien beside German
 *                     Syrien, italien beside Italien) is the adjective, lower-case, in French articles only
 */
record CountryGazetteer(NameTrie trie, List<GazetteerEntry> entries, Map<String, String> englishNames,
                        Subdivisions subdivisions, Map<String, Integer> counts, long loadMillis,
                        Set<String> taMarbutaKeys, Map<String, Place> capitals, Map<String, Set<Integer>> capitalWords,
                        Map<String, Map<Integer, GazetteerEntry>> readingsIn) {

    /** Marks the key space of Arabic names with their leading ال removed. */
    static final char ARTICLE_STRIPPED = '\u0001';

    /** The entry for a whole name as written (folded here), or null. */
    GazetteerEntry lookup(String foldedKey) {
        return lookup(foldedKey, null);
    }

    /** The entry for a whole name as written (folded here) as an article in {@code language} reads it, or null. */
    GazetteerEntry lookup(String foldedKey, String language) {
        int node = trie.root();
        for (int i = 0; i < foldedKey.length() && node != NameTrie.NONE; i++) {
            node = trie.child(node, foldedKey.charAt(i));
        }
        return node == NameTrie.NONE || trie.value(node) == NameTrie.NONE ? null : entry(trie.value(node), language);
    }

    /** The entry trie value {@code index} points to, as an article in {@code language} reads it. */
    GazetteerEntry entry(int index, String language) {
        Map<Integer, GazetteerEntry> own = language == null ? null : readingsIn.get(language);
        GazetteerEntry reading = own == null ? null : own.get(index);
        return reading != null ? reading : entries.get(index);
    }

    /** The national capital a dateline's bare {@code name} means, written with as many words as the capital's own. */
    Place capitalWrittenAs(String key, String name) {
        Place capital = capitals.get(key);
        return capital != null && capitalWords.getOrDefault(key, Set.of()).contains(words(name)) ? capital : null;
    }

    /** How many words {@code name} is written in. */
    static int words(String name) {
        return name.strip().split("\\s+").length;
    }

    /** Number of distinct names (keys) the trie holds. */
    int size() {
        return entries.size();
    }
}
