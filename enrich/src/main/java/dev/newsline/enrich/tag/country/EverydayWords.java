package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A place's name that its neighbours show to be an everyday word here ({@code name-context-words.tsv}): a prayer time
 * (أذان المغرب), the adjective "right" after a body part (الركبة اليمنى), a country-level office (المديرة القطرية), a
 * language after "in" (بالإنجليزية, به انگلیسی), Persian "insistent" (مصر است), a village or quarter named after a
 * foreign place (im Ortsteil Brasilien, محله‌های لبنان), a cuisine or a food or ware named after its place (Italian
 * cuisine, Brussels sprouts), a likeness (Chicago-style pizza), an amount's currency ("310 mln Canadian dlrs"), a
 * measure's word before its figure (بقطر 600 ملم), and a Persian name with a plural ending or joined as a word's
 * second half (چین‌های زاگرس, قصه‌گویان). Each such mention stands for no place; some make every mention of the name
 * in the article the word.
 * A language a text is in ({@link SpokenLanguages}) and a name borrowed by a river, a treaty, a currency or a heritage
 * ({@link BorrowedPlaceNames}) are read by their own classes.
 */
final class EverydayWords {

    private final MatchFormNormalizer normalizer = new MatchFormNormalizer();
    /**
     * Singular words for a street, a square or a local unit that "de" joins to its name, by language ({@code
     * settlement-of} rows: la calle de Alcalá, la localidad de Puerto Rico).
     */
    private final Map<String, Set<String>> settlementsOf = CuratedNames.nameContextWords("settlement-of");
    /** Persian personal pronouns, as the match form folds them (Persian ی to Arabic ي). */
    private static final Set<String> PERSIAN_PRONOUNS = Set.of("ما", "من", "شما", "انها", "آنها", "ايشان", "وي", "او");
    /** The longest word read around an amount (a figure such as 1,234,567.89 or a magnitude word). */
    private static final int MAX_AMOUNT_CHARS = 20;
    private final Set<String> commonBefore = new HashSet<>();
    /** Names a story borrows from a place: a river's, a treaty's, a currency's, a heritage's. */
    private final BorrowedPlaceNames borrowed;
    /** Nationalities' adjectives that name the language a text is in. */
    private final SpokenLanguages spoken = new SpokenLanguages();
    /** Foods and wares named after a town or a country right before them, by language (sprouts, Würstchen). */
    private final Map<String, Set<String>> commonAfter = CuratedNames.nameContextWords("common-after");
    /** Words a hyphen joins to a place or a nationality to make it a likeness (Chicago-style), by language. */
    private final Map<String, Set<String>> styleAfter = CuratedNames.nameContextWords("style-after");
    /**
     * The {@code cuisine} words with those for an animal's or a plant's kind ({@code species} rows: Burmese pythons,
     * French bulldogs), for a language's use ({@code tongue} rows: Spanish-language, French-speaking) and for a manner
     * or a style ({@code style} rows: به سبک ایتالیایی, على الطريقة الأمريكية), by language.
     */
    private final Map<String, Set<String>> cuisineWords = byLanguage("cuisine", "species", "tongue", "style");
    private final Set<String> settlements = new HashSet<>();
    private final Set<String> sideNouns = new HashSet<>();
    private final Set<String> currencies = new HashSet<>();
    private final Set<String> magnitudes = new HashSet<>();
    private final Set<String> offices = new HashSet<>();
    private final Set<String> countryLevel = new HashSet<>();
    private final Set<String> dimensions = new HashSet<>();
    /** Round things whose diameter news gives (قطر قرص القمر, قطر لوله): the measure's word before one is no place. */
    private final Set<String> roundThings = new HashSet<>();
    private final Set<String> lengthUnits = new HashSet<>();
    /** Place names that are also an adjective for one who insists (Persian مُصِر, written مصر). */
    private final Set<String> insistent = new HashSet<>();
    /** Persian copulas, folded: the adjective "insistent" stands before one. */
    private final Set<String> persianCopulas = new HashSet<>();
    /** Persian "on", folded: what one insists on follows it (بر اجرای دستورالعمل مصر است). */
    private final String persianOn;
    /** Words before بر that make it part of another phrase (بنا بر "according to", علاوه بر "besides"), folded. */
    private final Set<String> persianOnOpeners = new HashSet<>();
    /** How many words back from the adjective "بر" may stand. */
    private static final int MAX_INSISTED_ON_WORDS = 8;
    /** Persian plural endings, which the match form splits off at the ZWNJ that joins them (محله‌های). */
    private final Set<String> persianPluralEndings = new HashSet<>();
    /** Languages' names that are also their people's adjective (الفرنسية, انگلیسی). */
    private final Set<String> languages = new HashSet<>();
    /** The Persian preposition "to, into" (ترجمه به انگلیسی), folded. */
    private final String persianTo = normalizer.fold("به");
    private final String persianFrom = normalizer.fold("از");
    private static final char ARABIC_AND = '\u0648';
    private static final char ARABIC_IN = '\u0628';
    /** Persian, the language itself: no country's adjective, so not among the language words. */
    private final String persian = normalizer.fold("فارسی");

