package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** What an article says about its places beyond one mention, computed once per article for {@link PlaceResolver}. */
final class ArticlePlaces {

    /** French and Spanish definite articles. */
    private static final Set<String> ROMANCE_ARTICLES = Set.of("le", "la", "les", "el", "los", "las");
    /**
     * German articles and the prepositions that carry one (beim, zum, vom, im, am), and since the thirty-seventh
     * issue-13 session the other determiners: numerals, quantifiers and possessives. A German town's name takes none
     * (its adjective does: der Münchner Markt), so the capitalized noun after one is the noun (nach dem Essen, in der
     * Halle, die Lage, nach zwei Siegen, in seiner Sparte).
     */
    private static final Set<String> GERMAN_DETERMINERS = Set.of("der", "die", "das", "dem", "den", "des", "ein",
            "eine", "einem", "einer", "eines", "beim", "zum", "zur", "vom", "im", "am", "ins",
            "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "beiden",
            "mehreren", "vielen", "einigen", "zahlreichen", "allen", "wenigen", "keinen", "keiner",
            "seinen", "seiner", "seinem", "ihren", "ihrer", "ihrem", "unseren", "unserer", "unserem");
    /** What stands between two items of a list of towns: "Calarcá, Montenegro y Pijao". */
    private static final List<String> LIST_SEPARATORS = Stream.concat(Stream.of(", "),
            PlaceResolver.LIST_JOINERS.stream().map(j -> " " + j)).toList();
    /** Lower-case words that join the words of one name: Banco de Galicia, Bank of Baroda. */
    private static final Set<String> LINKS = Set.of("de", "del", "des", "du", "di", "da", "do", "of", "von");
    /** Articles that may open a sentence before a name, in the cased languages we read. */
    private static final Set<String> SENTENCE_ARTICLES = Set.of("the", "a", "an", "le", "la", "les", "el", "los", "las",
            "der", "die", "das", "ein", "eine");
    /** The key under which the dateline's region names its subdivision (no gazetteer key is empty). */
    private static final String DATELINE_REGION = "";

    final TaggingInput in;
    final Map<String, Integer> plainCounts;
    final Map<String, Integer> countedKeys;
    final Map<PhraseMatch, Place> regionsAfter;
    /** Each subdivision the article names ("SI.C9"), with the keys of the names that name it. */
    final Map<String, Set<String>> namedSubdivisions = new HashMap<>();
    /**
     * Each subdivision a town the article names lies in ("AU.07" for Melbourne), with each such name's places; filled
     * by {@link #nameTownsExcept}.
     */
    final Map<String, Set<List<Place>>> namedTowns = new HashMap<>();
    final Dateline dateline;
    final LowerCaseWords lowerCase;
    /** The tokens inside the article's place names, to see a name that runs on from another. */
    private final CoveredTokens placeTokens;
    /** How often the article writes each name, wherever it stands. */
    private final Map<String, Integer> written = new HashMap<>();
    /** The article's place matches, to find the dateline's. */
    private final List<PhraseMatch> places;
    /** The dateline's country once resolved; "" when there is none. */
    private String datelineCountry;
    /** {@link #subdivisionsCountry}'s answer for each name weighed so far. */
    private final Map<String, String> subdivisionsCountries = new HashMap<>();
    /** The article's place matches by where they start and end ("body:120"), built on first use. */
    private Map<String, PhraseMatch> placesByStart;
    private Map<String, PhraseMatch> placesByEnd;

    ArticlePlaces(TaggingInput in, Map<String, Integer> plainCounts, Map<String, Integer> countedKeys,
            Map<PhraseMatch, Place> regionsAfter, List<PhraseMatch> places, Dateline dateline,
            LowerCaseWords lowerCase) {
        this.in = in;
        this.lowerCase = lowerCase;
        this.regionsAfter = regionsAfter;
        this.plainCounts = plainCounts;
        this.countedKeys = countedKeys;
        this.dateline = dateline;
        this.placeTokens = new CoveredTokens(places);
        this.places = places;
        for (PhraseMatch m : places) {
            GazetteerEntry e = m.entry();
            written.merge(e.key(), 1, Integer::sum);
            if (e.kind() == NameKind.REGION) {
                for (Place p : e.places()) {
                    if (p.population() == 0) { // the subdivisions, not towns of the same name (Washington, England)
                        namedSubdivisions.computeIfAbsent(subdivision(p), k -> new HashSet<>())
                                .add(e.key());
                    }
                }
            }
        }
        if (dateline != null && dateline.region() != null) {
            namedSubdivisions.computeIfAbsent(subdivision(dateline.region()), k -> new HashSet<>())
                    .add(DATELINE_REGION);
        }
    }

