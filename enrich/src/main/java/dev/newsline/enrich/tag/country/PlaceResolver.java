package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Chooses among the places a city or region name stands for, by what the article says, never by chance:
 * <ol>
 *   <li>the region written after it ("Paris, Texas", "Tripoli, Lebanon", the dateline's "PORTLAND, Ore.",
 *       "VALENCE (Drôme)");</li>
 *   <li>the country or subdivision of one of its places named elsewhere in the article (Tripoli with Beirut or
 *       Lebanon; Hyderabad with Sindh); only places with at least {@value #CONTEXT_SHARE} of the biggest one's
 *       population compete on country context (Paris, Texas needs Texas, not just "American"), and no town under
 *       {@value #STANDALONE_POPULATION} that GeoNames alone adds to a curated city or subdivision abroad (Geneva,
 *       Illinois; Florida in Cuba);</li>
 *   <li>for the dateline's place, the home country of the agency credited in it ("CÓRDOBA, 7 mar (EFE)");</li>
 *   <li>otherwise the name's own country: the one CLDR or a curated file gives, or for a GeoNames-only name the
 *       most populous place when it dwarfs the others ({@link GazetteerLoader#dominant}), else none.</li>
 * </ol>
 * A name known only from GeoNames is weak evidence: it counts when its country is corroborated (named
 * otherwise, or its subdivision named, or a region follows it), or — in cased scripts only — when it is written as a
 * name: not at a sentence start or in a headline in title case, and the same word never written in lower case in the
 * article (Police, Mobile, Split, Reading are words too). Then a city counts when its place has at least
 * {@value #STANDALONE_POPULATION} inhabitants or is its country's capital (Valletta, Kuwait City), also where a
 * capital letter says nothing if the article writes its own name (not only an alternate one: Drug for Durg) twice
 * (Venice to double its fee … Venice is to double); a subdivision counts when its name says which part, not only
 * where (Eastern Cape, not West Coast or l'Ouest), runs into no other capitalized word (Banco de Galicia, Great
 * Lakes), and the article is not German, which capitalizes every noun ("1,5 Grad" is no Slovenian municipality).
 * In Arabic script nothing but the words around shows a name, and folded GeoNames spellings are everyday
 * words (العين "the eye" for Al Ain, الجديدة "the new" for El Jadida, الباب "the door" for al-Bab, Persian تازه
 * "fresh" for Taza, باری for Bari): there they need corroboration, or, for a big city, a word for its status or
 * local government right before it ({@code town} in {@code mention-roles.tsv}: محافظ كربلاء, بلدية مصراتة) or a
 * name of several words (سان فرانسيسكو).
 */
final class PlaceResolver {

    static final double CONTEXT_SHARE = 0.1;
    /** Characters and words that may stand between a country's possessive and the town it places there. */
    private static final int POSSESSIVE_GAP = 40;
    private static final int POSSESSIVE_WORDS = 3;
    /** Words that join the last items of a list of places. */
    static final List<String> LIST_JOINERS = List.of("and ", "et ", "y ", "und ", "и ", "ve ");
    static final long STANDALONE_POPULATION = 100_000;
    /** How many capitalized words after a town may end in its local government's word (Island City Council). */
    private static final int MAX_COUNCIL_WORDS = 3;
    /** Words of subdivision names that name a part of a compass or a centre (folded). */
    private static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "centre", "center", "upper", "lower", "middle", "nord", "sud", "est",
            "ouest", "centro", "norte", "sur", "este", "oeste", "the", "of", "de", "du", "del", "l", "la", "le", "el");
    /**
     * Words of subdivision names that say only where (folded): the compass's, and words of landform, water and
     * status; a name of nothing else is no evidence alone. The Sahel, a region of Burkina Faso, is first the belt south
     * of the Sahara across a dozen states; Morocco's Oriental is "eastern" in Spanish and French (la región Oriental,
     * la República Oriental del Uruguay).
     */
    private static final Set<String> GENERIC_REGION_WORDS = Stream.concat(COMPASS_WORDS.stream(), Stream.of("greater",
            "coast", "coastal", "region", "province", "capital", "district", "territory", "area", "lakes", "lake",
            "islands", "island", "delta", "plateau", "rivers", "river", "valley", "highlands", "mountain", "mountains",
            "unity", "maritime", "littoral", "sahel", "oriental")).collect(Collectors.toUnmodifiableSet());
    /** What a town of the same subdivision named in the article counts for a place (a named subdivision: 1000). */
    private static final int TOWN_BESIDE = 500;

    private final RegionAfterComma regions;
    private final MentionRoles roles;
    /** Key → the national capital GeoNames gives that name ({@link CountryGazetteer#capitals()}). */
    private final Map<String, Place> capitals;
    /** A capital this small is a village a story rarely means (West Island, The Valley, Adamstown). */
    static final long STANDALONE_CAPITAL_POPULATION = 2_000;

    PlaceResolver(RegionAfterComma regions, MentionRoles roles, Map<String, Place> capitals) {
        this.regions = regions;
        this.roles = roles;
        this.capitals = Map.copyOf(capitals);
    }

    /** The country {@code m} stands for here, or null when it is no evidence. */
    String resolve(PhraseMatch m, ArticlePlaces ctx) {
        GazetteerEntry e = m.entry();
        List<Place> places = e.places();
        Place region = regionAfter(m, ctx);
        if (region != null) {
            for (Place p : places) {
                if (p.within(region)) {
                    return p.code();
                }
            }
            if (region.admin1() != null && e.ambiguity() == null) {
                return region.code(); // a town the extract does not know, named like a bigger place: "ATHENS, Ga."
            }
        }
        boolean dateline = ctx.dateline != null && ctx.dateline.covers(m);
        boolean placeName = e.kind() == NameKind.CITY || e.kind() == NameKind.REGION;
        Place town = placeName ? null : townOfANamedSubdivision(m, places, ctx);
        if (town != null) {
            return town.code();
        }
        String code = placeName ? fromContext(e, places, ctx, ctx.datelineCountry(this)) : null;
        if (code == null && dateline && ctx.dateline.home() != null) {
            // a wire writes a home town bare and a foreign one with its country: "CÓRDOBA (EFE)" is Spain's
            for (Place p : places) {
                if (p.code().equals(ctx.dateline.home())) {
                    return p.code();
                }
            }
        }
        if (code == null) {
            code = e.code();
        }
        if (code != null && e.kind() == NameKind.CITY && !dateline && acronym(m, ctx.in)) {
            return null; // "DACA recipients": an acronym in mixed-case text, not Dhaka's Spanish name
        }
        if (code == null || !e.fromGeoNames() || dateline) {
            return code;
        }
        if (!cased(m, ctx) && CountryReader.endingLength(m, ctx.in) > 0) {
            // Persian writes the adjective or the plural only of a town it knows (تهرانی، اصفهانی‌ها): a GeoNames
            // name with such an ending is an everyday word (روانی "mental" for Rouen, بشری "human" for Bsharri)
            return null;
        }
        String chosen = code;
        Place place = places.stream().filter(p -> p.code().equals(chosen)).findFirst().orElse(null);
        if (place == null || ctx.runsOnFromAPlace(m) || ctx.headOfLongerName(m) || capitalOfAWord(m, ctx)) {
            // a weak name right after another place names a thing of that place (the Dubai Metro); one before "of"
            // and a name heads a longer name (University of Georgia); a word's capital shows no name (Golden State)
            return null;
        }
        if (ctx.corroborated(place, e)) {
            // "Cocoa prices rose … the cocoa crop": corroboration does not make the word at a sentence start a town
            return ctx.lowerCase.wordWhereCaseSaysNothing(m) ? null : code;
        }
        boolean council = cased(m, ctx) && localGovernment(m, ctx.in);
        // "the Chaguanas Borough Corporation": the article is the local government's, not the town's
        boolean status = statusAfter(m, ctx);
        boolean standalone = e.kind() == NameKind.CITY ? (place.population() >= STANDALONE_POPULATION
                || nationalCapital(e, place) || (status && e.subdivisionIn(place.code()))
                || cased(m, ctx) && (townWordBeside(m, ctx.in) || hyphenatedTownName(m, ctx.in)))
                && (!ctx.afterDefiniteArticle(m) || council)
                : e.kind() == NameKind.REGION && !"de".equals(ctx.in.language())
                        && (!generic(e) || (status && !compassOnly(e))) && (!ctx.insideLongerName(m) || status);
        // in Arabic script only a word for the town's status or local government before it shows the name (محافظ
        // كربلاء, بلدية مصراتة), or a name of several words, which no everyday phrase folds into (سان فرانسيسكو)
        boolean asName = cased(m, ctx) ? writtenAsName(m, ctx) || council
                : roles.before(MentionRoles.Role.TOWN, m, ctx.in, 1, false) || m.toToken() > m.fromToken();
        if (!standalone || !asName) {
            return null;
        }
        // a story filed from one country names a town of another without naming that country only by chance (the
        // Delicias quarter of Valladolid is no Mexican town); so does a story that names only one country's states
        // or provinces (Ipswich in a south-east Queensland heatwave is no English town)
        String filedFrom = ctx.datelineCountry(this);
        if (filedFrom.isEmpty()) {
            filedFrom = ctx.subdivisionsCountry(e);
        }
        return filedFrom.isEmpty() || filedFrom.equals(code) ? code : null;
    }

    /**
     * Whether {@code m}, a town's name, is written in capitals, two letters or more, in a field that is not: an acronym
     * (DACA, the deferred-action programme), as no writer sets a town's name in capitals in running text outside a
     * dateline.
     */
    private static boolean acronym(PhraseMatch m, TaggingInput in) {
        String text = in.text(m.field());
        String written = text.substring(m.start(), m.end());
        if (written.length() < 2 || !written.chars().allMatch(c -> Character.isUpperCase(c) || c == ' ')
                || !NameFilter.isCased(text, m.start(), m.end())) {
            return false;
        }
        // a word in lower case right before or after it: "to end DACA, for now", "DACA recipients"; a dateline's
        // town stands between a byline's capitalized words and its punctuation (HOUSTON —, MADRID, 03 (SERVIMEDIA))
        boolean lowerBefore = m.start() >= 2 && text.charAt(m.start() - 1) == ' '
                && Character.isLowerCase(text.charAt(m.start() - 2));
        boolean lowerAfter = m.end() + 1 < text.length() && text.charAt(m.end()) == ' '
                && Character.isLowerCase(text.charAt(m.end() + 1));
        // the field's whole-text scan last, for the few names the letters around have left
        return (lowerBefore || lowerAfter) && !CapitalsHeadline.inCapitals(text);
    }

    /**
     * Whether the GeoNames name {@code m} is an everyday word at a sentence's start or in a title-case headline (a
     * headline's "Deal", "Mobile phones banned"), where its capital shows no town, so that it places no other name
     * as a town of its subdivision. Mid-sentence a word's town still does (the Spring of "Poland Spring").
     */
    boolean everydayWordHere(PhraseMatch m, ArticlePlaces ctx) {
        return m.entry().fromGeoNames() && cased(m, ctx) && EverydayWordNames.anySize(m.entry(), ctx.in.language())
                && capitalByPosition(m, ctx) && !localGovernment(m, ctx.in) && !ctx.inAListOfPlaces(m);
    }

    /** Whether {@code m} stands where any word has a capital: a sentence's start or a headline in title case. */
    private static boolean capitalByPosition(PhraseMatch m, ArticlePlaces ctx) {
        return TextPositions.sentenceStart(ctx.in.text(m.field()), m.start())
                || m.field().equals("title") && TextPositions.isTitleCase(ctx.in.title());
    }

    /**
     * Whether the name is a word of the article's language ({@link EverydayWordNames}) written where its capital
     * says nothing: at a sentence's start ("Игра в Самаре прошла", the game; "Buckeye had 1986 sales", a company), in
     * a headline in title case, or inside a longer capitalized name (Golden State, Columbia University, the Hang Seng
     * index, Fulton County Superior Court). Not where the writing shows a place whatever the word: a Turkish proper
     * noun's apostrophe (Gence'nin), a local government's name (Gence Belediye Başkanı), a list of places beside
     * it ("Kemer ve Alanya'da"), or a headline's opening place label ("Vannes : dix-huit ans …").
     */
    private boolean capitalOfAWord(PhraseMatch m, ArticlePlaces ctx) {
        String text = ctx.in.text(m.field());
        boolean title = m.field().equals("title");
        if (!cased(m, ctx) || !EverydayWordNames.word(m.entry(), ctx.in.language())
                || TextPositions.turkishProperNoun(ctx.in.language(), text, m)) {
            return false;
        }
        // a subdivision's status word shows its name ("Afar Region"), as a local government's does; not a town's
        // (Golden State)
        boolean saysNothing = capitalByPosition(m, ctx) || (ctx.besideACapitalizedWord(m)
                && !(m.entry().kind() == NameKind.REGION && statusAfter(m, ctx)));
        return saysNothing && !localGovernment(m, ctx.in) && !ctx.inAListOfPlaces(m)
                && !(title && m.start() == 0 && text.startsWith(" :", m.end()));
    }

    /**
     * Whether {@code place}, the one the name stands for here, is its country's capital: the press names a capital
     * far more often than its size says (Valletta, Kuwait City, Suva, Bridgetown, Bandar Seri Begawan), unless it is a
     * village or an everyday given name.
     */
    private boolean nationalCapital(GazetteerEntry e, Place place) {
        return place.equals(capitals.get(e.key())) && place.population() >= STANDALONE_CAPITAL_POPULATION
                && !PersonNames.everydayGivenName(e.key()); // Douglas, the Isle of Man's, still needs its island
    }

    /**
     * In cased scripts, a word for a district or town right before the name (Landkreis Rosenheim, в городе Копейске)
     * or, in Turkish, right after it (Bayramiç ilçesinde): the name is that town's whatever its size.
     */
    private boolean townWordBeside(PhraseMatch m, TaggingInput in) {
        return roles.before(MentionRoles.Role.TOWN, m, in, 1, false)
                || "tr".equals(in.language()) && roles.within(MentionRoles.Role.TOWN, m, in, 1)
                || localGovernment(m, in);
    }

    /**
     * A subdivision's name before the word for its status, as English news writes Nigeria's states, Ethiopia's and
     * Ghana's regions and Egypt's governorates ("Borno State", "Oromia Region", "Red Sea Governorate"): the
     * subdivision itself, not the head of a longer name, unless a capitalized word runs on before it. A town named like
     * its own country's subdivision then counts whatever its size ("Phuket province", "Guanajuato state").
     */
    private boolean statusAfter(PhraseMatch m, ArticlePlaces ctx) {
        return roles.within(MentionRoles.Role.SUBDIVISION, m, ctx.in, 1) && !ctx.afterACapitalizedWord(m);
    }

    /**
     * A town's name of three or more parts joined by hyphens, as French, Belgian, Luxembourgish and English towns are
     * named (Esch-sur-Alzette, Stratford-upon-Avon, Châlons-en-Champagne): no everyday word or phrase is written so.
     */
    private static boolean hyphenatedTownName(PhraseMatch m, TaggingInput in) {
        String text = in.text(m.field());
        int hyphens = 0;
        for (int i = m.start(); i < m.end(); i++) {
            hyphens += text.charAt(i) == '-' ? 1 : 0;
        }
        return hyphens >= 2;
    }

    /** The name opens its local government's ("Chaguanas Borough Corporation", "Penang Island City Council"). */
    boolean localGovernment(PhraseMatch m, TaggingInput in) {
        return roles.closesLocalGovernmentName(m, in, MAX_COUNCIL_WORDS);
    }

    /**
     * The region written after each city or region name of several places ("Paris, Texas"), read once per article;
     * and after a country's name or a city known without its places, a state or province of another country that
     * closes the phrase ("Peru, Ind.", "Lebanon, Pa.", "Athens, Ga.": a town named after the place), unless that
     * region's name is also a country's ("Jordan, Georgia, Armenia" is a list); in Arabic and Persian, the state or
     * province a word for one names after a town ("باريس في ولاية تكساس").
     */
    Map<PhraseMatch, Place> regionsAfter(List<PhraseMatch> matches, TaggingInput in) {
        Map<PhraseMatch, Place> out = new HashMap<>();
        Map<String, TreeMap<Integer, PhraseMatch>> countries = null; // built at the first name that needs it
        boolean arabicScript = "ar".equals(in.language()) || "fa".equals(in.language());
        for (PhraseMatch m : matches) {
            NameKind kind = m.entry().kind();
            String text = in.text(m.field());
            RegionAfterComma.Region inState = arabicScript && (kind == NameKind.CITY || kind == NameKind.REGION)
                    ? regions.afterStateWord(text, m.end()) : null;
            if (inState != null) {
                out.put(m, inState.place()); // باريس في ولاية تكساس: Paris, Texas
            } else if ((kind == NameKind.CITY || kind == NameKind.REGION) && !m.entry().places().isEmpty()) {
                RegionAfterComma.Region r = regions.after(text, m.end(), m.entry());
                if (r == null && "en".equals(in.language()) && m.entry().places().size() > 1) {
                    r = regions.afterPreposition(text, m.end()); // Lagos on Portugal's Algarve coast
                }
                if (r != null && !listGoesOn(text, r.end(), m.field(), matches)) {
                    out.put(m, r.place());
                } else if (r == null && m.entry().places().size() > 1 && "en".equals(in.language())) {
                    countries = countries == null ? countriesByEnd(matches) : countries;
                    Place country = possessiveCountryBefore(m, text, countries.get(m.field()));
                    if (country != null) {
                        out.put(m, country); // Pakistan's Hyderabad, the U.K.'s University of York
                    }
                }
            } else if ((kind.countryName() || kind == NameKind.CITY) && m.entry().code() != null
                    && m.entry().ambiguity() == null && NameFilter.isCased(text, m.start(), m.end())) {
                Place town = townRegion(regions.after(text, m.end()), m, m.entry().code(), text);
                if (town != null) {
                    out.put(m, town);
                }
            }
        }
        return out;
    }

    /** The country names of {@code matches} by field and by where each ends. */
    private static Map<String, TreeMap<Integer, PhraseMatch>> countriesByEnd(List<PhraseMatch> matches) {
        Map<String, TreeMap<Integer, PhraseMatch>> out = new HashMap<>();
        for (PhraseMatch c : matches) {
            if (c.entry().kind().countryName() && c.entry().code() != null) {
                out.computeIfAbsent(c.field(), f -> new TreeMap<>()).put(c.end(), c);
            }
        }
        return out;
    }

    /**
     * The country whose name stands right before {@code m} in the possessive, with at most
     * {@value #POSSESSIVE_WORDS} capitalized words or "of" between ("Pakistan's Hyderabad", "the U.K.'s University of
     * York"), as a country-level place, when one of {@code m}'s places lies in it; else null. English only.
     */
    private static Place possessiveCountryBefore(PhraseMatch m, String text, TreeMap<Integer, PhraseMatch> countries) {
        Map.Entry<Integer, PhraseMatch> before = countries == null ? null : countries.floorEntry(m.start());
        if (before == null || m.start() - before.getKey() > POSSESSIVE_GAP) {
            return null;
        }
        String gap = text.substring(before.getKey(), m.start());
        int i = gap.startsWith(".") ? 1 : 0; // U.K.'s
        if (gap.startsWith("'s ", i) || gap.startsWith("\u2019s ", i)) {
            i += 3;
        } else if ((text.startsWith("'s", before.getKey() - 2) || text.startsWith("\u2019s", before.getKey() - 2))
                && gap.startsWith(" ", i)) {
            i += 1; // the match took the possessive in: Lebanon's
        } else {
            return null;
        }
        int words = 0;
        while (i < gap.length()) {
            int space = gap.indexOf(' ', i);
            if (space < 0 || ++words > POSSESSIVE_WORDS) {
                return null;
            }
            String w = gap.substring(i, space);
            if (!w.equals("of") && (w.isEmpty() || !Character.isUpperCase(w.charAt(0)))) {
                return null;
            }
            i = space + 1;
        }
        String code = before.getValue().entry().code();
        for (Place p : m.entry().places()) {
            if (p.code().equals(code)) {
                return new Place(code, null, 0);
            }
        }
        return null;
    }

    /**
     * Whether another place name follows {@code end} after a comma or "and": the name after the comma was an item of a
     * list ("Thiruvananthapuram, Kochi, Kozhikode and Kollam"), not the first one's region.
     */
    private static boolean listGoesOn(String text, int end, String field, List<PhraseMatch> matches) {
        int i = end;
        while (i < text.length() && text.charAt(i) == '.') {
            i++; // "Ind., Peru" still closes on the abbreviation's full stop
        }
        if (i >= text.length() || text.charAt(i) != ',') {
            return false;
        }
        i++;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        for (String and : LIST_JOINERS) {
            if (text.startsWith(and, i)) {
                i += and.length();
                break;
            }
        }
        for (PhraseMatch o : matches) {
            if (o.field().equals(field) && o.start() == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * A state or province of a country other than {@code code}, written as a whole phrase and no country's name, nor
     * holding the name itself: no town is named after part of its region's name ("Ireland, Northern Ireland" is a list).
     */
    private Place townRegion(RegionAfterComma.Region r, PhraseMatch m, String code, String text) {
        if (r == null || r.place().admin1() == null || r.place().code().equals(code)
                || regions.namesCountry(text.substring(r.start(), r.end()))
                || text.substring(r.start(), r.end()).toLowerCase(Locale.ROOT)
                        .contains(text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return RegionAfterComma.closesAt(text, r.end()) ? r.place() : null;
    }

    /**
     * The country of an unknown town placed by its region: the dateline's or the one after the name, when that is a
     * state or province of another country than {@code code} and none of the name's places lies in it.
     */
    static String townCountry(PhraseMatch m, String code, Map<PhraseMatch, Place> regionsAfter, Dateline dateline) {
        Place region = dateline != null && dateline.covers(m) ? dateline.region() : regionsAfter.get(m);
        if (region == null || region.admin1() == null || region.code().equals(code)) {
            return code;
        }
        for (Place p : m.entry().places()) {
            if (p.within(region)) {
                return code;
            }
        }
        return region.code();
    }

    /** The region written after a city or region name ("Paris, Texas"); for the dateline, the dateline's region. */
    private Place regionAfter(PhraseMatch m, ArticlePlaces ctx) {
        if (ctx.dateline != null && ctx.dateline.covers(m)) {
            return ctx.dateline.region();
        }
        return ctx.regionsAfter.get(m); // only cities and regions: "Jordan, Egypt and Iraq" is a list of countries
    }

    /** The one candidate country the article corroborates, if its places differ in country; else null. */
    private static String fromContext(GazetteerEntry e, List<Place> places, ArticlePlaces ctx, String filedFrom) {
        if (places.isEmpty()) {
            return null;
        }
        long biggest = places.get(0).population();
        Map<String, Integer> scores = new HashMap<>();
        for (Place p : places) {
            int score = ctx.namesSubdivisionOf(p, e) ? 1000 : 0;
            // another town of the same subdivision named beside it (Brunswick with Melbourne is Victoria's, not
            // Lower Saxony's)
            if (ctx.namesAnotherTownOf(p)) {
                score += TOWN_BESIDE;
            }
            // a subdivision's small namesake abroad competes in a story filed from its country ("MONTEVIDEO (EFE)
            // … el departamento de Florida"), a city's not even there ("WASHINGTON … talks in Geneva")
            if (p.population() >= CONTEXT_SHARE * biggest && (!smallNamesakeAbroad(e, p)
                    || e.kind() == NameKind.REGION && p.code().equals(filedFrom))) {
                score += ctx.otherMentions(p.code(), e);
            }
            if (score > 0) {
                scores.merge(p.code(), score, Math::max);
            }
        }
        if (scores.size() < 2 && (scores.isEmpty() || scores.containsKey(e.code()))) {
            return scores.isEmpty() ? null : e.code();
        }
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> s : scores.entrySet()) {
            if (s.getValue() > bestScore) {
                best = s.getKey();
                bestScore = s.getValue();
                tie = false;
            } else if (s.getValue() == bestScore) {
                tie = true;
            }
        }
        if (tie) {
            return null;
        }
        // a name CLDR or a curated file gives one country keeps it unless context names another one's subdivision
        // or the own country is not named while another candidate's is
        if (e.code() != null && !e.fromGeoNames() && !best.equals(e.code()) && ctx.otherMentions(e.code(), e) > 0) {
            return null;
        }
        return best;
    }

    /**
     * A town under {@value #STANDALONE_POPULATION} inhabitants that only GeoNames adds to a city or a subdivision a
     * curated file places in another country (Geneva, Illinois beside Geneva; Florida in Cuba beside the state; the
     * Tyne and Wear town beside Washington): naming its country is not enough to move the name there, since stories
     * name the US far more often than they mean its namesakes ("talks in Geneva … U.S. officials said"), and Cuba or
     * Britain beside Florida or Washington ("Cuban migrants landed in Florida"); its subdivision or another town of it is.
     * A curated subdivision's namesake town abroad of any size is such a town too: Ontario, California (164,000) beside
     * the province ("a car plant in Ontario, with half of output shipped to the United States").
     */
    private static boolean smallNamesakeAbroad(GazetteerEntry e, Place p) {
        return (e.kind() == NameKind.CITY || e.kind() == NameKind.REGION) && !e.fromGeoNames() && e.code() != null
                && !p.code().equals(e.code())
                && (p.population() < STANDALONE_POPULATION || e.kind() == NameKind.REGION);
    }

    /**
     * The town abroad that a country's name or adjective {@code m} stands for when the article names that town's
     * subdivision and another town of it, names the country by no other name, and writes {@code m} as a town: with
     * a region after it or in brackets, or as an item of a list of that subdivision's towns. "Mexico, Pampanga"
     * beside Central Luzon and Arayat is the Pampanga town; "ARMENIA (Quindío)" and "Calarcá, Montenegro y Pijao"
     * are Colombia's; "Mexico and the Philippines" stays Mexico.
     */
    private static Place townOfANamedSubdivision(PhraseMatch m, List<Place> places, ArticlePlaces ctx) {
        GazetteerEntry e = m.entry();
        if (e.code() == null || e.ambiguity() != null || ctx.otherMentions(e.code(), e) > 0) {
            return null;
        }
        for (Place p : places) {
            if (p.population() == 0 || p.code().equals(e.code())) {
                continue;
            }
            if (ctx.namesSubdivisionOf(p, e) && ctx.namesAnotherTownOf(p) && ctx.writtenAsTown(m, p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether a subdivision's name says only where, not which (West Coast, l'Ouest, Central, Lakes, Delta): such
     * names are also the everyday description of a part of any country.
     */
    static boolean generic(GazetteerEntry e) {
        return everyWordIn(e, GENERIC_REGION_WORDS);
    }

    /**
     * Whether a subdivision's name holds only words of a compass or a centre (Central, Upper East, Western North): with
     * its status word it is still a part of any country (Central Region), where "Rivers State" or "Plateau State" is
     * one state's.
     */
    private static boolean compassOnly(GazetteerEntry e) {
        return everyWordIn(e, COMPASS_WORDS);
    }

    private static boolean everyWordIn(GazetteerEntry e, Set<String> words) {
        for (String word : e.spaced().split("[\\s\\-']+")) {
            if (!word.isEmpty() && !words.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean cased(PhraseMatch m, ArticlePlaces ctx) {
        String text = ctx.in.text(m.field());
        return NameFilter.isCased(text, m.start(), m.end());
    }

    private static boolean writtenAsName(PhraseMatch m, ArticlePlaces ctx) {
        boolean title = m.field().equals("title");
        String text = ctx.in.text(m.field());
        if (!NameFilter.isCased(text, m.start(), m.end()) || TextPositions.turkishProperNoun(ctx.in.language(), text, m)) {
            return true;
        }
        if (ctx.lowerCase.everyWordInLowerCase(m)) {
            return false;
        }
        if ((title && TextPositions.isTitleCase(ctx.in.title())) || TextPositions.sentenceStart(text, m.start())) {
            // where a capital says nothing, a big city's name is one the article writes again ("Venice to double
            // its fee … Venice is to double"): a word that opens a sentence once is as likely any word; a
            // subdivision's name may be the word a lead repeats from its headline (Store sales rise … Store sales);
            // and a town's alternate name is another language's spelling, as often a word of this one (Drug, Para)
            return m.entry().kind() == NameKind.CITY && !m.entry().alternateNameOnly()
                    && ctx.timesWritten(m.entry().key()) > 1;
        }
        return true;
    }
}
