package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A place name whose neighbours make it part of a person's or an organization's name ({@code name-context-words.tsv}):
 * <ul>
 *   <li>a title or role right before it: Coach Jordan, Foreign Minister Israel Katz, الرئيس …;</li>
 *   <li>a foreign given name right before it in Arabic script, where no capitals show names: ديفيد كاميرون;</li>
 *   <li>a company or club word right after it (Columbia Gas, Kenya Airways, Leeds United) or right before it
 *       (Real Madrid, Inter Milan), written with a capital in cased scripts;</li>
 *   <li>a hyphen joining it to a capitalized word that is no place (Georgia-Pacific; Austria-Hungary stays);</li>
 *   <li>in cased scripts, a run of up to {@value #MAX_ORG_WORDS} capitalized words after it (joined by "and", "of",
 *       "&amp;") that ends in a legal form: Jamaica Water Supply Co, China Light and Power Co Ltd, Piedmont Tobacco
 *       Corp (issue 13, second written wire set);</li>
 *   <li>an amount's currency unit: a number or "mln"/"billion" before it and a currency word after it ("2.65 billion
 *       H.K. dlrs", "0.6920 U.S. dlrs"): the money, not the place ({@link #COMMON_WORD});</li>
 *   <li>a figure and a unit of length after a name that is also a measure's word: قطر "diameter" (بقطر 600 ملم).</li>
 * </ul>
 * Only names of one word written as the gazetteer has them (no case ending: Präsident Frankreichs is a place)
 * are tested; demonyms are adjectives and are left to the nisba rule; institutions and clubs are organizations that
 * stand for their country by design (باشگاه پرسپولیس, نادي الهلال). A person found so is that person in the
 * whole article (Coach Jordan … Jordan said); an organization only where its name is written whole.
 */
final class NotPlaceContext {

    /** How many capitalized words may stand between a place name and the legal form that ends its company's name. */
    static final int MAX_ORG_WORDS = 4;
    /** The longest stock ticker read between angle brackets, exchange suffix included (BRKN.S, NAF.TO). */
    private static final int MAX_TICKER = 10;
    /** The longest word read around an amount (a figure such as 1,234,567.89 or a magnitude word). */
    private static final int MAX_AMOUNT_CHARS = 20;

    private final Set<String> titles = new HashSet<>();
    /** Words no company's name holds, which end the name a stock ticker closes (to, says, in). */
    private final Set<String> nameBreakers = new HashSet<>();
    /** Titles written as an abbreviation with a full stop (Sen., Mr., Gen.), as the match form holds them (sen). */
    private final Set<String> abbreviatedTitles = new HashSet<>();
    /** German titles and professions, also the last part of a compound (Jazzsängerin, Außenminister). */
    private final Set<String> germanTitles = new HashSet<>();
    /** The shortest German title read as a compound's last part: shorter ones end too many other words. */
    private static final int MIN_COMPOUND_HEAD = 6;
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> orgAfter = new HashSet<>();
    /** Words for a local unit after the place it is named after, in any case: California ward, Mexico borough. */
    private final Set<String> unitAfter = new HashSet<>();
    /** Common foreign surnames in Arabic script: a place right before one is a given name (تشاد ويليامز). */
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> orgBefore = new HashSet<>();
    /** Words for a group (تنظيم, جماعة, گروه) that start an organization's name only when the name is quoted. */
    private final Set<String> groupBefore = new HashSet<>();
    /** The word between a club word and its town in Romance names: Atlético de Madrid, Olympique de Marseille. */
    private static final Set<String> CLUB_LINKS = Set.of("de", "del", "du");

    /** The most items a list of local places named after foreign ones is read back over. */
    private static final int MAX_LIST_ITEMS = 6;

    /** Words joining a pair of names: "Kalifornien und Brasilien", "Париж и Варна". */
    private static final Set<String> PAIR_JOINERS = Set.of("und", "и", "and", "et", "y", "ve", "\u0648");