    /** Whether {@code m} follows another place name with only a space between: "Dubai Metro", "Jebel Ali Port". */
    boolean runsOnFromAPlace(PhraseMatch m) {
        if (m.fromToken() == 0 || !placeTokens.covers(m.field(), m.fromToken() - 1)) {
            return false;
        }
        String text = in.text(m.field());
        MatchToken before = in.form(m.field()).tokens().get(m.fromToken() - 1);
        if (NameFilter.isCased(text, before.start(), before.end()) && !TextPositions.capitalized(text, before)) {
            return false; // a lower-case adjective places the town ("im schwedischen Östersund", "в шведском Эстерсунде")
        }
        return text.substring(before.end(), m.start()).equals(" ");
    }

    /**
     * Whether a capitalized word runs on before or after {@code m} with only a space between: the name is then
     * part of a longer one (Great Lakes, Delta Air Lines, the Government of National Unity, Irish Free State).
     */
    boolean insideLongerName(PhraseMatch m) {
        return insideLongerName(m, true);
    }

    /**
     * Whether a capitalized word stands right before or after {@code m} with only a space between (Golden State,
     * Columbia University): {@link #insideLongerName(PhraseMatch)} without reading through "of" or "de", which would
     * take "Residents of Golden" for a name.
     */
    boolean besideACapitalizedWord(PhraseMatch m) {
        return insideLongerName(m, false);
    }

    /** Whether a capitalized word stands right before {@code m} with only a space between (Irish Free State). */
    boolean afterACapitalizedWord(PhraseMatch m) {
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        int prev = m.fromToken() - 1;
        return prev >= 0 && TextPositions.capitalized(text, t.get(prev)) && spaced(text, t.get(prev).end(), m.start())
                && !openingArticle(text, t.get(prev));
    }

    private boolean insideLongerName(PhraseMatch m, boolean throughLinks) {
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        int prev = m.fromToken() - 1;
        int next = m.toToken() + 1;
        if (throughLinks && prev >= 1 && LINKS.contains(t.get(prev).text()) && spaced(text, t.get(prev).end(), m.start())) {
            prev--; // Banco de Galicia, Bank of ...
        }
        return (prev >= 0 && TextPositions.capitalized(text, t.get(prev))
                && spaced(text, t.get(prev).end(), t.get(prev + 1).start())
                && !openingArticle(text, t.get(prev)))
                || (next < t.size() && TextPositions.capitalized(text, t.get(next))
                && spaced(text, m.end(), t.get(next).start()));
    }

    /**
     * An article or another word the article writes in lower case elsewhere that opens the sentence, capitalized for
     * that alone ("The Western Cape mobility department", "В Дохе прошла встреча").
     */
    private boolean openingArticle(String text, MatchToken t) {
        return TextPositions.sentenceStart(text, t.start())
                && (SENTENCE_ARTICLES.contains(t.text()) || lowerCase.contains(t.text()));
    }

    private static boolean spaced(String text, int from, int to) {
        return text.substring(from, to).equals(" ");
    }

    /**
     * Whether a French or Spanish definite article stands right before the name, which a town's name takes only
     * as part of itself (La Paz, Le Caire): "le marché de la Médina" is Dakar's old quarter, not Medina; or a
     * German article, with which a capitalized noun spelled like a town is that noun ("nach dem Essen", "in der
     * Halle").
     */
    boolean afterDefiniteArticle(PhraseMatch m) {
        boolean german = "de".equals(in.language());
        Set<String> articles = german ? GERMAN_DETERMINERS
                : "fr".equals(in.language()) || "es".equals(in.language()) ? ROMANCE_ARTICLES : Set.of();
        // a German town's adjective takes the article: der Münchner Innenstadt, der Dortmunder Markt
        if (articles.isEmpty() || (german && GermanTownForms.isForm(m.entry()))) {
            return false;
        }
        String text = in.text(m.field());
        if (m.skip() > 0) {
            return text.regionMatches(true, m.start(), "l'", 0, 2)
                    || text.regionMatches(true, m.start(), "l\u2019", 0, 2);
        }
        int prev = m.fromToken() - 1;
        List<MatchToken> t = in.form(m.field()).tokens();
        return prev >= 0 && articles.contains(t.get(prev).text()) && spaced(text, t.get(prev).end(), m.start());
    }