    private final MentionRoles roles;

    /** {@code roles}: among them the connectors of a list of cuisines (la cuisine française et italienne). */
    EverydayWords(MentionRoles roles) {
        this.roles = roles;
        MatchFormNormalizer n = normalizer;
        for (String ending : List.of("ها", "های", "هایی")) {
            persianPluralEndings.add(n.fold(ending));
        }
        for (String copula : List.of("است", "هست", "هستم", "هستیم", "هستند", "بود", "بودند", "بودیم", "باشد",
                "باشند")) {
            persianCopulas.add(n.fold(copula));
        }
        persianOn = n.fold("بر");
        for (String opener : List.of("بنا", "علاوه", "مبنی", "بنابر")) {
            persianOnOpeners.add(n.fold(opener));
        }
        for (String[] row : CuratedNames.nameContextWords()) {
            Set<String> target = switch (row[0]) {
                case "common-before" -> commonBefore;
                case "settlement" -> settlements;
                case "side-noun" -> sideNouns;
                case "currency" -> currencies;
                case "magnitude" -> magnitudes;
                case "office" -> offices;
                case "country-level" -> countryLevel;
                case "dimension" -> dimensions;
                case "round-thing" -> roundThings;
                case "length-unit" -> lengthUnits;
                case "language" -> languages;
                case "insistent" -> insistent;
                default -> null; // NotPlaceContext and PersonNames read the others, and check every role is known
            };
            if (target != null) {
                // the match form drops a final full stop: store both
                target.add(n.fold(row[2]));
                target.add(n.fold(row[2].replace(".", "")));
            }
        }
        borrowed = new BorrowedPlaceNames(magnitudes);
    }

    /** Whether the mention {@code m} is an everyday word here, not a place. */
    boolean is(PhraseMatch m, TaggingInput in) {
        return commonWord(m, in) || currencyOfAmount(m, in) || dimension(m, in) || persianPlural(m, in)
                || persianCompoundTail(m, in);
    }

    /**
     * Arabic words that fold onto a place name but read otherwise here: a prayer time (أذان المغرب, صلاة المغرب:
     * the sunset prayer, not Morocco), "country-level" after an office (المديرة القطرية, a country director, not
     * Qatari), and the feminine adjective "right" written with a final ى after a feminine
     * or body-side noun (الركبة اليمنى, يدها اليمنى, الجهة اليمنى), which folds onto اليمني "Yemeni": the Yemeni
     * adjective agrees with a feminine noun as اليمنية, so after one the form can only be "right".
     */
    private boolean commonWord(PhraseMatch m, TaggingInput in) {
        if (foodOrWare(m, in) || styled(m, in) || cuisine(m, in) || inLanguage(m, in) || insisting(m, in)
                || borrowed.borrowed(m, in)) {
            return true;
        }
        if (m.fromToken() == 0 || m.fromToken() != m.toToken()) {
            return false;
        }
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        String prev = t.get(m.fromToken() - 1).text();
        if (commonBefore.contains(prev) || localSettlement(m, in) || laterLanguageOfAList(t, m.fromToken(), text, in)) {
            return true;
        }
        if (m.entry().kind() != NameKind.DEMONYM) {
            return false;
        }
        if (offices.contains(prev) && countryLevel.contains(t.get(m.fromToken()).text())) {
            return true; // المديرة القطرية لبرنامج الأغذية العالمي: a UN agency's country director
        }
        if (text.charAt(m.end() - 1) != '\u0649') {
            return false;
        }
        String original = text.substring(t.get(m.fromToken() - 1).start(), t.get(m.fromToken() - 1).end());
        // with the conjunction too: "ذراعه اليسرى وساقه اليمنى", his left arm and his right leg
        String noun = prev.length() > 3 && (prev.charAt(0) == '\u0648' || prev.charAt(0) == '\u0641') ? prev.substring(1) : prev;
        return original.endsWith("\u0629") || sideNouns.contains(prev) || sideNouns.contains(stripPronoun(prev))
                || sideNouns.contains(noun) || sideNouns.contains(stripPronoun(noun));
    }

