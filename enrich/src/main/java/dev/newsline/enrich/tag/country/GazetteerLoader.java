package dev.newsline.enrich.tag.country;

import com.ibm.icu.util.ULocale;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Builds the {@link CountryGazetteer} from CLDR (names, exemplar cities) and the curated files, in order of trust. */
final class GazetteerLoader {

    /** The size from which a Russian town's adjective counts lower-case, as Russian writes it. */
    static final int BIG_TOWN = 500_000;

    private final MatchFormNormalizer normalizer = new MatchFormNormalizer();
    private final Map<String, Set<String>> commonWords = new HashMap<>();
    private final Map<String, GazetteerEntry> byKey = new LinkedHashMap<>();
    /**
     * Language → key → how that language reads the key: a curated adjective spelled like another language's name of
     * its country (French syrien, German Syrien), or a name it writes in lower case where another capitalizes it.
     */
    private final Map<String, Map<String, GazetteerEntry>> adjectivesIn = new HashMap<>();
    /** Language → key → a combining form of that language whose key has another meaning elsewhere (franco, libano). */
    private final Map<String, Map<String, GazetteerEntry>> combiningIn = new HashMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    /** Per key that folds to a final ه: whether every Arabic spelling of it ends in ة (بريدة, جدة) rather than ه. */
    private final Map<String, Boolean> taMarbuta = new HashMap<>();
    private final List<RawName> russian = new ArrayList<>();
    private final Map<String, GazetteerEntry> cyrillicCities = new LinkedHashMap<>();
    private final Map<String, GazetteerEntry> germanTowns = new LinkedHashMap<>();
    /** GeoNames' national capitals per key of their own names. */
    private final Map<String, Set<Place>> capitalsByKey = new HashMap<>();
    /** How many words each capital writes its own names in. */
    private final Map<Place, Set<Integer>> capitalWords = new HashMap<>();

    /** Loads with the CLDR locales in {@code locales} (all available when null or empty), without GeoNames. */
    static CountryGazetteer load(List<String> locales) {
        return load(locales, Optional.empty());
    }

    /** Loads with the CLDR locales in {@code locales} and, when given, the GeoNames extract in {@code geoNames}. */
    static CountryGazetteer load(List<String> locales, Optional<Path> geoNames) {
        return new GazetteerLoader().build(locales, geoNames);
    }

    /**
     * A gazetteer of {@code home-institutions.tsv} alone: matched apart from the places, and only for a story that
     * names no country, so that "the ministry" never competes with a place name for its words.
     */
    static CountryGazetteer homeInstitutions() {
        GazetteerLoader loader = new GazetteerLoader();
        for (RawName raw : CuratedNames.homeInstitutions()) {
            loader.put(raw, null);
        }
        List<GazetteerEntry> entries = new ArrayList<>(loader.byKey.values());
        return new CountryGazetteer(trie(entries), List.copyOf(entries), Map.of(), new Subdivisions(), Map.of(), 0,
                Set.of(), Map.of(), Map.of(), Map.of());
    }

