package dev.newsline.enrich.tag.country;

import com.ibm.icu.util.ULocale;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds the {@link CountryGazetteer} from CLDR (names, exemplar cities) and the curated files, in order of trust. */
final class GazetteerLoader {

    private final MatchFormNormalizer normalizer = new MatchFormNormalizer();
    private final Map<String, Set<String>> commonWords = new HashMap<>();
    private final Map<String, GazetteerEntry> byKey = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<RawName> russian = new ArrayList<>();

    /** Loads with the CLDR locales in {@code locales} (all available when null or empty). */
    static CountryGazetteer load(List<String> locales) {
        return new GazetteerLoader().build(locales);
    }

    private CountryGazetteer build(List<String> locales) {
        long t0 = System.nanoTime();
        for (String[] row : stopRows()) {
            commonWords.computeIfAbsent(key(row[0]), k -> new HashSet<>()).addAll(List.of(row[1].split(",")));
        }
        List<String> codes = CldrNames.territoryCodes();
        List<ULocale> cldrLocales = CldrNames.locales(locales);
        Set<String> taken = addUnambiguous(CldrNames.names(cldrLocales, codes), Set.of());
        addUnambiguous(ExemplarCities.names(ExemplarCities.READ_LANGUAGES), taken);

        // Curated files are deliberate: later files override earlier ones and everything machine-loaded.
        addCurated(CuratedNames.names("short-forms.tsv", NameKind.SHORT_FORM));
        addCurated(CuratedNames.names("demonyms.tsv", NameKind.DEMONYM));
        addCurated(CuratedNames.names("cities.tsv", NameKind.CITY));
        addCurated(CuratedNames.names("regions.tsv", NameKind.REGION));
        addCurated(CuratedNames.names("institutions.tsv", NameKind.INSTITUTION));
        for (CuratedNames.AmbiguousRow row : CuratedNames.ambiguous()) {
            Map<String, List<String>> cues = new LinkedHashMap<>();
            row.cues().forEach((code, words) -> cues.put(code, words.stream().map(normalizer::fold).toList()));
            put(new RawName(null, row.language(), row.name(), NameKind.AMBIGUOUS, "ambiguous-names.tsv"),
                    new AmbiguousName(row.defaultCode(), cues));
        }
        for (RawName raw : CuratedNames.notPlaces()) {
            put(raw, null);
        }
        addRussianForms();

        NameTrie trie = new NameTrie();
        List<GazetteerEntry> entries = new ArrayList<>(byKey.values());
        for (int i = 0; i < entries.size(); i++) {
            trie.put(entries.get(i).key(), i);
        }
        for (int i = 0; i < entries.size(); i++) {
            String key = entries.get(i).key();
            // Arabic ال is also the start of a clitic prefix (وال، بال، لل): keep a copy without it for those.
            if (key.startsWith("ال") && key.length() >= 5) {
                trie.put(CountryGazetteer.ARTICLE_STRIPPED + key.substring(2), i);
            }
        }
        Map<String, String> english = new TreeMap<>();
        for (String code : codes) {
            english.put(code, CldrNames.englishName(code));
        }
        entries.forEach(e -> counts.merge("kind:" + e.kind(), 1, Integer::sum));
        counts.put("names", entries.size());
        counts.put("cldrLocales", cldrLocales.size());
        counts.put("trieNodes", trie.size());
        return new CountryGazetteer(trie, List.copyOf(entries), Map.copyOf(english), Map.copyOf(counts),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** Adds machine-loaded names that pass {@link NameFilter}; returns every key seen (kept or dropped). */
    private Set<String> addUnambiguous(List<RawName> names, Set<String> alreadyTaken) {
        Map<String, Set<String>> codesByKey = new HashMap<>();
        Map<String, RawName> firstByKey = new LinkedHashMap<>();
        for (RawName raw : names) {
            String key = key(raw.name());
            if (alreadyTaken.contains(key) || !NameFilter.specificEnough(raw.name(), key)) {
                continue;
            }
            codesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(raw.code());
            firstByKey.putIfAbsent(key, raw);
            if (raw.language().equals("ru")) {
                russian.add(raw);
            }
        }
        for (Map.Entry<String, RawName> e : firstByKey.entrySet()) {
            if (codesByKey.get(e.getKey()).size() == 1) {
                put(e.getValue(), null);
            } else {
                counts.merge("droppedSharedByCountries", 1, Integer::sum);
            }
        }
        Set<String> seen = new HashSet<>(alreadyTaken);
        seen.addAll(codesByKey.keySet());
        return seen;
    }

    private void addCurated(List<RawName> names) {
        for (RawName raw : names) {
            put(raw, null);
            if (raw.language().equals("ru")) {
                russian.add(raw);
            }
        }
    }

    private void addRussianForms() {
        for (RawName raw : russian) {
            String folded = normalizer.fold(raw.name());
            GazetteerEntry base = byKey.get(folded.replace(" ", ""));
            if (base == null || base.code() == null || !base.code().equals(raw.code())) {
                continue; // dropped as ambiguous, or overridden by a curated entry
            }
            // inflect before folding: folding turns й into и, which would hide the adjective endings
            for (String form : RussianForms.of(raw.name().toLowerCase(java.util.Locale.ROOT))) {
                String key = key(form);
                if (!byKey.containsKey(key)) {
                    byKey.put(key, new GazetteerEntry(key, base.code(), base.kind(), base.source() + ":ru-case",
                            null, base.commonWordIn(), base.casing()));
                }
            }
        }
    }

    private void put(RawName raw, AmbiguousName ambiguity) {
        String key = key(raw.name());
        if (key.isEmpty()) {
            return;
        }
        Set<String> common = commonWords.getOrDefault(key, Set.of());
        byKey.put(key, new GazetteerEntry(key, raw.code(), raw.kind(), raw.source(), ambiguity, common,
                Casing.of(raw.name())));
    }

    private String key(String name) {
        return normalizer.fold(name).replace(" ", "");
    }

    private static List<String[]> stopRows() {
        return CuratedNames.stopNames();
    }
}