    /** Whether {@code m} is followed by a joining word and a capitalized word: University of Georgia. */
    boolean headOfLongerName(PhraseMatch m) {
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        int next = m.toToken() + 1;
        return next + 1 < t.size() && LINKS.contains(t.get(next).text()) && spaced(text, m.end(), t.get(next).start())
                && TextPositions.capitalized(text, t.get(next + 1));
    }

    /**
     * Whether {@code m} is written as the town {@code town}: followed by a region in brackets, or after a comma by
     * a capitalized word that starts no place name but one of the town's subdivision ("Mexico, Pampanga"), or
     * next to a town of that subdivision in a list ("Calarcá, Montenegro y Pijao").
     */
    boolean writtenAsTown(PhraseMatch m, Place town) {
        String text = in.text(m.field());
        if (text.startsWith(" (", m.end())) {
            return true;
        }
        if (text.startsWith(", ", m.end()) && m.end() + 2 < text.length()
                && Character.isUpperCase(text.charAt(m.end() + 2))) {
            PhraseMatch after = placeAt(m.field(), m.end() + 2, true);
            if (after == null || inSubdivision(after, town, NameKind.REGION)) {
                return true;
            }
        }
        return listedBeside(m, o -> inSubdivision(o, town, NameKind.CITY));
    }

    /** Whether another place's name stands right before or after {@code m} in a list ("Kemer ve Alanya'da"). */
    boolean inAListOfPlaces(PhraseMatch m) {
        return listedBeside(m, o -> true);
    }

    /** Whether a place that {@code which} accepts stands right before or after {@code m}, a list's separator between. */
    private boolean listedBeside(PhraseMatch m, Predicate<PhraseMatch> which) {
        String text = in.text(m.field());
        for (String between : LIST_SEPARATORS) {
            PhraseMatch before = placeAt(m.field(), m.start() - between.length(), false);
            PhraseMatch after = placeAt(m.field(), m.end() + between.length(), true);
            if ((before != null && which.test(before) && text.startsWith(between, before.end()))
                    || (after != null && which.test(after) && text.startsWith(between, m.end()))) {
                return true;
            }
        }
        return false;
    }

    /** The place match of {@code field} that starts (or ends) at {@code at}, or null; one lookup per call. */
    private PhraseMatch placeAt(String field, int at, boolean starting) {
        if (placesByStart == null) {
            placesByStart = new HashMap<>();
            placesByEnd = new HashMap<>();
            for (PhraseMatch o : places) {
                placesByStart.putIfAbsent(o.field() + ":" + o.start(), o);
                placesByEnd.putIfAbsent(o.field() + ":" + o.end(), o);
            }
        }
        return (starting ? placesByStart : placesByEnd).get(field + ":" + at);
    }

    private static boolean inSubdivision(PhraseMatch o, Place town, NameKind kind) {
        return o.entry().kind() == kind && o.entry().places().stream()
                .anyMatch(p -> p.code().equals(town.code()) && Objects.equals(p.admin1(), town.admin1()));
    }

    /**
     * Whether the article names {@code p}'s subdivision by another name than {@code e}: a subdivision named by this
     * very name (Gaza, also a province of Mozambique) does not vote for itself.
     */
    boolean namesSubdivisionOf(Place p, GazetteerEntry e) {
        Set<String> namedBy = namedSubdivisions.get(subdivision(p));
        return namedBy != null && (namedBy.size() > 1 || !namedBy.contains(e.key()));
    }

    /** Records the subdivision of the town {@code m} names: the town's own place, not a namesake abroad (Melbourne, Florida). */
    private void nameTown(PhraseMatch m) {
        GazetteerEntry e = m.entry();
        if (e.kind() == NameKind.CITY && e.code() != null) {
            e.places().stream().filter(p -> p.code().equals(e.code()) && p.admin1() != null).findFirst()
                    .ifPresent(p -> namedTowns.computeIfAbsent(subdivision(p), k -> new HashSet<>()).add(e.places()));
        }
    }