    private final Set<String> clubAfter = new HashSet<>();
    private final Set<String> clubBefore = new HashSet<>();
    private final Set<String> commonBefore = new HashSet<>();
    private final Set<String> commonAfter = new HashSet<>();
    /** Words for a cuisine or a dish, each as "language:word" ({@code cuisine} rows). */
    private final Set<String> cuisineWords = new HashSet<>();
    private final Set<String> streets = new HashSet<>();
    private final Set<String> settlements = new HashSet<>();
    private final Set<String> sideNouns = new HashSet<>();
    private final Set<String> legalForms = new HashSet<>();
    /** Lower-case nouns for a shop or a brand after its capitalized name: the Jordan Marsh department store. */
    private final Set<String> tradeNouns = new HashSet<>();
    /** How many lower-case words a trade noun may stand after the name (department store, grocery chain). */
    private static final int MAX_TRADE_NOUN_WORDS = 2;
    private final Set<String> orgJoiners = new HashSet<>();
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
    private final MatchFormNormalizer normalizer = new MatchFormNormalizer();
    /** The Persian preposition "to, into" (ترجمه به انگلیسی), folded. */
    private final String persianTo = normalizer.fold("به");
    private final String persianFrom = normalizer.fold("از");
    /** Persian, the language itself: no country's adjective, so not among the language words. */
    private final String persian = normalizer.fold("فارسی");

    /** Words after a possessive that show it owns nothing: the possessive names a building (near St Paul's to …). */
    private static final Set<String> NOTHING_OWNED = Set.of("to", "in", "on", "at", "and", "or", "near", "from", "for",
            "with", "by", "of", "was", "is", "has", "had", "will");
    /** Buildings and bodies named after a saint, after the saint's name in the possessive: St Paul's Cathedral. */
    private final Set<String> dedications = new HashSet<>();
    /** Saints' towns whose name carries the possessive (St. John's, St. George's), as {@link Folding#key} writes them. */
    private final Set<String> possessiveTowns = new HashSet<>();

    private final MentionRoles roles;

