package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Place names that an article uses as parts of a person's name: a known person (Michael Jordan) and that person's
 * name alone later; in cased scripts a place word right before a capitalized word that the article also uses alone
 * (Jordan Henderson … Henderson), before a surname and its apposition ("Chad Miller, founder of …"), a player's
 * figures ("Jordan Munoz 8 saves") or a verb only a person takes ("Chad Wolf has been named"), and one right
 * after a capitalized non-title word (Michael Jordan). The decision holds for the whole article. Arabic-script
 * surnames (عبد الله المصري) are {@link ArabicScriptSurnames}'.
 */
final class PersonNames {

    /**
     * A player's figures in a results line ({@code stat} rows of {@code name-context-words.tsv}): "Jordan Munoz 8
     * saves", "Noah Jackson 1 goal".
     */
    private static final Set<String> STATS;

    /** Verbs only a person takes ({@code person-verb} rows): "Chad Wolf has been named", "… was sworn in". */
    private static final Set<String> PERSON_VERBS;

    /**
     * Countries' and cities' names that are also everyday English given names ({@code place-given} rows): Jordan, Chad,
     * Kenya, Florence.
     */
    private static final Set<String> PLACE_GIVEN_NAMES;

    /**
     * Words that end or carry on a body's, a firm's, a club's or a street's name after a place ({@code org-after},
     * {@code national-company}, {@code club-after}, {@code legal-form}, {@code street} rows): Kenya Airways, Kenya
     * Power.
     */
    private static final Set<String> NAME_WORDS;

    /** Titles and offices before a name ({@code title} rows), folded: minister, bakan, başkan. */
    private static final Set<String> TITLES;

    /** Turkish words for a state's bodies after its name ({@code state-body} rows), folded: Ordusu, Hükümeti. */
    private static final Set<String> STATE_BODIES;

    /** The titles of five letters or more without Turkish ı and ğ, which a title's Turkish forms extend (bakan). */
    private static final List<String> TURKISH_TITLE_STEMS;

    /** Endings of Russian surnames ({@code surname-ending} rows): Кенин, Щербакова, Путин. */
    private static final Set<String> RUSSIAN_SURNAME_ENDINGS;

    /** Everyday Russian given names ({@code given-names-ru.txt}), folded: София, Анна, Владимир. */
    private static final Set<String> RUSSIAN_GIVEN_NAMES;

    static {
        // one reading of name-context-words.tsv for the roles PersonNames reads
        MatchFormNormalizer n = new MatchFormNormalizer();
        Set<String> stats = new HashSet<>();
        Set<String> verbs = new HashSet<>();
        Set<String> endings = new HashSet<>();
        Set<String> placeGiven = new HashSet<>();
        Set<String> nameWords = new HashSet<>();
        Set<String> titles = new HashSet<>();
        Set<String> stateBodies = new HashSet<>();
        for (String[] row : CuratedNames.nameContextWords()) {
            if (row[0].equals("title")) {
                titles.add(n.fold(row[2]));
            } else if (row[0].equals("state-body")) {
                stateBodies.add(n.fold(row[2]));
            } else if (row[0].equals("stat")) {
                stats.add(n.fold(row[2]));
            } else if (row[0].equals("person-verb")) {
                verbs.add(n.fold(row[2]));
            } else if (row[0].equals("surname-ending")) {
                endings.add(n.fold(row[2]));
            } else if (row[0].equals("place-given")) {
                placeGiven.add(n.fold(row[2]));
            } else if (Set.of("org-after", "national-company", "club-after", "legal-form", "street").contains(row[0])) {
                nameWords.add(n.fold(row[2]));
            }
        }
        STATS = Set.copyOf(stats);
        PERSON_VERBS = Set.copyOf(verbs);
        RUSSIAN_SURNAME_ENDINGS = Set.copyOf(endings);
        PLACE_GIVEN_NAMES = Set.copyOf(placeGiven);
        NAME_WORDS = Set.copyOf(nameWords);
        TITLES = Set.copyOf(titles);
        TURKISH_TITLE_STEMS = titles.stream().map(PersonNames::dotted).filter(t -> t.length() >= 5).distinct().toList();
        STATE_BODIES = Set.copyOf(stateBodies);
        Set<String> russian = new HashSet<>();
        // with their case forms: "Софию Кенин", "Владимира Путина" (RussianForms, as the towns of those names)
        CuratedNames.givenNamesRu().forEach(name -> RussianForms.of(name).forEach(form -> russian.add(n.fold(form))));
        RUSSIAN_GIVEN_NAMES = Set.copyOf(russian);
    }

