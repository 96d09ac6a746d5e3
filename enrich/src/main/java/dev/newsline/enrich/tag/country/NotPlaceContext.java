package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 *   <li>an everyday word here, as {@link EverydayWords} reads it ("2.65 billion H.K. dlrs", بقطر 600 ملم, the right
 *       knee's الركبة اليمنى): no place ({@link Part#COMMON_WORD}).</li>
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
    /** The most characters a company's name in angle brackets runs on after its second word. */
    private static final int MAX_BRACKETED_TAIL = 60;

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
    /** A storm's words (Hurricane, huracán, Sturmtief): the name after one is the storm's. */
    private final Set<String> storms = new HashSet<>();
    /** Sectors of a country's national company, after its name: Kuwait Petroleum, Korea Electric Power, Egypt Air. */
    private final Set<String> nationalCompanies = new HashSet<>();
    /** Words for a local unit after the place it is named after, in any case: California ward, Mexico borough. */
    private final Set<String> unitAfter = new HashSet<>();
    /** Common foreign surnames in Arabic script: a place right before one is a given name (تشاد ويليامز). */
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> orgBefore = new HashSet<>();
    /** Words for a group (تنظيم, جماعة, گروه) that start an organization's name only when the name is quoted. */
    private final Set<String> groupBefore = new HashSet<>();
    /** Words for a bank, folded, that name one after its home town with a linking word: Bank of Tokyo, Banco de Bogotá. */
    private static final Set<String> BANKS = Set.of("bank", "banque", "banco");
    /** The words that join a bank word to its town. */
    private static final Set<String> BANK_LINKS = Set.of("of", "de", "du");
    /** The word between a club word and its town in Romance names: Atlético de Madrid, Olympique de Marseille. */
    private static final Set<String> CLUB_LINKS = Set.of("de", "del", "du");

    private final Set<String> clubAfter = new HashSet<>();
    private final Set<String> clubBefore = new HashSet<>();
    private final Set<String> streets = new HashSet<>();
    private final Set<String> legalForms = new HashSet<>();
    /** Words for a street, a place of business or a cake that French and Spanish name after a place with "de". */
    private final Set<String> streetsBefore = new HashSet<>();
    /** Lower-case nouns for a shop or a brand after its capitalized name: the Jordan Marsh department store. */
    private final Set<String> tradeNouns = new HashSet<>();
    /** How many lower-case words a trade noun may stand after the name (department store, grocery chain). */
    private static final int MAX_TRADE_NOUN_WORDS = 2;
    private final Set<String> orgJoiners = new HashSet<>();
    private final MatchFormNormalizer normalizer = new MatchFormNormalizer();

    /** Words after a possessive that show it owns nothing: the possessive names a building (near St Paul's to …). */
    private static final Set<String> NOTHING_OWNED = Set.of("to", "in", "on", "at", "and", "or", "near", "from", "for",
            "with", "by", "of", "was", "is", "has", "had", "will");
    /** Buildings and bodies named after a saint, after the saint's name in the possessive: St Paul's Cathedral. */
    private final Set<String> dedications = new HashSet<>();
    /** Saints' towns whose name carries the possessive (St. John's, St. George's), as {@link Folding#key} writes them. */
    private final Set<String> possessiveTowns = new HashSet<>();

    private final MentionRoles roles;

    private final EverydayWords everyday;

    /**
     * {@code roles}: among them the words that close a local government's name (Chaguanas Borough Corporation);
     * {@code everyday}: where a name is an everyday word.
     */
    NotPlaceContext(MentionRoles roles, EverydayWords everyday) {
        this.roles = roles;
        this.everyday = everyday;
        MatchFormNormalizer n = normalizer;
        for (String[] row : CuratedNames.nameContextWords()) {
            Set<String> target = switch (row[0]) {
                case "title" -> titles;
                case "given" -> givenNames;
                case "org-after" -> orgAfter;
                case "storm" -> storms;
                case "national-company" -> nationalCompanies;
                case "unit-after" -> unitAfter;
                case "surname" -> surnames;
                case "org-before" -> orgBefore;
                case "group-before" -> groupBefore;
                case "club-after" -> clubAfter;
                case "club-before" -> clubBefore;
                case "street" -> streets;
                case "legal-form" -> legalForms;
                case "street-before" -> streetsBefore;
                case "trade-noun" -> tradeNouns;
                case "name-breaker" -> nameBreakers;
                case "org-joiner" -> orgJoiners;
                case "stat", "person-verb", "surname-ending", "place-given", "state-body" ->
                        null; // PersonNames reads them
                case "work-before", "work-after" -> null; // WorkTitles reads them
                case "school", "school-link" -> null; // SchoolsAbroad reads them
                case "status-after" -> null; // WrittenForm reads them
                case "staff-byline" -> null; // DatelineReader reads them
                case "common-before", "common-after", "settlement", "settlement-of", "side-noun", "currency",
                        "magnitude", "office", "country-level", "dimension", "round-thing", "length-unit", "language",
                        "insistent", "cuisine", "species", "tongue", "water", "language-cue", "language-end",
                        "heritage", "treaty-before", "treaty-after", "currency-name", "style", "style-after" ->
                        null; // EverydayWords reads them
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
        if (!TextPositions.possessiveEndsAt(text, after)) {
            if (!TextPositions.possessiveEndsAt(text, after + 2)) {
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
        if (everyday.is(m, in)) {
            return Part.COMMON_WORD;
        }
        if (RunInBylines.opensTheText(m, in)) {
            return Part.NONE; // "By Brendan McCallister Calgary city council has voted": the text's first word
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
        if (m.entry().kind() == NameKind.DEMONYM && m.skip() == 0 && streetAfter(m, in)
                && TextPositions.capitalized(in.text(m.field()), in.form(m.field()).tokens().get(m.fromToken()))) {
            return Part.ORGANIZATION; // Fransız Sokağı, Französische Straße: a street's name
        }
        if ("fr".equals(in.language()) && m.fromToken() == m.toToken()
                && NameFilter.isCased(in.text(m.field()), m.start(), m.end())
                && frenchShipOrHouseName(in.text(m.field()), in.form(m.field()).tokens(), m.fromToken() - 1, m, in)) {
            return Part.ORGANIZATION; // le chalutier Islande, le restaurant Le Panama, l'Hôtel d'Angleterre
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
        if ("en".equals(in.language()) && m.toToken() + 1 < t.size()
                && opensABracketedCompany(text, m, t.get(m.toToken() + 1))) {
            return Part.ORGANIZATION; // <Armenia Savings and Loan>, <CUBA SUGAR CO>: the economic wire's company
        }
        boolean cased = NameFilter.isCased(text, m.start(), m.end());
        if (cased && title && TextPositions.isTitleCase(in.title())) {
            // headline style capitalizes every word (Iran Power Cuts Spread), so only a legal form still closes a
            // company's name there: "CHAD THERAPEUTICS INC 2ND QTR LOSS", "<JORDAN INDUSTRIES INC> SETS PAYOUT"; a
            // state's own company stays the state's (KUWAIT PETROLEUM CORP)
            int after = m.toToken() + 1;
            return after < t.size() && !nationalCompanies.contains(t.get(after).text())
                    && nameEndsIn(text, t, after, legalForms, MAX_ORG_WORDS) ? Part.ORGANIZATION : Part.NONE;
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
        if ("en".equals(in.language()) && cased && prev >= 0
                && roles.is(MentionRoles.Role.VESSEL, in.language(), t.get(prev).text())
                && TextPositions.adjacent(text, t.get(prev).end(), m.start()) && m.toToken() + 1 < t.size()
                && TextPositions.adjacent(text, m.end(), t.get(m.toToken() + 1).start())
                && TextPositions.capitalized(text, t.get(m.toToken() + 1))) {
            // "the bulk carrier Panama Spirit", "the tanker Kuwait Star": a ship's name of two words or more; "the
            // tanker Iran seized" stays Iran
            return Part.ORGANIZATION;
        }
        if (prev >= 0 && TextPositions.adjacent(text, t.get(prev).end(), m.start())) {
            String p = CliticStripper.withoutElision(t.get(prev).text()); // a title behind l', d' (l'actrice)
            if (titles.contains(p) && m.entry().kind().countryName() && (m.entry().casing() == Casing.ALL_CAPS
                    || "ru".equals(in.language())
                    && RussianForms.indeclinable(text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT)))) {
                // Russian governs the country's genitive after an office, and Чили, Перу, Того, Мали do not decline:
                // "Президент Чили Габриэль Борич" is Chile's president, not a man named Chile; a name that declines
                // stands in the nominative only as a person's ("Гроссмейстер Израиль Гершензон"). No person is named
                // by a state's abbreviation, which declines in no language: "Президент США", "канцлер ФРГ"
                return Part.NONE;
            }
            if (storms.contains(p) && (!"en".equals(in.language()) || TextPositions.capitalized(text, t.get(prev)))) {
                return Part.PERSON; // Hurricane Florence, el huracán Milton: the storm, here and wherever named alone
            }
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
            if (cased && headAndLinkBefore(text, t, prev, clubBefore, CLUB_LINKS, true)) {
                return Part.CLUB;
            }
            // "la rue de Rome" in Rennes, "el Café de France" in Marrakech, "le pain de Gênes": a street, a place
            // of business or a cake named after the place, its word and "de" before the name
            if (cased && headAndLinkBefore(text, t, prev, streetsBefore, CLUB_LINKS, false)) {
                return Part.ORGANIZATION;
            }
        }
        int next = m.toToken() + 1;
        if (cased && m.entry().kind() == NameKind.CITY
                && roles.closesLocalGovernmentName(m, in, MAX_ORG_WORDS)) {
            // a town's local government, even where a legal form or a unit's word closes its name (Chaguanas
            // Borough Corporation, Reading Borough Council): the town's
            return Part.NONE;
        }
        if (cased && m.entry().kind() == NameKind.CITY && headAndLinkBefore(text, t, prev, BANKS, BANK_LINKS, true)) {
            return Part.NONE; // Bank of Tokyo Ltd, Bank of Boston Corp: a bank named after its home town stands for it
        }
        if (next < t.size()) {
            MatchToken n = t.get(next);
            boolean touching = TextPositions.adjacent(text, m.end(), n.start());
            if (touching && cased && m.entry().kind().countryName() && nationalCompanies.contains(n.text())
                    && TextPositions.capitalized(text, n)) {
                return Part.NONE; // Kuwait Petroleum, China National Petroleum Corp: the country's own company
            }
            if (touching && cased && roles.is(MentionRoles.Role.SUBDIVISION, in.language(), n.text())
                    && ownSubdivision(m.entry())) {
                return Part.NONE; // Mombasa County, Kenya's county: the subdivision, not a US county named after it
            }
            if (touching && (orgAfter.contains(CliticStripper.beforeApostrophe(n.text())) || clubAfter.contains(n.text()))
                    && (!cased || TextPositions.capitalized(text, n))) {
                return organizationOrClub(clubAfter.contains(n.text()), cased);
            }
            if (touching && unitAfter.contains(n.text())) {
                return Part.ORGANIZATION; // Nairobi's California ward: a ward named after the state
            }
            if (!cased && touching && surnames.contains(n.text())) {
                return Part.PERSON; // وقال تشاد ويليامز: Chad Williams, whom Latin script would show by his capitals
            }
            if (cased && m.entry().kind().countryName() && nameEndsIn(text, t, next, streets, 2)) {
                // Jamaica Road, Canada Water, Kıbrıs Şehitleri Caddesi, Turkey Hill: a street, a quarter or a landmark
                // named after the country
                return Part.ORGANIZATION;
            }
            if (cased && (nameEndsIn(text, t, next, legalForms, MAX_ORG_WORDS)
                    || tradeNameBefore(text, t, next, m.field(), placeTokens))) {
                return Part.ORGANIZATION;
            }
            // German joins a country to any noun with a hyphen and capitalizes both (Zypern-Gespräche, Ukraine-Krieg)
            if (cased && !"de".equals(in.language()) && n.start() == m.end() + 1
                    && TextPositions.isHyphen(text.charAt(m.end())) && TextPositions.capitalized(text, n)
                    && !placeTokens.covers(m.field(), next)) {
                return Part.ORGANIZATION;
            }
        }
        return Part.NONE;
    }

    /**
     * Whether tokens {@code prev - 1} and {@code prev} are a head word, capitalized where {@code capitalizedHead}, and
     * its linking word before a town ("Atlético de", "Bank of", "Banco de"; "rue de", "pain de").
     */
    private static boolean headAndLinkBefore(String text, List<MatchToken> t, int prev, Set<String> heads,
                                             Set<String> links, boolean capitalizedHead) {
        // the head behind an elided article: "l'avenue de France", "l'hôtel de Paris"
        return prev >= 1 && links.contains(t.get(prev).text())
                && heads.contains(CliticStripper.withoutElision(t.get(prev - 1).text()))
                && (!capitalizedHead || TextPositions.capitalized(text, t.get(prev - 1)))
                && TextPositions.adjacent(text, t.get(prev - 1).end(), t.get(prev).start());
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

    /**
     * Whether the name opens a company's name that the English economic wire writes in angle brackets (other writers
     * use them as quotation marks: {@code <<ایران>>} for «ایران»), of two words or more ({@code <Armenia Savings and
     * Loan> of Pasadena}, {@code <CUBA SUGAR CO> SETS DIVIDEND}), {@code next} being the word after it; a state's own
     * company stays the state's ({@code <Kuwait Petroleum Corp>}).
     */
    private boolean opensABracketedCompany(String text, PhraseMatch m, MatchToken next) {
        if (m.start() == 0 || text.charAt(m.start() - 1) != '<' || nationalCompanies.contains(next.text())
                || !TextPositions.adjacent(text, m.end(), next.start())) {
            return false;
        }
        for (int i = next.end(); i < text.length() && i < next.end() + MAX_BRACKETED_TAIL; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return true;
            }
            if (c == '<' || c == '\n') {
                return false;
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
     * A town's name right before a street word where the article names the town's country no other way (a person's
     * name is no way: Harold Israel's offices on Jerusalem Avenue in Hempstead) and names another country's places: a
     * street there named after the town (a Nashville concert of the 1972 album "Toulouse Street", named after a street
     * of New Orleans). A story that names no other country keeps it: "the Dublin Road" in Galway is the road to Dublin,
     * in Ireland. Cased scripts only. A foreign city's adjective ({@link CityAdjectives}) before a street, square or
     * station word names one at home whatever the story names (Pariser Platz, Киевский вокзал), and so does the same
     * adjective elsewhere in the article.
     */
    Set<PhraseMatch> streetsNamedAfterTowns(List<PhraseMatch> places, Set<String> personKeys, TaggingInput in) {
        List<PhraseMatch> townsBeforeStreets = new ArrayList<>();
        Set<PhraseMatch> out = new HashSet<>();
        Set<String> named = new HashSet<>(); // the countries named other than by a town before a street or a person
        for (PhraseMatch m : places) {
            String code = m.entry().code();
            if (CityAdjectives.of(m.entry()) && CityAdjectives.beforeAStreetWord(m, in, streets)) {
                out.add(m); // "Pariser Platz", "Киевский вокзал": a street or a station at home
            } else if (m.entry().kind() == NameKind.CITY && code != null && streetAfter(m, in)) {
                townsBeforeStreets.add(m);
            } else if (code != null && !personKeys.contains(m.entry().key())) {
                named.add(code);
            }
        }
        for (PhraseMatch m : townsBeforeStreets) {
            if (!named.isEmpty() && !named.contains(m.entry().code())) {
                out.add(m);
            }
        }
        // the station named again by its adjective alone ("на Киевском вокзале …, на Рижском - восстановлены фасады")
        Set<String> stationCodes = new HashSet<>();
        out.stream().filter(m -> CityAdjectives.of(m.entry())).forEach(m -> stationCodes.add(m.entry().code()));
        for (PhraseMatch m : places) {
            if (CityAdjectives.of(m.entry()) && stationCodes.contains(m.entry().code())) {
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
     * Whether the GeoNames name is a first-level subdivision's, and every place of that name lies in its country: its
     * status word after it then names it (Kenya's and Liberia's counties, Taiwan's and Hungary's), as Nassau County
     * or Orange County, named after places elsewhere, do not.
     */
    private static boolean ownSubdivision(GazetteerEntry e) {
        return e.fromGeoNames() && !e.places().isEmpty() && e.subdivisionIn(e.places().get(0).code())
                && e.places().stream().allMatch(p -> p.code().equals(e.places().get(0).code()));
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
                    && (ends.contains(w.text()) || ends.contains(CliticStripper.beforeApostrophe(w.text())))) {
                return true;
            }
        }
        return false;
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
     * {@value #MAX_QUOTED_WORDS_BEFORE} words in, the word's trade allowed between it and the quote (محل عصائر
     * «كوكتيل اليمن»): مطعما يحمل اسم «ليالي إسطنبول», a restaurant in Ajman; so in
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
            // the word may carry its trade before the quote: محل عصائر «كوكتيل اليمن», a juice shop
            if ((CliticStripper.isOneOf(orgBefore, p, false) || CliticStripper.isOneOf(clubBefore, p, false)
                    || CliticStripper.isOneOf(groupBefore, p, false))
                    && (QuotedNames.opensBetween(text, t.get(prev).end(), m.start())
                            || prev + 1 < m.fromToken() && QuotedNames.opensBetween(text, t.get(prev + 1).end(), m.start())
                            || opensTheQuotedName(text, t, prev, m))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word at {@code word} is the first of the quoted name {@code m} stands in: «بوفيه سمرقند», «فندق قصر الشام»
     * name a buffet and a hotel by their own word for what they are.
     */
    private static boolean opensTheQuotedName(String text, List<MatchToken> t, int word, PhraseMatch m) {
        int from = word == 0 ? Math.max(0, t.get(word).start() - 2) : t.get(word - 1).end();
        // the quote opens right before the word, and the name m stands in is still that quote's
        return QuotedNames.opensBetween(text, from, t.get(word).start()) && QuotedNames.around(text, m) != null;
    }

    /**
     * Whether a French country's (or England's) name is a ship's or a house's: after a word for a vessel, an adjective
     * in lower case allowed between ("le chalutier lorientais Islande"; French writes a ship of the country "le
     * chalutier islandais"); after a house's word and a capitalized article ("le restaurant Le Panama", where the
     * country would take "le"); or after a house's or a street's word and an elided "d'" ("l'Hôtel d'Angleterre" in
     * Lausanne, as "l'hôtel de Paris").
     */
    private boolean frenchShipOrHouseName(String text, List<MatchToken> t, int prev, PhraseMatch m, TaggingInput in) {
        if (prev < 0 || !(m.entry().kind().countryName() || m.entry().kind() == NameKind.REGION)) {
            return false;
        }
        String before = CliticStripper.withoutElision(t.get(prev).text());
        if (roles.is(MentionRoles.Role.VESSEL, in.language(), before)
                || prev >= 1 && roles.is(MentionRoles.Role.VESSEL, in.language(), t.get(prev - 1).text())
                && !TextPositions.capitalized(text, t.get(prev))) {
            return true;
        }
        if (prev >= 1 && FRENCH_ARTICLES.contains(before) && TextPositions.capitalized(text, t.get(prev))
                && orgBefore.contains(CliticStripper.withoutElision(t.get(prev - 1).text()))) {
            return true;
        }
        String written = text.substring(m.start(), Math.min(text.length(), m.start() + 2));
        return (written.equals("d'") || written.equals("d\u2019"))
                && (orgBefore.contains(before) || streetsBefore.contains(before));
    }

    private static final Set<String> FRENCH_ARTICLES = Set.of("le", "la", "les");

    /**
     * Cased-script languages whose press quotes an establishment's name after the word for it (ресторан «Прага»,
     * das Lokal «Athen», le restaurant « Le Liban »): there a capital does not show the name, the quotes do.
     */
    private static final Set<String> QUOTING_LANGUAGES = Set.of("ru", "de", "fr", "es", "tr");

    /** The most words a quoted name may hold before the place name in it: «ليالي إسطنبول». */
    private static final int MAX_QUOTED_WORDS_BEFORE = 3;
}