    /** {@code roles}: among them the words that close a local government's name (Chaguanas Borough Corporation). */
    NotPlaceContext(MentionRoles roles) {
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
                case "title" -> titles;
                case "given" -> givenNames;
                case "org-after" -> orgAfter;
                case "unit-after" -> unitAfter;
                case "surname" -> surnames;
                case "org-before" -> orgBefore;
                case "group-before" -> groupBefore;
                case "club-after" -> clubAfter;
                case "club-before" -> clubBefore;
                case "common-before" -> commonBefore;
                case "common-after" -> commonAfter;
                case "street" -> streets;
                case "settlement" -> settlements;
                case "side-noun" -> sideNouns;
                case "legal-form" -> legalForms;
                case "trade-noun" -> tradeNouns;
                case "name-breaker" -> nameBreakers;
                case "org-joiner" -> orgJoiners;
                case "currency" -> currencies;
                case "magnitude" -> magnitudes;
                case "office" -> offices;
                case "country-level" -> countryLevel;
                case "dimension" -> dimensions;
                case "round-thing" -> roundThings;
                case "length-unit" -> lengthUnits;
                case "language" -> languages;
                case "insistent" -> insistent;
                case "stat", "person-verb", "surname-ending" -> null; // PersonNames reads them
                case "cuisine" -> cuisineWords;
                case "dedication" -> dedications;
                case "possessive-town" -> {
                    possessiveTowns.add(Folding.key(row[2]));
                    yield null;
                }
                default -> throw new IllegalStateException("name-context-words.tsv: unknown role " + row[0]);
            };
            if (target == null) {
                continue;
            }
            if (target == cuisineWords) {
                cuisineWords.add(row[1] + ":" + n.fold(row[2]));
                continue;
            }
            if (target == commonAfter) {
                // words of one language: German "hat" (has) is no hat
                commonAfter.add(row[1] + ":" + n.fold(row[2]));
                continue;
            }
            if (target == titles && "de".equals(row[1]) && row[2].length() >= MIN_COMPOUND_HEAD) {
                germanTitles.add(n.fold(row[2]));
            }
            if (target == titles && row[2].endsWith(".")) {
                abbreviatedTitles.add(n.fold(row[2].replace(".", "")));
            }
            // the match form drops a final full stop (Inc., Sen.): store both
            target.add(n.fold(row[2]));
            target.add(n.fold(row[2].replace(".", "")));
        }
    }

    /** What a place name is part of, judging by its neighbours. */
    enum Part {
        /** Nothing: it stands for itself. */
        NONE,
        /** A person's name: the article means the person wherever it writes the name alone, too. */
        PERSON,
        /** An organization's name: only this mention. */
        ORGANIZATION,
        /** A sports club's name after its town (Real Madrid, Leeds United): only this mention, as the club's country. */
        CLUB,
        /** A common word here (أذان المغرب "the sunset prayer call", الركبة اليمنى "the right knee"): only this mention. */
        COMMON_WORD
    }

    /**
     * Whether the folded word {@code p} of a German article is a compound whose last part is a title or profession
     * (die Jazzsängerin Georgia Ungar, Außenminister Israel Katz): German writes the two as one word.
     */
    private boolean germanCompoundTitle(String p, TaggingInput in) {
        if (!"de".equals(in.language())) {
            return false;
        }
        for (int i = 1; i + MIN_COMPOUND_HEAD <= p.length(); i++) {
            if (germanTitles.contains(p.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a town named after a saint (St Paul, Saint John) is written in the possessive with nothing it owns: a
     * capitalized {@code dedication} word ("St Paul's Cathedral", "St Mary's Hospital") or no noun at all, a
     * punctuation mark or a preposition ("offices near St Paul's to the tower"), names the church or the school; a
     * town's possessive runs into what the town owns (St. Paul's mayor).
     */
    private boolean dedicatedToASaint(String text, PhraseMatch m) {
        String name = text.substring(m.start(), m.end());
        if (!(name.startsWith("St ") || name.startsWith("St. ") || name.startsWith("Saint "))) {
            return false;
        }
        int after = m.end();
        if (!possessiveEndsAt(text, after)) {
            if (!possessiveEndsAt(text, after + 2)) {
                return false;
            }
            after += 2;
        }
        if (possessiveTowns.contains(Folding.key(text.substring(m.start(), after).replace('\u2019', '\'')))) {
            return false; // St. John's, Newfoundland: the possessive is the town's own name
        }
        if (after >= text.length() || (text.charAt(after) != ' ' && !Character.isLetterOrDigit(text.charAt(after)))) {
            return true; // "St Paul's." "St Paul's, …": the cathedral or the school, owning nothing
        }
        if (text.charAt(after) != ' ' || after + 1 >= text.length()) {
            return false;
        }
        int end = after + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(after + 1, end);
        return Character.isUpperCase(text.charAt(after + 1)) ? dedications.contains(normalizer.fold(word))
                : NOTHING_OWNED.contains(word);
    }

    /** Whether an apostrophe and an s ({@code 's} or {@code ’s}) end right before {@code end}. */
    private static boolean possessiveEndsAt(String text, int end) {
        return end >= 2 && end <= text.length() && text.charAt(end - 1) == 's'
                && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019');
    }

    /**
     * Whether a lone capital letter and a hyphen stand right before {@code start}, as a brand joins them to a word
     * (T-Mobile, E-Plus): no place's name is written so; the hyphenated places join words (Saint-Denis, Dar-es-Salaam).
     */
    private static boolean afterLetterAndHyphen(String text, int start) {
        return start >= 2 && text.charAt(start - 1) == '-' && Character.isUpperCase(text.charAt(start - 2))
                && (start == 2 || !Character.isLetterOrDigit(text.charAt(start - 3)));
    }

    /**
     * Whether {@code m} closes a name of two capitalized words joined by a hyphen whose first is no place (Soekarno-Hatta,
     * the airport named after two men): a town GeoNames alone knows is no place there; "Jakarta-Bandung", two places,
     * keeps both. Cased scripts only.
     */
    private static boolean secondOfAHyphenatedName(String text, PhraseMatch m, List<MatchToken> t,
                                                   CoveredTokens placeTokens) {
        int prev = m.fromToken() - 1;
        return prev >= 0 && m.start() >= 3 && text.charAt(m.start() - 1) == '-'
                && t.get(prev).end() == m.start() - 1 && TextPositions.nameLike(text, t.get(prev))
                && NameFilter.isCased(text, m.start(), m.end()) && !placeTokens.covers(m.field(), prev);
    }

    /** What the single-word match {@code m} is part of, judging by its neighbours. */
    Part partOfName(PhraseMatch m, TaggingInput in, CoveredTokens placeTokens) {
        if (commonWord(m, in) || currencyOfAmount(m, in) || dimension(m, in) || persianPlural(m, in)
                || persianCompoundTail(m, in)) {
            return Part.COMMON_WORD;
        }
        if ((m.fromToken() != m.toToken() || "ru".equals(in.language())) && m.entry().kind() != NameKind.INSTITUTION
                && quotedAfterOrgWord(m, in)) {
            return Part.ORGANIZATION; // تنظيم "بيت المقدس": a group's name of several words in quotes
        }
        if (QuotedNames.opensRussianName(m, in)) {
            return Part.ORGANIZATION; // «Турецкий марш», Mozart's: a work's name
        }
        if (afterLetterAndHyphen(in.text(m.field()), m.start())) {
            return Part.ORGANIZATION; // T-Mobile: a brand's name
        }
        if (m.entry().fromGeoNames() && secondOfAHyphenatedName(in.text(m.field()), m, in.form(m.field()).tokens(),
                placeTokens)) {
            return Part.ORGANIZATION; // Soekarno-Hatta International Airport: a name after two men
        }
        if (dedicatedToASaint(in.text(m.field()), m)) {
            return Part.ORGANIZATION; // St Paul's Cathedral: the church, not St Paul, Minnesota
        }
        if (m.fromToken() != m.toToken() || m.entry().kind() == NameKind.DEMONYM
                || m.entry().kind() == NameKind.INSTITUTION || m.skip() > 0
                || m.entry().source().endsWith(GazetteerEntry.RUSSIAN_CASE)) {
            return Part.NONE;
        }
        boolean title = m.field().equals("title");
        String text = in.text(m.field());
        MatchText form = in.form(m.field());
        List<MatchToken> t = form.tokens();
        MatchToken self = t.get(m.fromToken());
        if (self.text().length() != m.entry().key().length()) {
            return Part.NONE; // carries an ending: a case form, not a bare name
        }
        if (m.toToken() + 1 < t.size() && closedByATicker(text, t, m.toToken() + 1)) {
            return Part.ORGANIZATION; // BRAZIL CLAY PRODUCTS CO <BRCP>, Canada Southern Petroleum <CSW>
        }
        boolean cased = NameFilter.isCased(text, m.start(), m.end());
        if (cased && title && TextPositions.isTitleCase(in.title())) {
            return Part.NONE; // headline style capitalizes every word: Iran Power Cuts Spread
        }
        int prev = m.fromToken() - 1;
        if (quotedAfterOrgWord(m, in)) {
            return Part.ORGANIZATION; // سينما «عدن»: a cinema's name in quotes
        }
        if (cased && abbreviatedTitleBefore(text, t, prev, m.start())) {
            // "Mr. Israel's offices", "Sen. Chad": a title's abbreviation and its full stop
            return Part.PERSON;
        }
        if (cased && prev >= 1 && TextPositions.nameLike(text, t.get(prev))
                && TextPositions.adjacent(text, t.get(prev).end(), m.start())
                && abbreviatedTitleBefore(text, t, prev - 1, t.get(prev).start())) {
            // "Sen. Everett Chad", "Gen. Lloyd Austin": a title, a given name and the place as the surname
            return Part.PERSON;
        }
        if (prev >= 0 && TextPositions.adjacent(text, t.get(prev).end(), m.start())) {
            String p = t.get(prev).text();
            if (titles.contains(p) || (!cased && givenNames.contains(p)) || germanCompoundTitle(p, in)) {
                return cased && titles.contains(p) && endsAName(text, t, prev, m.toToken() + 1)
                        ? Part.ORGANIZATION : Part.PERSON;
            }
            if ((orgBefore.contains(p) || clubBefore.contains(p))
                    && (!cased || TextPositions.capitalized(text, t.get(prev)))) {
                if (clubBefore.contains(p) && (m.entry().kind() == NameKind.COUNTRY_NAME
                        || m.entry().kind() == NameKind.SHORT_FORM)) {
                    // a club named after a country, not a town (Club América of Mexico City, نادي أمريكا): its
                    // country is not the name's, and the article writes the name alone for the club too (América
                    // coach …, أمريكا يتغلب على تيغريس)
                    return Part.PERSON;
                }
                return organizationOrClub(clubBefore.contains(p), cased);
            }
            // "Atlético de Madrid", "Olympique de Marseille", "Sporting de Gijón": the club word, "de", the town
            if (cased && CLUB_LINKS.contains(p) && prev >= 1 && clubBefore.contains(t.get(prev - 1).text())
                    && TextPositions.adjacent(text, t.get(prev - 1).end(), t.get(prev).start())
                    && TextPositions.capitalized(text, t.get(prev - 1))) {
                return Part.CLUB;
            }
        }
        int next = m.toToken() + 1;
        if (cased && m.entry().kind() == NameKind.CITY
                && roles.closesLocalGovernmentName(m, in, MAX_ORG_WORDS)) {
            // a town's local government, even where a legal form or a unit's word closes its name (Chaguanas
            // Borough Corporation, Reading Borough Council): the town's
            return Part.NONE;
        }
        if (next < t.size()) {
            MatchToken n = t.get(next);
            boolean touching = TextPositions.adjacent(text, m.end(), n.start());
            if (touching && (orgAfter.contains(beforeApostrophe(n.text())) || clubAfter.contains(n.text()))
                    && (!cased || TextPositions.capitalized(text, n))) {
                return organizationOrClub(clubAfter.contains(n.text()), cased);
            }
            if (touching && unitAfter.contains(n.text())) {
                return Part.ORGANIZATION; // Nairobi's California ward: a ward named after the state
            }
            if (!cased && touching && surnames.contains(n.text())) {
                return Part.PERSON; // وقال تشاد ويليامز: Chad Williams, whom Latin script would show by his capitals
            }
            if (cased && m.entry().kind() == NameKind.COUNTRY_NAME && nameEndsIn(text, t, next, streets, 2)) {
                // Jamaica Road, Canada Water, Kıbrıs Şehitleri Caddesi: a street or quarter named after the country
                return Part.ORGANIZATION;
            }
            if (cased && (nameEndsIn(text, t, next, legalForms, MAX_ORG_WORDS)
                    || tradeNameBefore(text, t, next, m.field(), placeTokens))) {
                return Part.ORGANIZATION;
            }
            // German joins a country to any noun with a hyphen and capitalizes both (Zypern-Gespräche, Ukraine-Krieg)
            if (cased && !"de".equals(in.language()) && n.start() == m.end() + 1 && isHyphen(text.charAt(m.end()))
                    && TextPositions.capitalized(text, n) && !placeTokens.covers(m.field(), next)) {
                return Part.ORGANIZATION;
            }
        }
        return Part.NONE;
    }

    /**
     * Whether one to {@value #MAX_ORG_WORDS} capitalized words from token {@code next} on, none a {@code name-breaker},
     * run into a stock ticker in angle brackets ("BRAZIL CLAY PRODUCTS CO <BRCP>"), as the economic wire writes a
     * company's name: the place opens that name.
     */
    private boolean closedByATicker(String text, List<MatchToken> t, int next) {
        CapitalizedRun run = CapitalizedRun.after(text, t, next, MAX_ORG_WORDS, orgJoiners);
        for (int k = run.from(); k < run.to(); k++) {
            if (nameBreakers.contains(t.get(k).text())) {
                return false;
            }
            if (tickerAt(text, t.get(k).end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a stock ticker in angle brackets follows {@code end} after a space: " <BRCP>", " <NAF.TO>". */
    private static boolean tickerAt(String text, int end) {
        if (end + 3 >= text.length() || text.charAt(end) != ' ' || text.charAt(end + 1) != '<') {
            return false;
        }
        int i = end + 2;
        for (int n = 0; i < text.length() && n <= MAX_TICKER; i++, n++) {
            char c = text.charAt(i);
            if (c == '>') {
                return n > 0;
            }
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '.') {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the word at token {@code title} is a title's abbreviation written with its full stop right before the
     * name at {@code nameStart} ("Sen. ", "Mr. ", "Gen. "). Titles written out keep their own reading (Foreign Minister
     * Israel Katz), and are also everyday capitalized words before a place (General Motors Korea).
     */
    private boolean abbreviatedTitleBefore(String text, List<MatchToken> t, int title, int nameStart) {
        if (title < 0) {
            return false;
        }
        MatchToken w = t.get(title);
        return w.end() < text.length() && text.charAt(w.end()) == '.' && abbreviatedTitles.contains(w.text())
                && TextPositions.adjacent(text, w.end() + 1, nameStart);
    }

    /**
     * Whether capitalized words that are no places, from token {@code next} on, and then a trade noun within
     * {@value #MAX_TRADE_NOUN_WORDS} lower-case words close the name the place opens: "the Jordan Marsh department
     * store", a shop named after its founders. A place before a trade noun alone ("a Jordan store") stays the place.
     */
    private boolean tradeNameBefore(String text, List<MatchToken> t, int next, String field, CoveredTokens places) {
        if (tradeNouns.isEmpty()) {
            return false;
        }
        CapitalizedRun run = CapitalizedRun.after(text, t, next, MAX_ORG_WORDS, Set.of());
        int k = next;
        while (k < run.to() && !places.covers(field, k)) {
            k++;
        }
        if (k == next) {
            return false;
        }
        int end = t.get(k - 1).end();
        for (int words = 0; k < t.size() && words < MAX_TRADE_NOUN_WORDS; k++, words++) {
            MatchToken tk = t.get(k);
            if (!TextPositions.adjacent(text, end, tk.start()) || TextPositions.capitalized(text, tk)) {
                return false;
            }
            if (tradeNouns.contains(tk.text())) {
                return true;
            }
            end = tk.end();
        }
        return false;
    }

    /**
     * Whether the capitalized title word at token {@code title} continues a name begun by the capitalized word before
     * it, and the place after it ends that name (no capitalized word at token {@code next}): "Border Guard
     * Bangladesh", a body's name, not a guard called Bangladesh, whose other mentions stay the country's; "Foreign
     * Minister Israel Katz" goes on with the surname.
     */
    private static boolean endsAName(String text, List<MatchToken> t, int title, int next) {
        return title >= 1 && TextPositions.capitalized(text, t.get(title))
                && TextPositions.capitalized(text, t.get(title - 1))
                && TextPositions.adjacent(text, t.get(title - 1).end(), t.get(title).start())
                && (next >= t.size() || !TextPositions.capitalized(text, t.get(next)));
    }

    /**
     * A club's town is its club's country in cased scripts; Arabic-script news names foreign clubs mostly as their
     * players' former employers, so there it is no evidence, like any organization's.
     */
    private static Part organizationOrClub(boolean club, boolean cased) {
        return club && cased ? Part.CLUB : Part.ORGANIZATION;
    }

    /**
     * Arabic words that fold onto a place name but read otherwise here: a prayer time (أذان المغرب, صلاة المغرب:
     * the sunset prayer, not Morocco), "country-level" after an office (المديرة القطرية, a country director, not
     * Qatari), and the feminine adjective "right" written with a final ى after a feminine
     * or body-side noun (الركبة اليمنى, يدها اليمنى, الجهة اليمنى), which folds onto اليمني "Yemeni": the Yemeni
     * adjective agrees with a feminine noun as اليمنية, so after one the form can only be "right".
     */
    private boolean commonWord(PhraseMatch m, TaggingInput in) {
        if (foodOrWare(m, in) || cuisine(m, in) || inLanguage(m, in) || insisting(m, in)) {
            return true;
        }
        if (m.fromToken() == 0 || m.fromToken() != m.toToken()) {
            return false;
        }
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        String prev = t.get(m.fromToken() - 1).text();
        if (commonBefore.contains(prev) || localSettlement(m, in)) {
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
     * back in the same sentence, not as part of بنا بر or علاوه بر ("اتحادیه بر اجرای دقیق این دستورالعمل مصر است").
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
     * Whether a word for a village, a district or a quarter stands before {@code m}, or before the list it is an item
     * of ("im Ortsteil Brasilien", "die Badeorte Kalifornien und Brasilien", محله‌های لبنان, "в селах Париж, Берлин и
     * Варна"): a local place named after a foreign one. Before a province's own name the word is its status (مقاطعة
     * أونتاريو, Ontario province).
     */
    private boolean localSettlement(PhraseMatch m, TaggingInput in) {
        if (m.fromToken() == 0 || m.fromToken() != m.toToken()) {
            return false;
        }
        List<MatchToken> t = in.form(m.field()).tokens();
        int from = m.fromToken();
        if (settlements.contains(nounAt(t, from - 1, in)) && m.entry().kind() != NameKind.REGION) {
            return true;
        }
        // a later item of a list: "die Badeorte Kalifornien und Brasilien", خیابان‌های فلسطین و ایتالیا (the
        // streets Palestine and Italy), "в селах Париж, Берлин и Варна"; a cased script shows each item a name,
        // Persian has no capitals to show it
        String text = in.text(m.field());
        boolean persian = "fa".equals(in.language());
        if (!persian && !NameFilter.isCased(text, m.start(), m.end())) {
            return false;
        }
        int item = from;
        for (int items = 1; items < MAX_LIST_ITEMS; items++) {
            int previous;
            if (item >= 2 && PAIR_JOINERS.contains(t.get(item - 1).text())) {
                previous = item - 2;
            } else if (item >= 1 && text.startsWith(", ", t.get(item - 1).end())
                    && t.get(item - 1).end() + 2 == t.get(item).start()) {
                previous = item - 1;
            } else {
                return false;
            }
            if (previous < 1 || !(persian || TextPositions.capitalized(text, t.get(previous)))) {
                return false;
            }
            if (settlements.contains(nounAt(t, previous - 1, in))) {
                return true;
            }
            item = previous;
        }
        return false;
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
     * A town's name right before a street word where the article names the town's country no other way (a person's
     * name is no way: Harold Israel's offices on Jerusalem Avenue in Hempstead) and names another country's places: a
     * street there named after the town (a Nashville concert of the 1972 album "Toulouse Street", named after a street
     * of New Orleans). A story that names no other country keeps it: "the Dublin Road" in Galway is the road to Dublin,
     * in Ireland. Cased scripts only.
     */
    Set<PhraseMatch> streetsNamedAfterTowns(List<PhraseMatch> places, Set<String> personKeys, TaggingInput in) {
        List<PhraseMatch> streets = new ArrayList<>();
        Set<String> named = new HashSet<>(); // the countries named other than by a town before a street or a person
        for (PhraseMatch m : places) {
            String code = m.entry().code();
            if (m.entry().kind() == NameKind.CITY && code != null && streetAfter(m, in)) {
                streets.add(m);
            } else if (code != null && !personKeys.contains(m.entry().key())) {
                named.add(code);
            }
        }
        Set<PhraseMatch> out = new HashSet<>();
        for (PhraseMatch m : streets) {
            if (!named.isEmpty() && !named.contains(m.entry().code())) {
                out.add(m);
            }
        }
        return out;
    }

    private boolean streetAfter(PhraseMatch m, TaggingInput in) {
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        int next = m.toToken() + 1;
        return NameFilter.isCased(text, m.start(), m.end()) && next < t.size()
                && TextPositions.adjacent(text, m.end(), t.get(next).start())
                && TextPositions.capitalized(text, t.get(next)) && streets.contains(t.get(next).text());
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

    /**
     * A demonym that names a cuisine or a dish, not its country ({@code cuisine} words): "Italian cuisine", "итальянскую
     * и испанскую кухню", "la cuisine française et italienne", Greek yogurt, Bulgarian pepper (Russian for bell
     * pepper). French and Spanish write the word before the adjective, the other cased scripts after it; a list's
     * connector may stand between. Cased scripts only.
     */
    private boolean cuisine(PhraseMatch m, TaggingInput in) {
        if (m.entry().kind() != NameKind.DEMONYM || cuisineWords.isEmpty()
                || !NameFilter.isCased(in.text(m.field()), m.start(), m.end())) {
            return false;
        }
        List<MatchToken> t = in.form(m.field()).tokens();
        String language = in.language();
        if ("fr".equals(language) || "es".equals(language)) {
            int prev = m.fromToken() - 1;
            return prev >= 0 && (cuisineWords.contains(language + ":" + t.get(prev).text())
                    || prev >= 2 && roles.is(MentionRoles.Role.CONNECTOR, t.get(prev).text())
                    && cuisineWords.contains(language + ":" + t.get(prev - 2).text()));
        }
        int next = m.toToken() + 1;
        return next < t.size() && (cuisineWords.contains(language + ":" + t.get(next).text())
                || next + 2 < t.size() && roles.is(MentionRoles.Role.CONNECTOR, t.get(next).text())
                && cuisineWords.contains(language + ":" + t.get(next + 2).text()));
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
        return next < t.size() && commonAfter.contains(in.language() + ":" + t.get(next).text())
                && TextPositions.adjacent(text, m.end(), t.get(next).start());
    }

    /**
     * Whether capitalized words from token {@code next} on, joined by spaces and at most {@code maxWords} long (with
     * "and", "of", "&amp;" between them), end in a capitalized word of {@code ends}: a legal form (the place starts a
     * company's name) or a street word (the place starts a street's).
     */
    private boolean nameEndsIn(String text, List<MatchToken> t, int next, Set<String> ends, int maxWords) {
        CapitalizedRun run = CapitalizedRun.after(text, t, next, maxWords + 1, orgJoiners);
        for (int k = run.from(); k < run.to(); k++) {
            MatchToken w = t.get(k);
            if (TextPositions.capitalized(text, w)
                    && (ends.contains(w.text()) || ends.contains(beforeApostrophe(w.text())))) {
                return true;
            }
        }
        return false;
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

    /** Caddesi'ndeki → Caddesi: a word without the ending Turkish writes after an apostrophe. */
    private static String beforeApostrophe(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (CliticStripper.isApostrophe(word.charAt(i))) {
                return word.substring(0, i);
            }
        }
        return word;
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

    /**
     * The name an article quotes after a word for an establishment (ресторан «Прага», مطعم «ليالي بيروت») is that
     * establishment wherever the article quotes the same name again («Прага» и «Варшава» откроются после
     * реконструкции; a headline's إغلاق «ليالي بيروت»): in Russian and in Arabic script, which quote such names.
     */
    List<PhraseMatch> quotedAgain(List<PhraseMatch> places, TaggingInput in) {
        if (!QUOTING_LANGUAGES.contains(in.language()) && !"ar".equals(in.language()) && !"fa".equals(in.language())) {
            return List.of();
        }
        Map<PhraseMatch, String> quoted = new HashMap<>();
        Set<String> establishments = new HashSet<>();
        for (PhraseMatch m : places) {
            String name = QuotedNames.around(in.text(m.field()), m);
            if (name == null) {
                continue;
            }
            quoted.put(m, name);
            // an institution's own name (компания «Казатомпром») is its country's evidence, quoted or not
            if (m.entry().kind() != NameKind.INSTITUTION && quotedAfterOrgWord(m, in)) {
                establishments.add(name);
            }
        }
        return places.stream().filter(m -> establishments.contains(quoted.get(m))).toList();
    }

    /**
     * In Arabic script, a word that starts an organization's name (سينما), a group's (تنظيم) or says a name follows
     * (يحمل اسم, به نام) stands before the match, which is inside the quoted name after it, up to
     * {@value #MAX_QUOTED_WORDS_BEFORE} words in: مطعما يحمل اسم «ليالي إسطنبول», a restaurant in Ajman; so in
     * Russian, which quotes the names of establishments, stations and ships after the word for them (ресторан
     * «Прага», кинотеатр «Варшава», метро «Киевская»), though it writes them capitalized.
     */
    private boolean quotedAfterOrgWord(PhraseMatch m, TaggingInput in) {
        String text = in.text(m.field());
        if (NameFilter.isCased(text, m.start(), m.end()) && !QUOTING_LANGUAGES.contains(in.language())) {
            return false;
        }
        List<MatchToken> t = in.form(m.field()).tokens();
        for (int prev = m.fromToken() - 1; prev >= 0 && prev >= m.fromToken() - 1 - MAX_QUOTED_WORDS_BEFORE; prev--) {
            String p = t.get(prev).text();
            // also behind an Arabic conjunction or preposition written on the word (ومطعم «مندي صنعاء»)
            if ((CliticStripper.isOneOf(orgBefore, p, false) || CliticStripper.isOneOf(clubBefore, p, false)
                    || CliticStripper.isOneOf(groupBefore, p, false))
                    && QuotedNames.opensBetween(text, t.get(prev).end(), m.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cased-script languages whose press quotes an establishment's name after the word for it (ресторан «Прага»,
     * das Lokal «Athen», le restaurant « Le Liban »): there a capital does not show the name, the quotes do.
     */
    private static final Set<String> QUOTING_LANGUAGES = Set.of("ru", "de", "fr", "es", "tr");

    /** The most words a quoted name may hold before the place name in it: «ليالي إسطنبول». */
    private static final int MAX_QUOTED_WORDS_BEFORE = 3;

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