    private CountryGazetteer build(List<String> locales, Optional<Path> geoNames) {
        long t0 = System.nanoTime();
        for (String[] row : CuratedNames.stopNames()) {
            commonWords.computeIfAbsent(Folding.key(row[0]), k -> new HashSet<>())
                    .addAll(List.of(row[1].split(",")));
        }
        List<String> codes = CldrNames.territoryCodes();
        List<ULocale> cldrLocales = CldrNames.locales(locales);
        Set<String> taken = addUnambiguous(CldrNames.names(cldrLocales, codes), Set.of());
        addUnambiguous(ExemplarCities.names(ExemplarCities.READ_LANGUAGES), taken);

        // Curated files are deliberate: later files override earlier ones and everything machine-loaded.
        addCurated(CuratedNames.names("short-forms.tsv", NameKind.SHORT_FORM));
        List<RawName> demonyms = CuratedNames.names("demonyms.tsv", NameKind.DEMONYM);
        addCurated(demonyms);
        addArabicAdjectiveForms(demonyms);
        addCurated(CuratedNames.arabPersianPlaces());
        addCurated(CuratedNames.names("cities.tsv", NameKind.CITY));
        addCurated(CuratedNames.names(GazetteerEntry.LOCAL_SEATS, NameKind.CITY));
        addCurated(CuratedNames.names("regions.tsv", NameKind.REGION));
        addCurated(CuratedNames.names(CuratedNames.WORLD_SUBDIVISIONS, NameKind.REGION));
        addCurated(CuratedNames.companies(NameKind.INSTITUTION));
        addCurated(CuratedNames.namedAfterRulers(NameKind.INSTITUTION));
        addCurated(CuratedNames.names(CuratedNames.INSTITUTIONS, NameKind.INSTITUTION));
        addCurated(CuratedNames.names(GazetteerEntry.CLUBS, NameKind.INSTITUTION));
        addCurated(Subdivisions.curatedNames());
        addDepartements();
        addCombiningForms(CuratedNames.names(CombiningForms.FILE, NameKind.DEMONYM));
        // Rows for one string in several languages (Congo in en and fr) pool their cues; the name then counts in
        // every language, since Georgia or Congo is just as ambiguous in Spanish or Italian. A later row's languages
        // keep their own default where it differs (Santa Fe: New Mexico's in English, Argentina's in Spanish).
        Map<String, RawName> ambiguousNames = new LinkedHashMap<>();
        Map<String, AmbiguousName> ambiguities = new HashMap<>();
        for (CuratedNames.AmbiguousRow row : CuratedNames.ambiguous()) {
            String key = Folding.key(row.name());
            Map<String, List<String>> cues = new LinkedHashMap<>();
            Map<String, List<String>> spellings = new LinkedHashMap<>();
            AmbiguousName before = ambiguities.get(key);
            if (before != null) {
                before.cues().forEach((code, words) -> cues.put(code, new ArrayList<>(words)));
                before.spellings().forEach((code, words) -> spellings.put(code, new ArrayList<>(words)));
            }
            row.cues().forEach((code, words) -> {
                for (String word : words) {
                    if (word.startsWith(AmbiguousName.SPELLING)) { // kept as written: its marks are the point
                        spellings.computeIfAbsent(code, c -> new ArrayList<>()).add(word.substring(1));
                    } else {
                        cues.computeIfAbsent(code, c -> new ArrayList<>()).add(normalizer.fold(word));
                    }
                }
            });
            String def = before != null ? before.defaultCode() : row.defaultCode();
            Map<String, String> languageDefaults = new HashMap<>(before != null ? before.languageDefaults() : Map.of());
            if (before != null && !Objects.equals(def, row.defaultCode())) {
                for (String language : row.language().split(",")) {
                    languageDefaults.put(language.strip(), row.defaultCode() == null ? "" : row.defaultCode());
                }
            }
            ambiguities.put(key, new AmbiguousName(def, languageDefaults, cues, spellings));
            RawName first = ambiguousNames.get(key);
            // a city row (طرابلس, Tripoli) counts only in its rows' languages, so those pool too
            String languages = first == null ? row.language() : first.language() + "," + row.language();
            ambiguousNames.put(key, new RawName(null, languages, first == null ? row.name() : first.name(),
                    first == null ? row.kind() : first.kind(), "ambiguous-names.tsv"));
        }
        ambiguousNames.forEach((key, raw) -> put(raw, ambiguities.get(key)));
        for (RawName raw : CuratedNames.notPlaces()) {
            put(raw, null);
        }
        for (RawName raw : CuratedNames.newsAgencies()) {
            put(raw, null);
        }
        addRussianForms();
        Subdivisions subdivisions = Subdivisions.curated();
        geoNames.ifPresent(dir -> addGeoNames(GeoNamesFiles.read(dir), subdivisions));
        lowerCaseTownAdjectives();
        linkSubdivisionsInTheirLanguage();

        List<GazetteerEntry> entries = new ArrayList<>(byKey.values());
        NameTrie trie = trie(entries);
        Map<String, String> english = new TreeMap<>();
        for (String code : codes) {
            english.put(code, CldrNames.englishName(code));
        }
        entries.forEach(e -> counts.merge("kind:" + e.kind(), 1, Integer::sum));
        counts.put("names", entries.size());
        counts.put("cldrLocales", cldrLocales.size());
        counts.put("trieNodes", trie.size());
        Set<String> taMarbutaOnly = new HashSet<>();
        taMarbuta.forEach((key, only) -> {
            if (only) {
                taMarbutaOnly.add(key);
            }
        });
        return new CountryGazetteer(trie, List.copyOf(entries), Map.copyOf(english), subdivisions,
                Map.copyOf(counts), (System.nanoTime() - t0) / 1_000_000, Set.copyOf(taMarbutaOnly), capitals(),
                capitalWords(), readingsIn(entries, adjectivesIn, combiningIn));
    }