    /**
     * Persian مُصِر "insistent", written as Egypt's name: the word right before a copula, with "بر" (on) a few words
     * back in the same sentence, not as part of بنا بر or علاوه بر ("اتحادیه بر اجرای دقیق این دستورالعمل مصر است"),
     * or right after a personal pronoun ("ما مصر هستیم که …").
     */
    private boolean insisting(PhraseMatch m, TaggingInput in) {
        if (!"fa".equals(in.language()) || m.fromToken() != m.toToken() || !insistent.contains(m.entry().key())) {
            return false;
        }
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        int next = m.toToken() + 1;
        if (next >= t.size() || !persianCopulas.contains(t.get(next).text())
                || !t.get(m.fromToken()).text().equals(m.entry().key())) {
            return false;
        }
        if (m.fromToken() > 0 && PERSIAN_PRONOUNS.contains(t.get(m.fromToken() - 1).text())) {
            return true; // "ما مصر هستیم که …": we insist; no country is "we" or "I"
        }
        for (int i = m.fromToken(); i > 0 && m.fromToken() - i < MAX_INSISTED_ON_WORDS; i--) {
            if (TextPositions.sentenceStart(text, t.get(i).start())) {
                return false;
            }
            if (t.get(i - 1).text().equals(persianOn)) {
                return i == 1 || !persianOnOpeners.contains(t.get(i - 2).text());
            }
        }
        return false;
    }

    /**
     * A language's name after "in" or "into", not its people's: Arabic writes the preposition on the feminine
     * adjective (مترجم بالإنجليزية, قناة ناطقة بالتركية), Persian before the adjective (ترجمه به انگلیسی), which
     * another preposition would take for its people (به ایرانیان, with an ending).
     */
    private boolean inLanguage(PhraseMatch m, TaggingInput in) {
        if (m.fromToken() != m.toToken()) {
            return false;
        }
        String text = in.text(m.field());
        if (NameFilter.isCased(text, m.start(), m.end())) {
            return spoken.spokenLanguage(m, in);
        }
        if ("ar".equals(in.language())) {
            int from = m.start();
            if (from + 1 < m.end() && (text.charAt(from) == '\u0648' || text.charAt(from) == '\u0641')) {
                from++; // وبالألمانية
            }
            return m.entry().kind() == NameKind.DEMONYM && text.charAt(from) == '\u0628'
                    && languages.contains(normalizer.fold(text.substring(from + 1, m.end())));
        }
        List<MatchToken> t = in.form(m.field()).tokens();
        if (!"fa".equals(in.language()) || m.fromToken() == 0 || !languages.contains(t.get(m.fromToken()).text())) {
            return false;
        }
        String prev = t.get(m.fromToken() - 1).text();
        // ترجمه به انگلیسی; از ژاپنی به فارسی, "from Japanese into Persian"
        return persianTo.equals(prev) || (persianFrom.equals(prev) && m.toToken() + 2 < t.size()
                && persianTo.equals(t.get(m.toToken() + 1).text()) && (languages.contains(t.get(m.toToken() + 2).text())
                        || persian.equals(t.get(m.toToken() + 2).text())));
    }