    /**
     * Records the subdivisions of the towns the article names ({@link #namedTowns}), once, after construction, but
     * for those {@code word} shows to be everyday words where they stand, which place no other name: a headline's
     * "Deal reached on budget" had put "Lawmakers in Washington" in England beside Deal, Kent, and "Mobile phones
     * banned" Birmingham in Alabama.
     */
    void nameTownsExcept(Predicate<PhraseMatch> word) {
        for (PhraseMatch m : places) {
            if (!word.test(m)) {
                nameTown(m);
            }
        }
    }

    /**
     * Whether the article names another town of {@code p}'s subdivision; a name of this very place (Женева,
     * Женеве; Tripoli again) is no other town.
     */
    boolean namesAnotherTownOf(Place p) {
        Set<List<Place>> towns = namedTowns.get(subdivision(p));
        return towns != null && towns.stream().anyMatch(t -> !t.contains(p));
    }

    /** Records that the article names subdivision {@code p} by the name {@code key} (an ambiguous name decided). */
    void nameSubdivision(Place p, String key) {
        namedSubdivisions.computeIfAbsent(subdivision(p), k -> new HashSet<>()).add(key);
    }

    /** The country of the dateline's place, or "" when the article has none or its place is unknown. */
    String datelineCountry(PlaceResolver resolver) {
        if (datelineCountry == null) {
            datelineCountry = "";
            if (dateline != null) {
                for (PhraseMatch m : places) {
                    if (dateline.covers(m)) {
                        String code = m.entry().ambiguity() == null ? resolver.resolve(m, this) : null;
                        datelineCountry = code == null ? "" : code;
                        break;
                    }
                }
                if (datelineCountry.isEmpty() && dateline.region() != null) {
                    datelineCountry = dateline.region().code();
                }
            }
        }
        return datelineCountry;
    }

    /**
     * The country whose states or provinces the article names, written as names of their own (not the head or a
     * part of a longer name: "Valle de Aburrá" is no Honduran department), when they are all one country's; else
     * "". The name being weighed ({@code weighed}) is left out: a GeoNames province does not vouch for itself
     * (Nyanga, a Cape Town township, beside the Western Cape, is no Gabonese province).
     */
    String subdivisionsCountry(GazetteerEntry weighed) {
        // once per name and article: an article of many weak names would otherwise go over its places each time
        return subdivisionsCountries.computeIfAbsent(weighed.key(), k -> subdivisionsCountryWithout(weighed));
    }

    private String subdivisionsCountryWithout(GazetteerEntry weighed) {
        String country = "";
        for (PhraseMatch m : places) {
            if (m.entry().kind() != NameKind.REGION || m.entry().key().equals(weighed.key())
                    || headOfLongerName(m) || insideLongerName(m)) {
                continue;
            }
            for (Place p : m.entry().places()) {
                if (p.population() > 0) {
                    continue;
                }
                if (!country.isEmpty() && !country.equals(p.code())) {
                    return "";
                }
                country = p.code();
            }
        }
        return country;
    }

    /** Mentions of {@code code} other than the name {@code e} itself: a name does not corroborate itself. */
    int otherMentions(String code, GazetteerEntry e) {
        int n = plainCounts.getOrDefault(code, 0);
        return code.equals(e.code()) ? n - countedKeys.getOrDefault(e.key(), 0) : n;
    }

    /**
     * Whether the article names {@code p}'s country, or one of its subdivisions by another name than {@code e}: a
     * subdivision's own name ("Store", a Slovenian municipality and an English word) does not corroborate it, nor do
     * siblings a name of compass words only (Nord, Ouest): that needs its country named.
     */
    boolean corroborated(Place p, GazetteerEntry e) {
        if (plainCounts.getOrDefault(p.code(), 0) > 0) {
            return true;
        }
        if (PlaceResolver.generic(e)) {
            return false; // Haiti's Nord, Sud, Ouest and Centre are every French article's compass points
        }
        // its subdivision, or a sibling of it ("Andalucía y Baleares", "Hamburg und Schleswig-Holstein"), named
        // by another name
        for (Map.Entry<String, Set<String>> named : namedSubdivisions.entrySet()) {
            if (named.getKey().startsWith(p.code() + ".")
                    && (named.getValue().size() > 1 || !named.getValue().contains(e.key()))) {
                return true;
            }
        }
        return false;
    }

    /** The key of {@code p}'s first-level subdivision ("AU.07"). */
    static String subdivision(Place p) {
        return p.code() + "." + p.admin1();
    }

    /** How often the article writes the name {@code key}, wherever it stands. */
    int timesWritten(String key) {
        return written.getOrDefault(key, 0);
    }
}