    /**
     * The national capital each key names: the only one, or one {@value #DOMINANT}× bigger than any other (Kingston,
     * Jamaica over Kingston, Norfolk Island); none where capitals of a size share it.
     */
    private Map<String, Place> capitals() {
        Map<String, Place> out = new HashMap<>();
        capitalsByKey.forEach((key, places) -> {
            List<Place> bySize = places.stream().sorted(Comparator.comparingLong(Place::population).reversed())
                    .toList();
            if (bySize.size() == 1 || bySize.get(0).population() >= DOMINANT * bySize.get(1).population()) {
                out.put(key, bySize.get(0));
            }
        });
        return Map.copyOf(out);
    }

    /** Per key of {@link #capitals()}, how many words that capital writes its own names in (Georgetown: one). */
    private Map<String, Set<Integer>> capitalWords() {
        Map<String, Set<Integer>> out = new HashMap<>();
        capitals().forEach((key, place) -> out.put(key, Set.copyOf(capitalWords.getOrDefault(place, Set.of()))));
        return Map.copyOf(out);
    }

    /**
     * Each language's adjectives by the trie index of their key, kept only while the key still names the adjective's
     * country: a later curated row that gives the string another meaning wins in every language. Then its combining
     * forms where the key means something else.
     */
    private static Map<String, Map<Integer, GazetteerEntry>> readingsIn(List<GazetteerEntry> entries,
            Map<String, Map<String, GazetteerEntry>> in, Map<String, Map<String, GazetteerEntry>> combining) {
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            indexOf.put(entries.get(i).key(), i);
        }
        Map<String, Map<Integer, GazetteerEntry>> out = new HashMap<>();
        Set<String> languages = new HashSet<>(in.keySet());
        languages.addAll(combining.keySet());
        for (String language : languages) {
            Map<Integer, GazetteerEntry> own = new HashMap<>();
            in.getOrDefault(language, Map.of()).forEach((key, adjective) -> {
                Integer i = indexOf.get(key);
                if (i != null && adjective.code().equals(entries.get(i).code())) {
                    // the towns of the name stay its towns in every language (Spanish armenia, the Colombian city)
                    own.put(i, adjective.withPlaces(entries.get(i).places()));
                }
            });
            // a combining form is read in its language whatever the key means elsewhere: it needs the hyphen
            combining.getOrDefault(language, Map.of()).forEach((key, form) -> {
                Integer i = indexOf.get(key);
                if (i != null) {
                    own.putIfAbsent(i, form);
                }
            });
            out.put(language, Map.copyOf(own));
        }
        return Map.copyOf(out);
    }

    /** Adds machine-loaded names that pass {@link NameFilter}; returns every key seen (kept or dropped). */
    private Set<String> addUnambiguous(List<RawName> names, Set<String> alreadyTaken) {
        Map<String, Set<String>> codesByKey = new HashMap<>();
        Map<String, Set<String>> languagesByKey = new HashMap<>();
        Map<String, RawName> firstByKey = new LinkedHashMap<>();
        // the other spellings of a key, for their word breaks: CLDR's Arabic سريلانكا and Persian's سری‌لانکا
        Map<String, Set<String>> otherSpellingsByKey = new HashMap<>();
        for (RawName raw : names) {
            String key = Folding.key(raw.name());
            if (alreadyTaken.contains(key) || !NameFilter.specificEnough(raw.name(), key)
                    || !NameFilter.readable(raw.name(), raw.language())) {
                continue;
            }
            noteArabicEnding(key, raw);
            codesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(raw.code());
            languagesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(raw.language());
            RawName first = firstByKey.putIfAbsent(key, raw);
            if (first != null && !first.name().equals(raw.name())) {
                otherSpellingsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(raw.name());
            }
            if (raw.language().equals("ru")) {
                russian.add(raw);
            }
        }
        for (Map.Entry<String, RawName> e : firstByKey.entrySet()) {
            if (codesByKey.get(e.getKey()).size() == 1) {
                RawName raw = e.getValue();
                put(raw, null);
                if (raw.kind() == NameKind.CITY || CliticStripper.isArabicScript(e.getKey().charAt(0))) {
                    // a city spelling counts in the languages that write it so: Persian کیف (Kyiv) is Arabic "how";
                    // so does an Arabic-script country name: Persian موریس (Mauritius) is the Arabic given name
                    // موريس (Maurice), Arabic writes the country موريشيوس
                    GazetteerEntry g = byKey.get(e.getKey());
                    byKey.put(e.getKey(), new GazetteerEntry(g.key(), g.spaced(), g.code(), g.kind(), g.source(),
                            null, g.commonWordIn(), g.casing(), languagesByKey.get(e.getKey()), List.of()));
                }
                GazetteerEntry g = byKey.get(e.getKey());
                String spaced = g.spaced();
                for (String other : otherSpellingsByKey.getOrDefault(e.getKey(), Set.of())) {
                    spaced = withBreaksOf(spaced, normalizer.fold(other));
                }
                if (!spaced.equals(g.spaced())) {
                    byKey.put(e.getKey(), new GazetteerEntry(g.key(), spaced, g.code(), g.kind(), g.source(),
                            g.ambiguity(), g.commonWordIn(), g.casing(), g.onlyIn(), g.places()));
                }
            } else {
                counts.merge("droppedSharedByCountries", 1, Integer::sum);
            }
        }
        Set<String> seen = new HashSet<>(alreadyTaken);
        seen.addAll(codesByKey.keySet());
        return seen;
    }

    /**
     * GeoNames comes last and never overrides: a name already known keeps its country and only learns which other
     * places share it (Paris, Texas); a new name stands for its most populous place when that one is at least
     * {@value #DOMINANT}× bigger than any place of another country, else for none until context decides.
     */
    private void addGeoNames(List<GeoNamesFiles.GeoName> names, Subdivisions subdivisions) {
        Map<String, List<GeoNamesFiles.GeoName>> byName = new LinkedHashMap<>();
        for (GeoNamesFiles.GeoName g : names) {
            String key = Folding.key(g.name());
            if (!key.isEmpty()) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            }
            if (g.kind() == NameKind.REGION) {
                subdivisions.addName(g.name(), g.place());
            }
        }
        for (Map.Entry<String, List<GeoNamesFiles.GeoName>> e : byName.entrySet()) {
            // by their own names only: Salvador is an alternate name of San Salvador and Brazil's third city
            e.getValue().stream().filter(g -> g.capital() && g.main()).forEach(g -> {
                capitalsByKey.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(g.place());
                capitalWords.computeIfAbsent(g.place(), k -> new HashSet<>()).add(CountryGazetteer.words(g.name()));
            });
            List<Place> places = e.getValue().stream().map(GeoNamesFiles.GeoName::place).distinct()
                    .sorted(Comparator.comparingLong(Place::population).reversed()).toList();
            GazetteerEntry known = byKey.get(e.getKey());
            GeoNamesFiles.GeoName first = e.getValue().get(0);
            if (known != null) {
                if (known.kind() != NameKind.NOT_PLACE) {
                    GazetteerEntry widened = widened(known.withPlaces(places), first.name(), e.getValue(), places);
                    byKey.put(e.getKey(), widened);
                    noteGermanTown(widened, e.getValue());
                }
                continue;
            }
            boolean city = e.getValue().stream().anyMatch(g -> g.kind() == NameKind.CITY);
            Set<String> languages = new HashSet<>();
            e.getValue().forEach(g -> languages.addAll(g.languages()));
            boolean alternate = e.getValue().stream().noneMatch(GeoNamesFiles.GeoName::main);
            GazetteerEntry entry = new GazetteerEntry(e.getKey(), normalizer.fold(first.name()), dominant(places),
                    city ? NameKind.CITY : NameKind.REGION, GazetteerEntry.GEONAMES + (city ? ":city" : ":admin1")
                    + (alternate ? GazetteerEntry.ALTERNATE : ""),
                    null, commonWords.getOrDefault(e.getKey(), Set.of()), Casing.of(first.name()), languages, places);
            byKey.put(e.getKey(), entry);
            counts.merge(city ? "geonamesCityNames" : "geonamesRegionNames", 1, Integer::sum);
            if (city && languages.contains("ru")) {
                cyrillicCities.put(first.name(), entry);
            }
            noteGermanTown(entry, e.getValue());
        }
        // after every nominative is in, so that a case form never hides another town's own name
        cyrillicCities.forEach((name, entry) -> counts.merge("geonamesCityCaseForms", addCaseForms(name, entry),
                Integer::sum));
        germanTowns.forEach((name, entry) -> counts.merge("geonamesGermanTownForms", addGermanForms(name, entry),
                Integer::sum));
    }

    /**
     * Keeps a town of the German-speaking countries for {@link #addGermanForms}, under its own names only: the
     * alternates are other languages' spellings (Munich, Monaco di Baviera).
     */
    private void noteGermanTown(GazetteerEntry entry, List<GeoNamesFiles.GeoName> names) {
        if (entry.kind() == NameKind.CITY && entry.code() != null && GermanTownForms.COUNTRIES.contains(entry.code())) {
            names.stream().filter(GeoNamesFiles.GeoName::main).forEach(g -> germanTowns.put(g.name(), entry));
        }
    }

    /**
     * The German adjective and inhabitant forms of a town of the German-speaking countries (Dresdner, Salzburgerin)
     * under its entry, for German articles only, where no other name holds the key. Returns how many were added.
     */
    private int addGermanForms(String name, GazetteerEntry base) {
        int added = 0;
        for (String form : GermanTownForms.of(name)) {
            String key = Folding.key(form);
            if (!byKey.containsKey(key)) {
                byKey.put(key, new GazetteerEntry(key, normalizer.fold(form), base.code(), base.kind(),
                        base.source() + GermanTownForms.SOURCE_SUFFIX, null, base.commonWordIn(), Casing.of(form),
                        Set.of("de"), base.places()));
                added++;
            }
        }
        return added;
    }

    /**
     * The Russian case forms of {@code name} under {@code base}'s entry (its country, places, casing and, for GeoNames,
     * its weak evidence), where no other name holds the key: a Russian article names a place in its case forms far
     * more often than in the nominative ("в Краснодаре", "из Челябинска"). Returns how many were added.
     */
    private int addCaseForms(String name, GazetteerEntry base) {
        if (base.casing() == Casing.ALL_CAPS) {
            return 0; // an abbreviation does not decline (США, ФРГ): its endings would make words no text writes
        }
        int added = 0;
        // inflect before folding: folding turns й into и, which would hide the adjective endings
        for (String form : RussianForms.of(name.toLowerCase(Locale.ROOT))) {
            String key = Folding.key(form);
            if (!byKey.containsKey(key)) {
                // a form may be a word of its own that stop-names.tsv lists (уральский, the Urals', not Uralsk's)
                Set<String> common = commonWords.containsKey(key) ? union(base.commonWordIn(), commonWords.get(key))
                        : base.commonWordIn();
                byKey.put(key, new GazetteerEntry(key, normalizer.fold(form), base.code(), base.kind(),
                        base.source() + GazetteerEntry.RUSSIAN_CASE, null, common, base.casing(),
                        base.onlyIn(), base.places()));
                added++;
            }
        }
        return added;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /**
     * A big Russian-named town's adjective, written lower-case as Russian writes it (минское «Динамо», омского
     * «Авангарда»), counts so; a smaller town's needs its capital letter, as a name, since it may be a word's or a
     * region's (Первомайск: первомайские праздники, May Day's; Уральск: уральские заводы, the Urals'). Run once the
     * world gazetteer has given the towns their populations.
     */
    private void lowerCaseTownAdjectives() {
        for (RawName raw : russian) {
            GazetteerEntry base = byKey.get(Folding.key(raw.name()));
            if (base == null || !bigTown(base)) {
                continue;
            }
            for (String form : RussianForms.townAdjectives(raw.name().toLowerCase(Locale.ROOT))) {
                GazetteerEntry e = byKey.get(Folding.key(form));
                if (e != null && e.source().equals(base.source() + GazetteerEntry.RUSSIAN_CASE)) {
                    byKey.put(e.key(), e.writtenAnyCase());
                }
            }
        }
    }

    /** A curated capital (Минск) or a town GeoNames gives {@value #BIG_TOWN} people or more. */
    private static boolean bigTown(GazetteerEntry e) {
        return e.kind() == NameKind.CITY && (e.capital()
                || e.places().stream().anyMatch(p -> p.population() >= BIG_TOWN));
    }

    /**
     * A curated city written in a cased script for some languages only (Hamburg in {@code cities.tsv} for English)
     * also counts in the languages GeoNames writes it in, when GeoNames files it under the same country: the curated
     * row must not hide from a German article the Hamburg that GeoNames knows. An ambiguous city or region row
     * (Spanish Granada, Grenada or Andalusia's city) widens so when its default is GeoNames' choice too and a
     * place's own name, its cues coming along: else an English or German article could not name Granada at all; an
     * alternate spelling stays home (French Grenade is an English weapon). Arabic-script rows keep their
     * languages (a Persian spelling can be an Arabic word).
     */
    private static GazetteerEntry widened(GazetteerEntry known, String name, List<GeoNamesFiles.GeoName> names,
                                          List<Place> places) {
        String code = known.ambiguity() != null ? known.ambiguity().defaultCode() : known.code();
        // the places whose own name it is decide: Islamabad is also an old name of Chittagong, a bigger city
        List<Place> own = names.stream().filter(GeoNamesFiles.GeoName::main).map(GeoNamesFiles.GeoName::place)
                .distinct().sorted(Comparator.comparingLong(Place::population).reversed()).toList();
        if (known.onlyIn().isEmpty() || !NameFilter.isCased(name) || code == null
                || !code.equals(dominant(own.isEmpty() ? places : own))
                || known.ambiguity() != null && names.stream().noneMatch(GeoNamesFiles.GeoName::main)) {
            return known;
        }
        Set<String> languages = new HashSet<>(known.onlyIn());
        names.forEach(g -> languages.addAll(g.languages()));
        return new GazetteerEntry(known.key(), known.spaced(), known.code(), known.kind(), known.source(),
                known.ambiguity(), known.commonWordIn(), known.casing(), languages, known.places());
    }

    static final int DOMINANT = 2;

    /** The country of the most populous place, if no place of another country comes within a factor of {@link #DOMINANT}. */
    static String dominant(List<Place> byPopulation) {
        Place top = byPopulation.get(0);
        for (Place p : byPopulation) {
            if (!p.code().equals(top.code())) {
                return top.population() >= DOMINANT * Math.max(1, p.population()) ? top.code() : null;
            }
        }
        return top.code();
    }

    /** The trie of {@code entries}' keys, each to its index. */
    private static NameTrie trie(List<GazetteerEntry> entries) {
        NameTrie trie = new NameTrie();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            trie.put(entries.get(i).key(), i);
            keys.add(entries.get(i).key());
        }
        for (int i = 0; i < entries.size(); i++) {
            String key = entries.get(i).key();
            // Arabic ال is also the start of a clitic prefix (وال، بال، لل): keep a copy without it for those.
            if (key.startsWith("ال") && key.length() >= 5) {
                trie.put(CountryGazetteer.ARTICLE_STRIPPED + key.substring(2), i);
            }
            // a Turkish dotless ı is a capital I in capitals (KIZILORDA, CEBELİTARIK), which case folding makes i
            String dotted = key.replace('ı', 'i');
            if (!dotted.equals(key) && !keys.contains(dotted)) {
                trie.put(dotted, i);
            }
        }
        return trie;
    }

    private void addCurated(List<RawName> names) {
        for (RawName raw : names) {
            put(raw, null);
            if (raw.language().equals("ru")) {
                russian.add(raw);
            }
        }
    }

    /**
     * The indefinite and plural forms of the Arabic adjectives in {@code demonyms.tsv}, under names no row or
     * earlier source holds but the same adjective in Persian: روسيا stays Russia's name, and Russia's either way.
     */
    private void addArabicAdjectiveForms(List<RawName> demonyms) {
        for (RawName raw : demonyms) {
            if (!raw.language().equals("ar")) {
                continue;
            }
            for (String form : ArabicAdjectiveForms.of(raw.name())) {
                GazetteerEntry before = byKey.get(Folding.key(form));
                // a Persian row of the same adjective (مصری folds onto مصري) gains Arabic; other names keep theirs
                if (before == null || (before.kind() == NameKind.DEMONYM && raw.code().equals(before.code()))) {
                    put(new RawName(raw.code(), "ar", form, NameKind.DEMONYM, "demonyms.tsv:ar-forms"), null);
                    counts.merge("arabicAdjectiveForms", 1, Integer::sum);
                } else if (raw.code().equals(before.code()) && !before.onlyIn().isEmpty()
                        && !before.onlyIn().contains("ar")) {
                    // Persian or Urdu spells the country's name as the Arabic feminine (روسیه, Urdu صومالیہ fold
                    // onto روسية, صومالية): in Arabic the word is the adjective, "قوات روسية"
                    addReading("ar", before, raw.code(), NameKind.DEMONYM, "demonyms.tsv:ar-forms");
                    counts.merge("arabicAdjectiveForms", 1, Integer::sum);
                }
            }
        }
    }

    /**
     * The French départements that stand alone in running text ({@code fr-departements.tsv}, column "alone"), for
     * French articles, as subdivisions of their region: "la cour d'assises du Morbihan" places Vannes in Brittany.
     */
    private void addDepartements() {
        for (String[] row : CuratedNames.departementRows()) {
            if (row.length < 5 || !row[4].strip().equals("yes")) {
                continue;
            }
            RawName raw = new RawName(row[0].strip(), "fr", row[2].strip(), NameKind.REGION,
                    "fr-departements.tsv:departement");
            if (byKey.containsKey(Folding.key(raw.name()))) {
                continue; // a name already known keeps its meaning
            }
            put(raw, null);
            String key = Folding.key(raw.name());
            byKey.put(key, byKey.get(key).withPlaces(List.of(new Place(raw.code(), row[1].strip(), 0))));
        }
    }

    private void addRussianForms() {
        for (RawName raw : russian) {
            String folded = normalizer.fold(raw.name());
            GazetteerEntry base = byKey.get(Folding.key(raw.name()));
            if (base == null || base.code() == null || !base.code().equals(raw.code())) {
                continue; // dropped as ambiguous, or overridden by a curated entry
            }
            addCaseForms(raw.name(), base);
        }
    }

    /**
     * Reads the key of {@code base} in {@code language} only as {@code code}'s name of {@code kind}, written in lower
     * case or not: a curated adjective spelled like another language's name of its country (French syrien beside
     * German Syrien, Arabic روسية beside Persian روسیه), and the lower-case twins of {@link #lowerCaseInOneLanguageOnly}.
     */
    private void addReading(String language, GazetteerEntry base, String code, NameKind kind, String source) {
        adjectivesIn.computeIfAbsent(language, l -> new HashMap<>()).put(base.key(),
                new GazetteerEntry(base.key(), base.spaced(), code, kind, source, null, base.commonWordIn(),
                        Casing.ANY, Set.of(language), List.of()));
    }

    private void put(RawName raw, AmbiguousName ambiguity) {
        boolean curated = !raw.source().startsWith(GazetteerEntry.CLDR);
        Set<String> languages = new HashSet<>();
        GazetteerEntry before = byKey.get(Folding.key(raw.name()));
        if (curated && spelledLikeCountryName(raw, before)) {
            // French syrien is German Syrien: the German name stays a name, the French adjective is one in French
            addReading(raw.language(), before, raw.code(), NameKind.DEMONYM, raw.source());
            return;
        }
        if (curated && lowerCaseInOneLanguageOnly(raw, before)) {
            if (Casing.of(raw.name()) == Casing.ANY) {
                addReading(raw.language(), before, before.code(), before.kind(), raw.source());
                return;
            }
            // the lower-case row came first: its languages keep it as their reading, the key takes the capitals
            before.onlyIn().forEach(language -> addReading(language, before, before.code(), before.kind(),
                    before.source()));
        }
        if (curated && raw.kind() != NameKind.AMBIGUOUS) {
            languages.addAll(List.of(raw.language().split(","))); // ambiguous rows may list several
            // the same string curated for several languages (Kremlin in en, fr, es, tr) counts in all of them
            if (before != null && Objects.equals(before.code(), raw.code())) {
                if (before.onlyIn().isEmpty()) {
                    languages.clear(); // CLDR already knew this name for this country in every language
                } else {
                    languages.addAll(before.onlyIn());
                }
            }
        }
        String key = Folding.key(raw.name());
        if (key.isEmpty()) {
            return;
        }
        noteArabicEnding(key, raw);
        Set<String> common = commonWords.getOrDefault(key, Set.of());
        String spaced = normalizer.fold(raw.name());
        if (before != null && before.kind() == raw.kind() && Objects.equals(before.code(), raw.code())) {
            spaced = withBreaksOf(spaced, before.spaced());
        }
        byKey.put(key, new GazetteerEntry(key, spaced, raw.code(), raw.kind(), raw.source(), ambiguity, common,
                Casing.of(raw.name()), languages, List.of()));
    }

    /**
     * The first parts of compounds of two countries' adjectives ({@link CombiningForms}), each counting in its own
     * language only: a new key holds the form, a key that means something else (Spanish mexicano, GeoNames' Franca
     * as Russian Франко) keeps that meaning in the other languages and reads as the form in this one.
     */
    private void addCombiningForms(List<RawName> rows) {
        for (RawName raw : rows) {
            String key = Folding.key(raw.name());
            GazetteerEntry form = new GazetteerEntry(key, normalizer.fold(raw.name()), raw.code(), NameKind.DEMONYM,
                    raw.source(), null, Set.of(), Casing.of(raw.name()), Set.of(raw.language()), List.of());
            if (byKey.containsKey(key)) {
                combiningIn.computeIfAbsent(raw.language(), l -> new HashMap<>()).put(key, form);
            } else {
                byKey.put(key, form);
            }
        }
    }

    /**
     * Whether {@code raw} and the curated entry {@code before} are the same kind of name of one country in two
     * languages (or two rows of one), one written in lower case and the other capitalized: French serbe and German
     * Serbe, Spanish israelí and English Israeli, Russian бундестаг beside Бундестаг. One entry has one casing, so each
     * language keeps its own: the lower-case one as its reading, the capitalized one on the key. A name of another kind
     * (French canadiens beside the Canadiens, Montreal's club) keeps its capitalized meaning: a reading holds for
     * every case.
     */
    private static boolean lowerCaseInOneLanguageOnly(RawName raw, GazetteerEntry before) {
        if (before == null || raw.code() == null || before.kind() != raw.kind() || !raw.code().equals(before.code())
                || raw.language().contains(",")) {
            return false;
        }
        Casing casing = Casing.of(raw.name());
        return casing == Casing.ANY && before.casing() == Casing.CAPITALIZED
                || casing == Casing.CAPITALIZED && before.casing() == Casing.ANY;
    }

    /**
     * Whether {@code raw} is one language's lower-case adjective spelled like the name CLDR gives its country in
     * another language (French syrien, arménien; German Syrien, Armenien). Spanish armenia, the adjective, is also
     * the country's name in Spanish and English: Spanish reads it either way as Armenia's, and English as the name.
     */
    private boolean spelledLikeCountryName(RawName raw, GazetteerEntry before) {
        return before != null && raw.kind() == NameKind.DEMONYM && before.kind() == NameKind.COUNTRY_NAME
                && Objects.equals(before.code(), raw.code()) && !raw.language().contains(",")
                && before.casing() == Casing.CAPITALIZED && Casing.of(raw.name()) == Casing.ANY;
    }

    /**
     * Gives a subdivision named in its own language (Andalucía, Bayern) the GeoNames subdivision of its English name
     * (Andalusia, Bavaria), so that the article's towns of several places are read as the ones in it (Córdoba beside
     * Andalucía is Spain's, not Argentina's). Without the GeoNames extract there are no such places, and nothing to do.
     */
    private void linkSubdivisionsInTheirLanguage() {
        for (String[] row : CuratedNames.subdivisionsInTheirLanguage()) {
            GazetteerEntry own = byKey.get(Folding.key(row[2].strip()));
            GazetteerEntry english = byKey.get(Folding.key(row[4].strip()));
            if (own == null || english == null) {
                continue;
            }
            // towns of the same name elsewhere stay first (GeoNames' Andalucía is also a Colombian town)
            List<Place> places = new ArrayList<>(own.places());
            english.places().stream().filter(p -> p.population() == 0 && p.code().equals(row[0].strip()))
                    .filter(p -> !places.contains(p)).forEach(places::add);
            if (places.size() > own.places().size()) {
                byKey.put(own.key(), own.withPlaces(places));
                counts.merge("subdivisionsLinked", 1, Integer::sum);
            }
        }
    }

    /**
     * Records how an Arabic spelling ends when its key ends in ه: ة and ه fold together, so بريدة (Buraidah) and بريده
     * ("his mail") share a key, and only the spellings say which one Arabic writes for the place. GeoNames'
     * Arabic-script spellings are not read here: many are Persian (جده, مکه).
     */
    private void noteArabicEnding(String key, RawName raw) {
        if (raw.language() == null || !List.of(raw.language().split(",")).contains("ar") || !key.endsWith("\u0647")) {
            return;
        }
        String name = raw.name().strip();
        taMarbuta.merge(key, name.endsWith("\u0629"), Boolean::logicalAnd);
    }

    /**
     * {@code spaced} with the word breaks of {@code other} too, when both spell the same letters: a name written
     * both as one word and as two (بيونغيانغ, بيونغ يانغ) matches either way whichever row came last.
     */
    static String withBreaksOf(String spaced, String other) {
        if (!spaced.replace(" ", "").equals(other.replace(" ", ""))) {
            return spaced;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < spaced.length() || j < other.length()) {
            boolean breakHere = (i < spaced.length() && spaced.charAt(i) == ' ')
                    || (j < other.length() && other.charAt(j) == ' ');
            if (breakHere) {
                out.append(' ');
                i += i < spaced.length() && spaced.charAt(i) == ' ' ? 1 : 0;
                j += j < other.length() && other.charAt(j) == ' ' ? 1 : 0;
            } else {
                out.append(spaced.charAt(i));
                i++;
                j++;
            }
        }
        return out.toString();
    }
}