    /**
     * A later item of a list of languages after a word for a language or a translation, or after "in" or "into":
     * "زبان انگلیسی و فرانسه", "زبان‌های عربی، انگلیسی و فرانسه", "به انگلیسی و فرانسه" (the English and French
     * languages; into English and French), "اللغة الإنجليزية والفرنسية", "باللغتين العربية والفرنسية",
     * "بالعربية والفرنسية". Only the first item stands right after the word. Every item before this one must name a
     * language, so that "نسخه جدید این نرم‌افزار و فرانسه" (the software's new version, and France) keeps France.
     */
    private boolean laterLanguageOfAList(List<MatchToken> t, int from, String text, TaggingInput in) {
        boolean arabic = "ar".equals(in.language());
        if (!arabic && !"fa".equals(in.language())) {
            return false;
        }
        int item = from;
        for (int items = 1; items < ListItems.MAX_ITEMS; items++) {
            int previous = arabic ? arabicPreviousItem(t, item, text) : ListItems.previous(t, item, text);
            if (previous < 0) {
                return false;
            }
            String word = t.get(previous).text();
            if (arabic && languages.contains(behind(ARABIC_IN, word))) {
                return true; // بالعربية والفرنسية: "in" on the list's first language
            }
            if (!(languages.contains(word) || arabic && languages.contains(behind(ARABIC_AND, word))) || previous < 1) {
                return false;
            }
            String before = nounAt(t, previous - 1, in);
            if (commonBefore.contains(before) || (!arabic && persianTo.equals(before))) {
                return true;
            }
            item = previous;
        }
        return false;
    }

    /** The item before an Arabic list item: the word before it where "and" is written on it (والفرنسية), or a comma. */
    private static int arabicPreviousItem(List<MatchToken> t, int item, String text) {
        if (item >= 1 && behind(ARABIC_AND, t.get(item).text()) != null) {
            return item - 1;
        }
        return ListItems.previous(t, item, text);
    }

    /** The rest of {@code word} behind a one-letter Arabic particle written on it (و "and", ب "in"), else null. */
    private static String behind(char particle, String word) {
        return word.length() > 3 && word.charAt(0) == particle ? word.substring(1) : null;
    }

    /**
     * Whether a word for a village, a district or a quarter stands before {@code m}, or before the list it is an item
     * of ("im Ortsteil Brasilien", "die Badeorte Kalifornien und Brasilien", محله‌های لبنان, "в селах Париж, Берлин и
     * Варна"): a local place named after a foreign one. Before a province's own name an Arabic-script word is its
     * status (مقاطعة أونتاريو, Ontario province); the cased scripts' words are villages', resorts' and streets' only
     * ("die Badeorte Kalifornien", not California).
     */
    private boolean localSettlement(PhraseMatch m, TaggingInput in) {
        if (m.fromToken() == 0) {
            return false;
        }
        List<MatchToken> t = in.form(m.field()).tokens();
        int from = m.fromToken();
        String text = in.text(m.field());
        boolean cased = NameFilter.isCased(text, m.start(), m.end());
        boolean region = m.entry().kind() == NameKind.REGION;
        // a region's name only where capitals show it; one of several words only where they show it whole, and no
        // region's, which a plural word for its villages governs ("la avenida Las Vegas" in Medellín; "20 сел
        // Челябинской области" are the region's)
        boolean oneWord = m.fromToken() == m.toToken();
        if (settlementBefore(t, from, in, text) && (oneWord ? !region || cased : cased && !region)) {
            return true;
        }
        if (!oneWord) {
            return false;
        }
        // a later item of a list: "die Badeorte Kalifornien und Brasilien", خیابان‌های فلسطین و ایتالیا (the
        // streets Palestine and Italy), "в селах Париж, Берлин и Варна"; a cased script shows each item a name,
        // Persian has no capitals to show it
        boolean persian = "fa".equals(in.language());
        if (!persian && !cased) {
            return false;
        }
        int item = from;
        for (int items = 1; items < ListItems.MAX_ITEMS; items++) {
            int previous = ListItems.previous(t, item, text);
            if (previous < 1 || !(persian || TextPositions.capitalized(text, t.get(previous)))) {
                return false;
            }
            if (settlementBefore(t, previous, in, text)) {
                return true;
            }
            item = previous;
        }
        return false;
    }