    /** A generation's suffix after a surname, as the match form writes it: Jr., Sr., Jnr., Snr. */
    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "jnr", "snr");

    /** Auxiliaries between a surname and a person's verb: "has been named", "was appointed". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "been", "will",
            "be", "would");

    /**
     * Everyday given names of English-language news ({@code given-names-en.txt}): a town GeoNames alone knows by one of
     * them, right before a capitalized word, is the person (Mary Poppins, Elizabeth Warren, Brandon Montour).
     */
    private static final Set<String> GIVEN_NAMES = Set.copyOf(CuratedNames.givenNamesEn());
    /** The Russian surname endings that decline as possessives (Путин: Путина, Путину, Путиным; Щербакова: -ой, -у). */
    private static final Set<String> POSSESSIVE_SURNAME_STEMS = Set.of("ов", "ев", "ин", "ын");
    /** The case endings those surnames take after the stem, men's and women's. */
    private static final List<String> SURNAME_CASE_ENDINGS = List.of("а", "у", "ым", "ом", "е", "ой", "ых");
    /** Each article language's own country names, read from CLDR when an article of that language first asks. */
    private static final Map<String, Set<String>> OWN_COUNTRY_NAMES = new ConcurrentHashMap<>();

    /** Words never a given name before a place ({@code not-given-names.txt}): Border Guard Bangladesh. */
    private static final Set<String> NOT_FIRST_NAMES = Set.copyOf(CuratedNames.notGivenNames());

    /** First parts of hyphenated place and club names (Paris Saint-Germain, Port-Gentil): no surname's. */
    private static final Set<String> PLACE_COMPOUND_OPENERS = Set.of("saint", "sainte", "st", "ste", "san", "santa",
            "santo", "sao", "sankt", "port", "fort", "mont", "bad", "nord", "sud", "north", "south", "east", "west");

    /** Plural endings of Turkish, German and English institution names' last word: Milletler, Nationen, Nations. */
    private static final List<String> PLURAL_ENDINGS = List.of("ler", "lar", "nen", "ions");

    /** Definite articles before a noun of nationality (le Suisse, el argentino, der Schweizer, the Swiss). */
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "el", "los", "las", "der", "die", "das",
            "den", "dem", "the");

    private static final String QUOTES = "\"'\u201E\u201C\u201D\u00AB\u00BB\u201A\u2018\u2019";

    /** German articles and their contractions with a preposition: the capitalized word after one is a noun. */
    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einer", "eines", "einem", "einen", "im", "am", "zum", "zur", "vom", "beim", "ins");


    /**
     * Keys of the names among {@code places} that this article uses as parts of a person's name, with the words of
     * the known persons among {@code matches} (later "Jordan" alone is Michael Jordan too); {@code lowerCase} reads
     * what the article writes in lower case.
     */
    Set<String> keys(List<PhraseMatch> matches, List<PhraseMatch> places, TaggingInput in, LowerCaseWords lowerCase) {
        Set<String> keys = new HashSet<>();
        for (PhraseMatch m : matches) {
            if (m.entry().kind() == NameKind.NOT_PLACE && m.entry().source().endsWith(":person")) {
                MatchText form = in.form(m.field());
                for (int t = m.fromToken(); t <= m.toToken(); t++) {
                    keys.add(form.tokens().get(t).text());
                }
            }
        }
        keys.addAll(firstNamesAndSurnames(places, in, lowerCase));
        return keys;
    }

    /** Keys of place names that this article uses as first names or surnames. */
    private static Set<String> firstNamesAndSurnames(List<PhraseMatch> places, TaggingInput in,
                                                     LowerCaseWords lowerCase) {
        Set<String> keys = new HashSet<>();
        // a weak GeoNames-only name after a given name is a surname, not a second place (Israel Moss, Moss in Norway)
        CoveredTokens covered = new CoveredTokens(places.stream().filter(p -> !p.entry().fromGeoNames()).toList());
        WordCounts counts = null;
        for (PhraseMatch m : places) {
            if (m.fromToken() != m.toToken() || m.entry().casing() == Casing.ALL_CAPS
                    || RunInBylines.opensTheText(m, in)) {
                continue; // "By Brendan McCallister Calgary city council": no surname, the text's first word
            }
            if (RunInBylines.inTheName(m, in)) {
                keys.add(m.entry().key()); // "By Chad Jordan The council met": the reporter
                continue;
            }
            boolean title = m.field().equals("title");
            String text = in.text(m.field());
            MatchText form = in.form(m.field());
            if (!NameFilter.isCased(text, m.start(), m.end()) || (title && TextPositions.isTitleCase(in.title()))) {
                continue;
            }
            List<MatchToken> t = form.tokens();
            if (m.entry().kind() == NameKind.DEMONYM || GermanTownForms.isForm(m.entry())) {
                // a capitalized demonym right after a given name is a surname: Marc Allemand, Emre Macar; before a
                // name it is the person's origin (die Salzburgerin Lena Gruber … Gruber)
                if (afterGivenName(m, text, t, covered, in, lowerCase) && TextPositions.nameLike(text, t.get(m.fromToken()))) {
                    keys.add(m.entry().key());
                }
                continue;
            }
            if (nickname(m, text, t)) {
                keys.add(m.entry().key());
                continue;
            }
            if (afterArticle(m, text, t)) {
                continue; // "Le Suisse Noé Bussard": a noun of nationality, no given name
            }
            int next = m.toToken() + 1;
            // a possessive or any other ending makes the place own what follows (Iran's Kharg terminal, France's
            // Total): a first name carries none
            boolean bareToken = t.get(m.toToken()).text().equals(m.entry().key());
            if (bareToken && m.entry().kind().countryName() && initialAfter(text, m.end())) {
                // "Maurice B. avait convaincu", "Salvador M. G. desviaba"; a town keeps a club's initial (Yokohama F.
                // Marinos)
                keys.add(m.entry().key());
                continue;
            }
            // a word never a given name is none as a place either: "North Nashville" is the city's district
            if (bareToken && next < t.size() && TextPositions.adjacent(text, m.end(), t.get(next).start()) && TextPositions.nameLike(text, t.get(next))
                    && !NOT_FIRST_NAMES.contains(t.get(m.fromToken()).text())
                    && !covered.covers(m.field(), next) && !NOT_FIRST_NAMES.contains(t.get(next).text())
                    && !opensAnOffice(text, t, next, in.language())) {
                counts = counts == null ? new WordCounts(in) : counts;
                // "Chad Miller, founder of …": a capitalized word right after the place and then a comma is a surname
                // with its apposition; a place before a capitalized non-place word is otherwise only a name if the
                // article uses that word alone too
                MatchToken surname = t.get(next);
                boolean apposition = TextPositions.nameLike(text, surname) && surname.end() < text.length()
                        && text.charAt(surname.end()) == ',' && !title;
                if (apposition || everydayGivenName(m) || foreignCountryName(m, in) || russianGivenName(m, surname, in)
                        || doubleBarrelled(m.field(), text, t, next, covered)
                        || (!title && (playersFigures(text, t, next + 1) || personsVerb(t, next + 1)
                                || itemOfAListOfPeople(m, text, t, next) || placeAsGivenName(m, text, t, next, in)))
                        || setOffByCommas(m, text, t, next, covered)
                        || generationAfter(text, t, next)
                        || agedAfterMiddleName(m.field(), text, t, next, covered)
                        || counts.usedAlone(surname.text(), m.entry().key())) {
                    keys.add(m.entry().key());
                    // the surname is the person's too where GeoNames knows a town of that name (Jordan Reyes's)
                    for (PhraseMatch s : places) {
                        if (s.field().equals(m.field()) && s.fromToken() == next && s.entry().fromGeoNames()) {
                            keys.add(s.entry().key());
                        }
                    }
                }
            }
            // an English possessive is the person's too ("Charles Darwin's theory"); any other ending is a case form
            String written = text.substring(m.start(), m.end());
            if ("en".equals(in.language())) {
                written = TextPositions.withoutPossessive(written);
            }
            boolean bare = m.skip() == 0 && !written.isEmpty() && written.chars().allMatch(Character::isLetter);
            if (bare && (afterGivenName(m, text, t, covered, in, lowerCase) || agedSurname(m, text, t, covered)
                    || surnameWithFigures(m, text, t, covered))
                    && !germanGenitive(m, t, in)) {
                keys.add(m.entry().key());
            }
        }
        return keys;
    }

    /**
     * Whether the capitalized words at {@code next} name an office of the state before them rather than a surname: a
     * title there or one word on ("Iran Foreign Minister", "Rusya Devlet Başkanı"), in Turkish also a body of the state
     * ("Pakistan Ordusu", "Almanya Merkez Bankası"). Turkish writes the title with its
     * possessive ending, as a compound's last part or as its ministry (Dışişleri Bakanı, Cumhurbaşkanı, Başbakanı,
     * Dışişleri Bakanlığı), and repeats the office alone further on, where the rules above would read a surname used
     * alone.
     */
    private static boolean opensAnOffice(String text, List<MatchToken> t, int next, String language) {
        for (int i = next; i <= next + 1 && i < t.size(); i++) {
            if (!TextPositions.capitalized(text, t.get(i))
                    || (i > next && !TextPositions.adjacent(text, t.get(i - 1).end(), t.get(i).start()))) {
                return false;
            }
            String w = t.get(i).text();
            if (TITLES.contains(w) || ("tr".equals(language) && (turkishOffice(w) || STATE_BODIES.contains(w)))) {
                return true;
            }
        }
        return false;
    }

    /** A Turkish title with its possessive ending, as a compound's last part, or its ministry's word (bakanlığı). */
    private static boolean turkishOffice(String word) {
        String w = dotted(word);
        for (String d : TURKISH_TITLE_STEMS) {
            if (w.endsWith(d + "i") || w.endsWith(d + "si") || w.startsWith(d + "lig")) {
                return true;
            }
        }
        return false;
    }

    /** The match form keeps Turkish ı and ğ apart from i and g; the endings above are read without them. */
    private static String dotted(String folded) {
        return folded.replace('ı', 'i').replace('ğ', 'g');
    }

    /**
     * Whether the name is an everyday given name that only GeoNames knows as a town (Mary in Turkmenistan, Elizabeth in
     * New Jersey): before a capitalized word that is no place, the person is far likelier than the town. Towns the
     * curated lists name (Florence, Victoria, Charlotte) keep the stricter readings, since their names run on into
     * teams, papers and buildings (Charlotte Hornets, Victoria Harbour).
     */
    private static boolean everydayGivenName(PhraseMatch m) {
        return m.entry().kind() == NameKind.CITY && m.entry().fromGeoNames() && GIVEN_NAMES.contains(m.entry().key());
    }

    /** Whether {@code key} (a match form) is an everyday English given name ({@code given-names-en.txt}). */
    static boolean everydayGivenName(String key) {
        return GIVEN_NAMES.contains(key);
    }

    /**
     * Whether a town that only GeoNames knows and the capitalized word after it ({@code next}) stand in a list beside
     * another person's everyday given name and surname ("Jonathan Huberdeau, Colton Sceviour and Mike Hoffman also
     * scored", "Eric Robinson and Boone Jenner"): a results line names its scorers so, and no town sits in a list of
     * people. Curated towns keep the stricter readings, as in {@link #everydayGivenName}.
     */
    private static boolean itemOfAListOfPeople(PhraseMatch m, String text, List<MatchToken> t, int next) {
        if (m.entry().kind() != NameKind.CITY || !m.entry().fromGeoNames()) {
            return false;
        }
        int before = m.fromToken() - 1;
        // "Given Surname, Town Word" or "Given Surname and Town Word"
        if (before >= 2 && "and".equals(t.get(before).text())
                && TextPositions.adjacent(text, t.get(before).end(), m.start())) {
            if (person(text, t, before - 2) && TextPositions.adjacent(text, t.get(before - 1).end(),
                    t.get(before).start())) {
                return true;
            }
        } else if (before >= 1 && text.startsWith(", ", m.start() - 2) && t.get(before).end() == m.start() - 2
                && person(text, t, before - 1)) {
            return true;
        }
        // "Town Word, Given Surname" or "Town Word and Given Surname"
        MatchToken surname = t.get(next);
        int after = next + 1;
        if (after + 2 < t.size() && "and".equals(t.get(after).text())
                && TextPositions.adjacent(text, surname.end(), t.get(after).start())
                && TextPositions.adjacent(text, t.get(after).end(), t.get(after + 1).start())) {
            return person(text, t, after + 1);
        }
        return after + 1 < t.size() && text.startsWith(", ", surname.end())
                && t.get(after).start() == surname.end() + 2 && person(text, t, after);
    }

    /** Whether tokens {@code k} and {@code k + 1} are an everyday given name and a capitalized word right after it. */
    private static boolean person(String text, List<MatchToken> t, int k) {
        return k >= 0 && k + 1 < t.size() && GIVEN_NAMES.contains(t.get(k).text())
                && TextPositions.nameLike(text, t.get(k)) && TextPositions.nameLike(text, t.get(k + 1))
                && TextPositions.adjacent(text, t.get(k).end(), t.get(k + 1).start())
                && !NOT_FIRST_NAMES.contains(t.get(k + 1).text());
    }

    /**
     * Whether the name is a country's in another language than the article's, which calls that country otherwise
     * (English Jordan in French, which writes Jordanie): before a surname it is a given name (Jordan Vernet), since
     * a paper writes a country it names in its own language.
     */
    private static boolean foreignCountryName(PhraseMatch m, TaggingInput in) {
        // a Russian case form comes from the article's own locale (России), so it is never foreign there
        String language = m.entry().cldrCountryNameLanguage();
        return language != null && !language.equals(in.language())
                && ExemplarCities.READ_LANGUAGES.contains(in.language())
                && !OWN_COUNTRY_NAMES.computeIfAbsent(in.language(), CldrNames::keysIn).contains(m.entry().key());
    }

    /**
     * Whether the place is an everyday Russian given name before a capitalized word with a Russian surname's ending:
     * "София Кенин", "Анна Щербакова", "Владимир Путин" name people, whatever the capital or the town of the name.
     */
    private static boolean russianGivenName(PhraseMatch m, MatchToken surname, TaggingInput in) {
        if (!"ru".equals(in.language()) || !RUSSIAN_GIVEN_NAMES.contains(m.entry().key())) {
            return false;
        }
        String word = surname.text();
        for (String ending : RUSSIAN_SURNAME_ENDINGS) {
            if (word.length() > ending.length() + 1 && word.endsWith(ending)) {
                return true;
            }
            if (!POSSESSIVE_SURNAME_STEMS.contains(ending)) {
                continue;
            }
            // the surname in another case: Путина, Щербаковой, Лавровым
            for (String caseEnding : SURNAME_CASE_ENDINGS) {
                if (word.length() > ending.length() + caseEnding.length() + 1 && word.endsWith(ending + caseEnding)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a country's or a city's name that is also an everyday English given name stands before one capitalized
     * word that ends the name, a lower-case word following ("Jordan Pickford saved a penalty", "Kenya Barris signed",
     * "Florence Welch performed"): a person, where the place's name runs on only into its bodies and firms, whose
     * words (Airways, Power, Times, Valley) are the lists' and stop the reading, or into another place (Israel Gaza).
     */
    private static boolean placeAsGivenName(PhraseMatch m, String text, List<MatchToken> t, int next,
                                              TaggingInput in) {
        if (!"en".equals(in.language()) || !PLACE_GIVEN_NAMES.contains(m.entry().key())
                || next + 1 >= t.size() || !TextPositions.adjacent(text, t.get(next).end(), t.get(next + 1).start())) {
            return false;
        }
        MatchToken after = t.get(next + 1);
        return Character.isLowerCase(text.charAt(after.start()))
                && !NAME_WORDS.contains(t.get(next).text());
    }

    /**
     * Whether a player's figures follow the name ending before token {@code k}, as a results line lists them: a
     * number and a {@code stat} word ("Jordan Munoz 8 saves"), or another player's given name and surname first
     * ("Jordan Spira and Megan Cook 4 total").
     */
    private static boolean playersFigures(String text, List<MatchToken> t, int k) {
        if (k + 4 < t.size() && t.get(k).text().equals("and") && TextPositions.nameLike(text, t.get(k + 1))
                && TextPositions.nameLike(text, t.get(k + 2))) {
            k += 3;
        }
        return k + 1 < t.size() && t.get(k).text().chars().allMatch(Character::isDigit)
                && STATS.contains(t.get(k + 1).text());
    }

    /**
     * Whether a verb only a person takes follows the name ending before token {@code k}, after at most two
     * auxiliaries: "Chad Wolf has been named acting secretary", "Jordan Reyes resigned".
     */
    private static boolean personsVerb(List<MatchToken> t, int k) {
        for (int aux = 0; aux < 2 && k < t.size() && AUXILIARIES.contains(t.get(k).text()); aux++) {
            k++;
        }
        return k < t.size() && PERSON_VERBS.contains(t.get(k).text());
    }

    /**
     * Whether an initial follows the name at {@code end}: a space, one capital and a full stop, then no letter right
     * after it ("Maurice B.", "Jordan B. Peterson"), as a person's name goes on; "Washington D.C." and "Georgia U.S.
     * Senate" run their abbreviation's letters together.
     */
    private static boolean initialAfter(String text, int end) {
        int dot = end + 2;
        return dot < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
                && text.charAt(dot) == '.' && (dot + 1 == text.length() || !Character.isLetter(text.charAt(dot + 1)));
    }

    /**
     * Whether the capitalized word at {@code next} and one more are a middle name and a surname with the person's age
     * after them, as wires write it ("Chad Everett Rowley, 41, was booked"): a place's name runs on with no age.
     */
    private static boolean agedAfterMiddleName(String field, String text, List<MatchToken> t, int next,
                                               CoveredTokens covered) {
        if (field.equals("title") || next + 1 >= t.size() || covered.covers(field, next + 1)) {
            return false;
        }
        MatchToken surname = t.get(next + 1);
        if (!TextPositions.nameLike(text, surname)
                || !TextPositions.adjacent(text, t.get(next).end(), surname.start())) {
            return false;
        }
        return ageAfter(text, surname.end());
    }

    /** Whether a person's age follows {@code end} as wires set it off: ", 41, was", not a figure's ", 2,000 strong". */
    private static boolean ageAfter(String text, int end) {
        int i = end;
        if (i + 2 >= text.length() || text.charAt(i) != ',' || text.charAt(i + 1) != ' ') {
            return false;
        }
        int digits = 0;
        for (i += 2; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            digits++;
        }
        return digits >= 1 && digits <= 3 && i + 1 < text.length() && text.charAt(i) == ','
                && text.charAt(i + 1) == ' ';
    }

    /**
     * Whether the place is a surname with the person's age after it and a capitalized word that is no place right
     * before it, also where that word opens a sentence ("Harold Israel, 54, of Old Westbury, pleaded"): a place's
     * name takes no age.
     */
    private static boolean agedSurname(PhraseMatch m, String text, List<MatchToken> t, CoveredTokens covered) {
        int prev = m.fromToken() - 1;
        return !m.field().equals("title") && prev >= 0 && ageAfter(text, m.end())
                && TextPositions.adjacent(text, t.get(prev).end(), m.start())
                && TextPositions.nameLike(text, t.get(prev)) && !covered.covers(m.field(), prev)
                && !NOT_FIRST_NAMES.contains(t.get(prev).text());
    }

    /**
     * Whether the place is a surname with a player's figures after it and a capitalized word that is no place right
     * before it, also where that word opens a sentence, as results lines list players ("Madelyn Rosario 1 assist.
     * Armani Sheffield 19 points"): a place's name takes no figures of its own.
     */
    private static boolean surnameWithFigures(PhraseMatch m, String text, List<MatchToken> t, CoveredTokens covered) {
        int prev = m.fromToken() - 1;
        return !m.field().equals("title") && prev >= 0 && playersFigures(text, t, m.toToken() + 1)
                && TextPositions.adjacent(text, t.get(prev).end(), m.start())
                && TextPositions.nameLike(text, t.get(prev)) && !covered.covers(m.field(), prev)
                && !NOT_FIRST_NAMES.contains(t.get(prev).text());
    }

    /**
     * Whether a generation's suffix follows the capitalized word after the place, with or without a comma: "Cuba
     * Gooding Jr.", "Jordan Smith, Sr." name a person, as no place's name goes on so.
     */
    private static boolean generationAfter(String text, List<MatchToken> t, int surname) {
        int k = surname + 1;
        if (k >= t.size() || !GENERATIONS.contains(t.get(k).text())) {
            return false;
        }
        MatchToken suffix = t.get(k);
        String between = text.substring(t.get(surname).end(), suffix.start());
        return (between.equals(" ") || between.equals(", ")) && Character.isUpperCase(text.charAt(suffix.start()))
                && suffix.end() < text.length() && text.charAt(suffix.end()) == '.';
    }

    /**
     * Whether the place and the two capitalized words after it stand between commas, as a name put in apposition to a
     * role ("La secretaria departamental de Salud, Francia Elena Rendón, indicó"): a given name, a second given name or
     * surname and a surname; a place's name does not run on for two capitalized words that are no places and no words
     * of a body's name ({@link #NOT_FIRST_NAMES}).
     */
    private static boolean setOffByCommas(PhraseMatch m, String text, List<MatchToken> t, int next,
                                          CoveredTokens covered) {
        int last = next + 1;
        if (m.field().equals("title") || last >= t.size() || m.start() < 2 || !text.startsWith(", ", m.start() - 2)) {
            return false;
        }
        MatchToken surname = t.get(last);
        return TextPositions.adjacent(text, t.get(next).end(), surname.start())
                && TextPositions.nameLike(text, surname) && !covered.covers(m.field(), last)
                && !NOT_FIRST_NAMES.contains(surname.text())
                && surname.end() < text.length() && text.charAt(surname.end()) == ',';
    }

    /**
     * Whether the capitalized word at {@code next} opens a double-barrelled surname, joined by a hyphen to another
     * capitalized word that is no place ("France Lévesque-Caron", "Jordan Smith-Rowe"): no place's name runs on so.
     */
    private static boolean doubleBarrelled(String field, String text, List<MatchToken> t, int next,
                                           CoveredTokens covered) {
        MatchToken first = t.get(next);
        if (field.equals("title") || next + 1 >= t.size() || first.end() >= text.length()
                || text.charAt(first.end()) != '-') {
            return false;
        }
        MatchToken second = t.get(next + 1);
        return second.start() == first.end() + 1 && TextPositions.nameLike(text, second)
                && !PLACE_COMPOUND_OPENERS.contains(first.text()) && !covered.covers(field, next + 1);
    }

    /**
     * Whether the word before {@code m} could be a given name: capitalized, right before it, not a sentence's first
     * word, not a place itself, not a title or function word, not a German noun after its article.
     */
    private static boolean afterGivenName(PhraseMatch m, String text, List<MatchToken> t, CoveredTokens covered,
                                          TaggingInput in, LowerCaseWords lowerCase) {
        int prev = m.fromToken() - 1;
        return prev >= 0 && TextPositions.adjacent(text, t.get(prev).end(), m.start())
                && TextPositions.nameLike(text, t.get(prev)) && !covered.covers(m.field(), prev)
                && !NOT_FIRST_NAMES.contains(t.get(prev).text())
                && (!TextPositions.sentenceStart(text, t.get(prev).start()) || openingGivenName(t.get(prev), in, lowerCase))
                && !afterDash(text, t.get(prev).start())
                && !germanNoun(t, prev, in)
                && !pluralOfAName(text, t, prev);
    }

    /**
     * A sentence's first word that is an everyday given name of English-language news ({@code given-names-en.txt}:
     * Charles, Mary, Adriana; in French, Spanish, German and Turkish too, which write people's names alike) or, in
     * Russian, a Russian one in any case ({@code given-names-ru.txt}: Юрий, Анна), and that the article never
     * writes in lower case: "Charles Darwin's theory" and "Юрий Гагарин полетел" open with the person, as a common
     * word would not (bill, mark and grant show themselves in lower case elsewhere).
     */
    private static boolean openingGivenName(MatchToken word, TaggingInput in, LowerCaseWords lowerCase) {
        Set<String> names = switch (in.language() == null ? "" : in.language()) {
            // people's names are written alike in the Latin-script languages we read: "Adriana Lima a défilé"
            case "en", "fr", "es", "de", "tr" -> GIVEN_NAMES;
            case "ru" -> RUSSIAN_GIVEN_NAMES;
            default -> Set.of();
        };
        return names.contains(word.text()) && !lowerCase.contains(word.text());
    }

    /**
     * The word opens what follows a dash: a dateline's story ("АСТАНА. КАЗИНФОРМ — Сборная Казахстана", the team of
     * Kazakhstan) starts a sentence there, whose first word is capitalized as any.
     */
    private static boolean afterDash(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '\u2014' || text.charAt(i) == '\u2013');
    }

    /**
     * The word before the place is a plural closing a capitalized name of its own: the place goes on an institution's
     * name ("Birleşmiş Milletler Libya Destek Misyonu", the UN's mission in Libya; "United Nations Iraq office"), not
     * a person's; no given name ends so.
     */
    private static boolean pluralOfAName(String text, List<MatchToken> t, int word) {
        String w = t.get(word).text();
        int before = word - 1;
        return w.length() > 4 && PLURAL_ENDINGS.stream().anyMatch(w::endsWith) && before >= 0
                && TextPositions.adjacent(text, t.get(before).end(), t.get(word).start())
                && TextPositions.nameLike(text, t.get(before));
    }

    /** The place word follows an article right before it: a given name takes none. */
    private static boolean afterArticle(PhraseMatch m, String text, List<MatchToken> t) {
        int prev = m.fromToken() - 1;
        return m.skip() == 0 && prev >= 0 && ARTICLES.contains(t.get(prev).text())
                && TextPositions.adjacent(text, t.get(prev).end(), m.start());
    }

    /** A nickname in quotes between a given name and a surname: Jakub „Kuba" Nowak, Luiz "Brasil" Silva. */
    private static boolean nickname(PhraseMatch m, String text, List<MatchToken> t) {
        int prev = m.fromToken() - 1;
        int next = m.toToken() + 1;
        if (prev < 0 || next >= t.size() || m.start() == 0 || m.end() >= text.length()
                || QUOTES.indexOf(text.charAt(m.start() - 1)) < 0 || QUOTES.indexOf(text.charAt(m.end())) < 0) {
            return false;
        }
        return TextPositions.adjacent(text, t.get(prev).end(), m.start() - 1)
                && TextPositions.adjacent(text, m.end() + 1, t.get(next).start())
                && TextPositions.nameLike(text, t.get(prev)) && TextPositions.nameLike(text, t.get(next));
    }

    /**
     * German writes "of Somalia" as a genitive s on the name, after the noun it qualifies (in Teilen Somalias, im
     * Osten Kenias): the capitalized word before it is that noun, not a given name.
     */
    private static boolean germanGenitive(PhraseMatch m, List<MatchToken> t, TaggingInput in) {
        return "de".equals(in.language()) && t.get(m.toToken()).text().equals(m.entry().key() + "s");
    }

    /**
     * German capitalizes every noun, so a capitalized word before a place is a given name only if no article makes it
     * a noun: "die Volkshochschule Dortmund", "der Stadt Dortmund" are the town's.
     */
    private static boolean germanNoun(List<MatchToken> t, int word, TaggingInput in) {
        return "de".equals(in.language()) && word > 0 && GERMAN_ARTICLES.contains(t.get(word - 1).text());
    }

    /**
     * Keys of the towns (no capitals) right after a place this article uses as a person's given name, in cased
     * scripts: the surname ("marine biologist Israel Mendoza": Israel by the title, Mendoza not Argentina's town).
     */
    static Set<String> surnamesAfterGivenNames(List<PhraseMatch> places, Set<String> personKeys, TaggingInput in) {
        if (personKeys.isEmpty()) {
            return Set.of(); // most articles: no pass over their places
        }
        Map<String, PhraseMatch> byStart = new HashMap<>();
        for (PhraseMatch p : places) {
            if (p.fromToken() == p.toToken() && p.entry().kind() == NameKind.CITY && !p.entry().capital()) {
                byStart.put(p.field() + ':' + p.fromToken(), p);
            }
        }
        Set<String> keys = new HashSet<>();
        for (PhraseMatch m : places) {
            if (!personKeys.contains(m.entry().key())) {
                continue;
            }
            PhraseMatch next = byStart.get(m.field() + ':' + (m.toToken() + 1));
            String text = in.text(m.field());
            if (next != null && TextPositions.adjacent(text, m.end(), next.start())
                    && NameFilter.isCased(text, next.start(), next.end()) && NameFilter.isCased(text, m.start(), m.end())) {
                keys.add(next.entry().key());
            }
        }
        return keys;
    }

    /**
     * How often each word as a name could stand (capitalized, or in an uncased script), and each word right after
     * another, occurs in title and body: counted once per article so that asking about every mention stays linear.
     */
    private static final class WordCounts {
        private final Map<String, Integer> words = new HashMap<>();
        private final Map<String, Integer> pairs = new HashMap<>();

        WordCounts(TaggingInput in) {
            for (String field : List.of("title", "body")) {
                String text = in.text(field);
                // a surname used alone is written with its capital: "phosphate" in "Jordan signs phosphate deal" is
                // no use of "Jordan Phosphate Mines Co" alone, nor is a word of a headline set in capitals
                boolean casesShow = !(field.equals("title") && CapitalsHeadline.inCapitals(text));
                List<MatchToken> t = in.form(field).tokens();
                for (int i = 0; i < t.size(); i++) {
                    if (casesShow && (!NameFilter.isCased(text, t.get(i).start(), t.get(i).end())
                            || TextPositions.capitalized(text, t.get(i)))) {
                        words.merge(t.get(i).text(), 1, Integer::sum);
                    }
                    if (i > 0 && casesShow) {
                        // as its words are not counted, neither are a capitals headline's pairs: "NAMES CHAD MORROW
                        // TREASURER" over "named Chad Morrow … Morrow, 44," leaves Morrow used alone once
                        pairs.merge(pair(t.get(i - 1).text(), t.get(i).text()), 1, Integer::sum);
                    }
                }
            }
        }

        /** Whether {@code surname} occurs in the article not right after the place word: the person named alone. */
        boolean usedAlone(String surname, String placeKey) {
            if (words.getOrDefault(surname, 0) > pairs.getOrDefault(pair(placeKey, surname), 0)) {
                return true;
            }
            // "Jordan Reyes's debut novel … Reyes said": the possessive is no part of the name
            String bare = TextPositions.withoutPossessive(surname);
            return !bare.equals(surname) && words.getOrDefault(bare, 0) > 0;
        }

        private static String pair(String first, String second) {
            return first + '\u0000' + second;
        }
    }
}