    /**
     * Whether a settlement or street word stands right before token {@code name}, or a singular word of a street or a
     * local unit and "de", one adjective in lower case allowed between: "la calle de Hamburgo" in Mexico City, "la
     * localidad misionera de Puerto Rico" in Argentina. Not a plural's: "las calles de Madrid", "varios barrios de
     * Bamako" are the city's own.
     */
    private boolean settlementBefore(List<MatchToken> t, int name, TaggingInput in, String text) {
        if (name >= 1 && settlements.contains(nounAt(t, name - 1, in))) {
            return true;
        }
        Set<String> of = settlementsOf.getOrDefault(in.language(), Set.of());
        if (name < 2 || !"de".equals(t.get(name - 1).text())) {
            return false;
        }
        return of.contains(t.get(name - 2).text())
                || name >= 3 && of.contains(t.get(name - 3).text()) && !TextPositions.capitalized(text, t.get(name - 2));
    }


    /**
     * The word at {@code i}, or, where it is a Persian plural ending that the match form splits off at a ZWNJ
     * (محله‌های لبنان, "the quarters Lobnan"), the noun before it.
     */
    private String nounAt(List<MatchToken> t, int i, TaggingInput in) {
        String word = t.get(i).text();
        return "fa".equals(in.language()) && persianPluralEndings.contains(word) && i >= 1 ? t.get(i - 1).text() : word;
    }

    /**
     * The bare mentions of a Persian name that the same article also writes with a plural ending: an article that
     * speaks of چین‌های زاگرس (the Zagros folds) means a fold by "یک چین با طول …" too, not China. A bare mention right
     * after the plural (تاکستان‌های تاکستان, the vineyards of Takestan) or after a word for an administrative unit
     * (شهرستان تاکستان) is the place the plural is not.
     */
    Set<PhraseMatch> pluralWordsThroughout(List<PhraseMatch> places, TaggingInput in) {
        if (!"fa".equals(in.language())) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        Set<String> pluralEnds = new HashSet<>(); // where a plural's ending token sits, "field:token"
        Set<String> unitEnds = new HashSet<>();
        for (PhraseMatch m : places) {
            if (persianPlural(m, in)) {
                words.add(m.entry().key());
                pluralEnds.add(m.field() + ':' + (m.toToken() + 1));
            } else if (m.entry().unit()) {
                unitEnds.add(m.field() + ':' + m.toToken());
            }
        }
        // an article that also writes the people's adjective (عراقی‌ها) may have meant them by a plural that lost its
        // ی (عراق‌های حاضر, the Iraqis present): the name stays a place there
        for (PhraseMatch m : places) {
            if (words.contains(m.entry().key())
                    && in.form(m.field()).tokens().get(m.toToken()).text().equals(m.entry().key() + '\u064A')) {
                words.remove(m.entry().key());
            }
        }
        if (words.isEmpty()) {
            return Set.of();
        }
        Set<PhraseMatch> out = new HashSet<>();
        for (PhraseMatch m : places) {
            String before = m.field() + ':' + (m.fromToken() - 1);
            if (words.contains(m.entry().key()) && m.fromToken() == m.toToken() && m.skip() == 0
                    && in.form(m.field()).tokens().get(m.toToken()).text().equals(m.entry().key())
                    && !pluralEnds.contains(before) && !unitEnds.contains(before)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Every mention of a place the article shows once as a local village or quarter named after it: the headline's
     * "Strände von Kalifornien und Brasilien" over the body's "die Badeorte Kalifornien und Brasilien", and a Russian
     * case form ("в селе Париж … из Парижа"), whose entry shares the village's places.
     */
    Set<PhraseMatch> localSettlementsThroughout(List<PhraseMatch> places, TaggingInput in) {
        Set<Object> villages = new HashSet<>();
        for (PhraseMatch m : places) {
            if (localSettlement(m, in)) {
                villages.addAll(identities(m.entry()));
            }
        }
        Set<PhraseMatch> out = new HashSet<>();
        if (!villages.isEmpty()) {
            places.stream().filter(m -> identities(m.entry()).stream().anyMatch(villages::contains)).forEach(out::add);
        }
        return out;
    }

    /**
     * What names one place: the places GeoNames gives the name, else its key; and for a city CLDR names, its
     * exemplar's source, which its Russian case forms share (Париж, Парижа).
     */
    private static Set<Object> identities(GazetteerEntry e) {
        Set<Object> ids = new HashSet<>();
        ids.add(e.places().isEmpty() ? e.key() : e.places());
        String source = e.source();
        if (source.endsWith(GazetteerEntry.RUSSIAN_CASE)) {
            source = source.substring(0, source.length() - GazetteerEntry.RUSSIAN_CASE.length());
        }
        if (source.startsWith(GazetteerEntry.CLDR_EXEMPLAR)) {
            ids.add(source);
        }
        return ids;
    }

    /** The words of {@code roles} of {@code name-context-words.tsv}, by language, in one set per language. */
    private static Map<String, Set<String>> byLanguage(String... roles) {
        Map<String, Set<String>> words = new HashMap<>();
        for (String role : roles) {
            CuratedNames.nameContextWords(role).forEach((language, set) ->
                    words.computeIfAbsent(language, k -> new HashSet<>()).addAll(set));
        }
        return words;
    }

    /**
     * A demonym that names a cuisine or a dish, not its country ({@code cuisine} words): "Italian cuisine", "итальянскую
     * и испанскую кухню", "la cuisine française et italienne", Greek yogurt, Bulgarian pepper (Russian for bell
     * pepper); an animal's or a plant's kind ({@code species} words), found wherever it lives: Burmese pythons in the
     * Everglades, Japanese beetles in Iowa, a French bulldog; or a language ({@code tongue} words): "Spanish-language
     * broadcasters", "French-speaking cantons".
     * French and Spanish write the word before the adjective, the other cased scripts after it; a list's connector
     * may stand between. In Arabic and Persian any of these words before the adjective, behind its clitics
     * (پیتزا ایتالیایی, المتحور الهندي, a virus's variant, به سبک ایتالیایی).
     */
    private boolean cuisine(PhraseMatch m, TaggingInput in) {
        // Persian writes the adjective as the country's name and ی (ایتالیایی), a country's name with an ending;
        // Turkish puts some countries' bare names before a noun as adjectives (Çin yemekleri, Çin lokantası)
        boolean turkishAttributive = "tr".equals(in.language()) && m.entry().kind().countryName();
        if ((m.entry().kind() != NameKind.DEMONYM && !CountryReader.adjectival(m, in) && !turkishAttributive)
                || cuisineWords.isEmpty()) {
            return false;
        }
        List<MatchToken> t = in.form(m.field()).tokens();
        String language = in.language();
        Set<String> words = cuisineWords.getOrDefault(language, Set.of());
        if (!NameFilter.isCased(in.text(m.field()), m.start(), m.end())) {
            // Arabic and Persian put the adjective after its noun, with an article or a clitic on it (المطبخ الهندي,
            // والأرز الهندي, غذای هندی): the noun right before the adjective, read behind its clitics
            int prev = m.fromToken() - 1;
            // not where a player of the thing stands before it: عازف العود السعودي is the Saudi oud player
            return prev >= 0 && CliticStripper.isOneOf(words, t.get(prev).text(), true)
                    && !(prev >= 1 && roles.is(MentionRoles.Role.PERSON, in.language(), t.get(prev - 1).text()));
        }
        if ("fr".equals(language) || "es".equals(language)) {
            int prev = m.fromToken() - 1;
            return prev >= 0 && (words.contains(t.get(prev).text())
                    || prev >= 2 && roles.is(MentionRoles.Role.CONNECTOR, in.language(), t.get(prev).text())
                    && words.contains(t.get(prev - 2).text()));
        }
        int next = m.toToken() + 1;
        return next < t.size() && (words.contains(t.get(next).text())
                || next + 2 < t.size() && roles.is(MentionRoles.Role.CONNECTOR, in.language(), t.get(next).text())
                && words.contains(t.get(next + 2).text()));
    }

    /**
     * A town's or country's name right before the food or ware named after it (Wiener Würstchen, Brussels sprouts,
     * Panama hats): the thing, not the place. A demonym is left alone: Swiss cheese is Switzerland's.
     */
    private boolean foodOrWare(PhraseMatch m, TaggingInput in) {
        if (m.entry().kind() == NameKind.DEMONYM || commonAfter.isEmpty()) {
            return false;
        }
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        int next = m.toToken() + 1;
        return next < t.size() && commonAfter.getOrDefault(in.language(), Set.of()).contains(t.get(next).text())
                && TextPositions.adjacent(text, m.end(), t.get(next).start());
    }

    /**
     * A place or a nationality a hyphen joins to a likeness's word: "Chicago-style pizza" in Leeds, "Soviet-style
     * planning", "Hong Kong-style protests" in Bangkok compare with the place and are not about it.
     */
    private boolean styled(PhraseMatch m, TaggingInput in) {
        Set<String> words = styleAfter.get(in.language());
        List<MatchToken> t = in.form(m.field()).tokens();
        int next = m.toToken() + 1;
        if (words == null || next >= t.size()) {
            return false;
        }
        String text = in.text(m.field());
        return t.get(next).start() == m.end() + 1 && TextPositions.isHyphen(text.charAt(m.end()))
                && words.contains(t.get(next).text());
    }

    /**
     * A country's name or adjective as an amount's currency ("2.65 billion H.K. dlrs", "310 mln Canadian dlrs"):
     * a figure or a magnitude word right before it and a currency word right after it. Cased scripts only.
     */
    private boolean currencyOfAmount(PhraseMatch m, TaggingInput in) {
        String text = in.text(m.field());
        if (!NameFilter.isCased(text, m.start(), m.end())) {
            return false;
        }
        int i = m.end();
        while (i < text.length() && text.charAt(i) == '.') {
            i++; // the abbreviation's full stop: "U.S. dlrs"
        }
        String after = wordAt(text, i, true);
        while (after != null && !after.isEmpty() && !Character.isLetter(after.charAt(after.length() - 1))) {
            after = after.substring(0, after.length() - 1); // "dlrs," "dlrs."
        }
        if (after == null || !currencies.contains(after.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String before = wordAt(text, m.start(), false);
        if (before == null) {
            return false;
        }
        return before.chars().anyMatch(Character::isDigit) || magnitudes.contains(before.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A name that is also a measure's word, right before a figure and a unit of length or before a round thing: قطر
     * "diameter" (وقطر 10 م, بقطر 600 ملم, به قطر ۱۰ سانتی‌متر, قطر قرص القمر). Other names stay there (عن الرياض 60
     * كيلومترا, a distance from Riyadh), and a year before م (2022 م, the Gregorian era) leaves Qatar 2022 the country.
     */
    private boolean dimension(PhraseMatch m, TaggingInput in) {
        if (m.fromToken() != m.toToken() || !dimensions.contains(m.entry().key())) {
            return false;
        }
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        int figure = m.toToken() + 1;
        if (figure + 1 >= t.size() || NameFilter.isCased(text, m.start(), m.end())
                || !TextPositions.adjacent(text, m.end(), t.get(figure).start())) {
            return false;
        }
        if (roundThings.contains(t.get(figure).text())) {
            return true; // قطر قرص القمر: the diameter of the moon's disc
        }
        // the figure right after the word, or up to two words on (بقطر يتراوح بين 600 و1800 ملم, بقطر من 600 إلى)
        int words = 0;
        while (figure < t.size() && words < MAX_WORDS_BEFORE_FIGURE && figure(t.get(figure).text()) == null) {
            figure++;
            words++;
        }
        for (int k = figure; k + 1 < t.size() && k <= figure + MAX_RANGE_TOKENS; k++) {
            String number = figure(t.get(k).text());
            if (number == null) {
                return false;
            }
            String unit = t.get(k + 1).text();
            if (unit.equals("م") && number.length() == 4 && number.chars().allMatch(Character::isDigit)) {
                return false; // a year of the Gregorian era: قطر 2022 م
            }
            if (lengthUnits.contains(unit)
                    || unit.length() > 2 && (unit.endsWith("ی") || unit.endsWith("ي")) // سانتیمتری, the adjective
                    && lengthUnits.contains(unit.substring(0, unit.length() - 1))) {
                return true;
            }
            if (figure(unit) == null && !RANGE_WORDS.contains(unit)) {
                return false;
            }
            if (RANGE_WORDS.contains(unit)) {
                k++; // "600 إلى 1800", "۶۰۰ تا ۱۸۰۰": the range's second figure comes next
            }
        }
        return false;
    }

    /**
     * A Persian name of a country, a town or a province with a plural ending joined to it by a ZWNJ is a word that
     * reads like it: no place takes a plural (چین‌های زاگرس, the folds of the Zagros, not China;
     * تاکستان‌های انگور, vineyards, not Takestan); a people's plural is its adjective's (عراقی‌ها, تهرانی‌ها), which
     * this leaves alone.
     */
    private boolean persianPlural(PhraseMatch m, TaggingInput in) {
        NameKind kind = m.entry().kind();
        if (!"fa".equals(in.language())
                || !(kind.countryName() || kind == NameKind.CITY || kind == NameKind.REGION)) {
            return false;
        }
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        int next = m.toToken() + 1;
        // the bare name, not its people's adjective in ی that the match reads through (ایرانی‌ها, the Iranians)
        return t.get(m.toToken()).text().equals(m.entry().key()) && next < t.size()
                && persianPluralEndings.contains(t.get(next).text()) && m.end() < text.length()
                && text.charAt(m.end()) == '\u200C' && t.get(next).start() == m.end() + 1;
    }

    /**
     * A Persian name that a ZWNJ joins to the letters before it is a word's second half: Persian writes one word's
     * parts so (قصه‌گویان, storytellers, is no Guyana; پخته‌چینی, cotton picking, is no Chinese), and a place's name,
     * even of several parts, starts a word. A ZWNJ typed after a space or a comma joins nothing.
     */
    private static boolean persianCompoundTail(PhraseMatch m, TaggingInput in) {
        String text = in.text(m.field());
        return "fa".equals(in.language()) && m.start() > 1 && text.charAt(m.start() - 1) == '\u200C'
                && Character.isLetter(text.charAt(m.start() - 2));
    }

    /** The most words between a measure's word and its figure: a verb and a preposition (يتراوح بين, يصل إلى). */
    private static final int MAX_WORDS_BEFORE_FIGURE = 2;

    /** The most tokens of a range of figures before its unit: 600 و1800, 600 إلى 1800. */
    private static final int MAX_RANGE_TOKENS = 3;

    /** Words that join the two figures of a range, as the match form folds them: Arabic و, إلى; Persian تا. */
    private static final Set<String> RANGE_WORDS = Set.of("و", "الي", "تا");

    /** The figure a token writes, or null when it writes none. */
    private static String figure(String token) {
        return !token.isEmpty() && Character.isDigit(token.charAt(0))
                && token.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',') ? token : null;
    }

    /** The word after one or more spaces from {@code pos} (forward) or before {@code pos} (backward), or null. */
    private static String wordAt(String text, int pos, boolean forward) {
        int i = pos;
        int spaces = 0;
        while (forward ? i < text.length() && text.charAt(i) == ' ' : i > 0 && text.charAt(i - 1) == ' ') {
            i += forward ? 1 : -1;
            spaces++;
        }
        if (spaces == 0) {
            return null;
        }
        int j = i;
        while (Math.abs(j - i) < MAX_AMOUNT_CHARS && (forward ? j < text.length() && amountChar(text.charAt(j))
                : j > 0 && amountChar(text.charAt(j - 1)))) {
            j += forward ? 1 : -1;
        }
        return j == i ? null : forward ? text.substring(i, j) : text.substring(j, i);
    }

    private static boolean amountChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '/';
    }

    /** يدها، يده، قدمه → يد، قدم: a noun with a possessive ending. */
    private static String stripPronoun(String word) {
        if (word.length() >= 4 && (word.endsWith("ها") || word.endsWith("هم"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && (word.endsWith("ه") || word.endsWith("ي"))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
