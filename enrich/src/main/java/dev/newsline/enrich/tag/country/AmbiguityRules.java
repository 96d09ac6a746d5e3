package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what each match stands for, using the rest of the article:
 * <ul>
 *   <li>phrases that are not places (Paris Hilton, Michael Jordan) already won their overlap and are dropped;</li>
 *   <li>place names the article uses as parts of a person's name (Jordan Henderson, Michael Jordan, عبد الله
 *       المصري) are not places anywhere in it, nor is an Arabic-script nisba surname where it stands again as the
 *       person: in the headline, opening a sentence, beside a verb of saying ({@link PersonNames});</li>
 *   <li>parts of organizations' names (Columbia Gas, Georgia-Pacific) and their shortened forms are not places
 *       there ({@link NotPlaceContext}, {@link ShortenedCompanies});</li>
 *   <li>club names that are everyday words (الهلال, النصر) count only where the article shows a club
 *       ({@link ClubMentions});</li>
 *   <li>a name in a headline written in capitals counts as the body writes it ({@link CapitalsHeadline}); one that
 *       has its capital only where a capital says nothing (a headline's or sentence's first word) is the word the
 *       article writes in lower case elsewhere ({@link LowerCaseWords}); a wire's credit line names no place
 *       ({@link WireTrailer}); a town placed by its region is that town throughout;</li>
 *   <li>ambiguous names (آذربایجان, Georgia, Congo) go to the candidate with most context: its cue words, and
 *       the candidate's other mentions in the article; else to the default, or nowhere.</li>
 * </ul>
 */
final class AmbiguityRules {

    /** Mentions as the article reads: the title's, then the body's, each by where it starts. */
    private static final Comparator<ResolvedMention> TEXT_ORDER = Comparator
            .comparing((ResolvedMention r) -> !r.match().field().equals("title"))
            .thenComparingInt(r -> r.match().start());
    /** The fewest namesake towns in a list that make its country names towns too. */
    private static final int NAMESAKE_TOWNS = 2;

    private final PersonNames persons;
    private final ArabicScriptSurnames arabicScriptSurnames;
    private final NotPlaceContext notPlaces;
    private final EverydayWords everyday;
    private final PlaceResolver placeResolver;
    private final ClubMentions clubs;
    private final MentionRoles roles;
    private final WorkTitles works;
    private final SchoolsAbroad schoolsAbroad = new SchoolsAbroad();

    AmbiguityRules(PersonNames persons, ArabicScriptSurnames arabicScriptSurnames, NotPlaceContext notPlaces,
                   EverydayWords everyday, PlaceResolver places, ClubMentions clubs, MentionRoles roles) {
        this.roles = roles;
        this.works = new WorkTitles(roles);
        this.persons = persons;
        this.arabicScriptSurnames = arabicScriptSurnames;
        this.notPlaces = notPlaces;
        this.everyday = everyday;
        this.placeResolver = places;
        this.clubs = clubs;
    }

    List<ResolvedMention> resolve(List<PhraseMatch> matches, TaggingInput in, Dateline dateline) {
        List<PhraseMatch> places = matches.stream().filter(m -> m.entry().kind() != NameKind.NOT_PLACE).toList();
        LowerCaseWords lowerCase = new LowerCaseWords(in);
        Set<String> personKeys = persons.keys(matches, places, in, lowerCase);
        CoveredTokens placeTokens = new CoveredTokens(places);
        Set<PhraseMatch> organizations = new HashSet<>();
        Set<PhraseMatch> clubTowns = new HashSet<>();
        for (PhraseMatch m : places) {
            NotPlaceContext.Part part = notPlaces.partOfName(m, in, placeTokens);
            if (part == NotPlaceContext.Part.PERSON) {
                personKeys.add(m.entry().key());
            } else if (part == NotPlaceContext.Part.ORGANIZATION || part == NotPlaceContext.Part.COMMON_WORD) {
                organizations.add(m);
            } else if (part == NotPlaceContext.Part.CLUB) {
                clubTowns.add(m);
            }
        }
        // "Real Madrid", "Inter Milan": the capitalized word before the town is the club's, not a given name
        clubTowns.forEach(m -> personKeys.remove(m.entry().key()));
        personKeys.addAll(PersonNames.surnamesAfterGivenNames(places, personKeys, in));
        Set<String> datelined = new HashSet<>();
        places.stream().filter(m -> dateline != null && dateline.covers(m) && m.entry().code() != null)
                .forEach(m -> datelined.add(m.entry().code()));
        // the dateline's town is no one's name further on: "HT Correspondent Mumbai:" is a staff byline and its town
        places.stream().filter(m -> dateline != null && dateline.covers(m))
                .forEach(m -> personKeys.remove(m.entry().key()));
        organizations.addAll(clubs.notClubs(places, in, datelined)); // a club's name only its everyday word here
        organizations.addAll(ShortenedCompanies.in(places, organizations, in));
        organizations.addAll(ShortenedCompanies.namesakesOfLongerCompanies(places));
        organizations.addAll(ProductNames.in(places, in)); // the Porsche Cayenne: a car, not a town
        organizations.addAll(TeamNicknames.in(places, in)); // Wellington Phoenix … the Phoenix captain: the team
        organizations.addAll(works.in(places, in)); // the HBO series Chernobyl: the series, not the town
        organizations.addAll(schoolsAbroad.in(places, in)); // the American University of Beirut: Lebanon's
        organizations.addAll(officesOfForeignPlaces(places));
        organizations.addAll(notPlaces.quotedAgain(places, in)); // «Прага» и «Варшава» откроются: the restaurants
        organizations.addAll(everyday.localSettlementsThroughout(places, in)); // the villages Kalifornien, Brasilien
        organizations.addAll(everyday.pluralWordsThroughout(places, in)); // چین‌های زاگرس … یک چین: a fold, not China
        organizations.addAll(notPlaces.streetsNamedAfterTowns(places, personKeys, in)); // Toulouse Street in New Orleans
        Set<PhraseMatch> surnames = arabicScriptSurnames.nisbaSurnames(places, in);
        WireTrailer trailer = "en".equals(in.language()) ? WireTrailer.in(in.body()) : null;
        List<PhraseMatch> kept = new ArrayList<>();
        for (PhraseMatch m : places) {
            boolean isDateline = dateline != null && dateline.covers(m);
            if (isDateline) {
                kept.add(m);
            } else if (!personKeys.contains(m.entry().key()) && !surnames.contains(m)
                    && !organizations.contains(m) && (trailer == null || !trailer.covers(m))) {
                if (m.entry().casing() == Casing.CAPITALIZED && m.skip() == 0) {
                    if (lowerCase.wordWhereCaseSaysNothing(m)) {
                        continue; // "Mısır hasadında … mısır": maize at the headline's start, not Egypt
                    }
                }
                kept.add(m);
            }
        }
        kept.removeAll(CapitalsHeadline.notBorneOut(places, kept, in, lowerCase)); // "STORE SALES RISE": no case to go by
        Map<PhraseMatch, Place> regionsAfter = placeResolver.regionsAfter(kept, in);
        Map<String, Integer> plainCounts = new HashMap<>();
        Map<String, Integer> countedKeys = new HashMap<>();
        for (PhraseMatch m : kept) {
            // a city placed by its region ("PARIS (Texas)", "Paris, Texas") is no evidence for its name's usual country
            if (m.entry().code() != null && m.entry().ambiguity() == null && !m.entry().fromGeoNames()
                    && oneCountry(m.entry()) && (dateline == null || !dateline.covers(m))
                    && !regionsAfter.containsKey(m)) {
                plainCounts.merge(m.entry().code(), 1, Integer::sum);
                countedKeys.merge(m.entry().key(), 1, Integer::sum);
            }
        }
        if (dateline != null && dateline.region() != null) {
            plainCounts.merge(dateline.region().code(), 1, Integer::sum);
        }
        ArticlePlaces context = new ArticlePlaces(in, plainCounts, countedKeys, regionsAfter, kept, dateline,
                lowerCase);
        context.nameTownsExcept(m -> placeResolver.everydayWordHere(m, context));
        String article = " " + in.titleForm().folded() + " " + in.bodyForm().folded() + " ";
        // one decision per ambiguous name and article: searching the article for cues again at every mention
        // made a body of one repeated name quadratic
        Map<AmbiguousName, Optional<String>> decided = new HashMap<>();
        for (PhraseMatch m : kept) {
            AmbiguousName a = m.entry().ambiguity();
            String code = a == null ? null : decided.computeIfAbsent(a,
                    x -> Optional.ofNullable(decide(x, article, plainCounts, in.language()))).orElse(null);
            if (code != null) {
                // Georgia read as the US state names that state: Athens beside it is Athens, Georgia
                m.entry().places().stream().filter(p -> p.code().equals(code) && p.population() == 0)
                        .forEach(p -> context.nameSubdivision(p, m.entry().key()));
            }
        }
        List<ResolvedMention> out = new ArrayList<>();
        List<PhraseMatch> unresolved = new ArrayList<>();
        boolean datelineFound = false;
        Map<String, Place> bracketedNames = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            PhraseMatch m = kept.get(i);
            GazetteerEntry e = m.entry();
            String code;
            Place bracketed = i > 0 ? bracketedRegion(kept.get(i - 1), m, regionsAfter, in) : null;
            if (bracketed != null) {
                bracketedNames.put(e.key(), bracketed);
            }
            bracketed = bracketedNames.get(e.key());
            if (bracketed != null) {
                code = bracketed.code(); // "Châtellerault (Vienne)": the département, not Vienna, here and after
            } else if (e.ambiguity() != null) {
                // عمّان with its shadda is Amman: the writer's mark settles the name where it is written
                code = e.ambiguity().spelledFor(in.text(m.field()).substring(m.start(), m.end()));
                code = code != null ? code : agencysHomeTown(m, e.ambiguity(), dateline);
                code = code != null ? code : townOfAnotherCountrysSubdivision(m, regionsAfter, dateline);
                code = code != null ? code : regionOfTheTownBefore(m, i > 0 ? kept.get(i - 1) : null, regionsAfter,
                        dateline, in);
                if (code == null) {
                    code = decided.computeIfAbsent(e.ambiguity(),
                            a -> Optional.ofNullable(decide(a, article, plainCounts, in.language()))).orElse(null);
                }
            } else if (!e.places().isEmpty() || e.fromGeoNames()) {
                code = placeResolver.resolve(m, context);
            } else {
                code = PlaceResolver.townCountry(m, e.code(), regionsAfter, dateline); // "PERU, Ind." is a US town
            }
            boolean isDateline = dateline != null && dateline.covers(m);
            if (code != null) {
                out.add(new ResolvedMention(m, code, isDateline, !isDateline && clubTowns.contains(m)));
                datelineFound |= isDateline;
            } else if (e.fromGeoNames()) {
                unresolved.add(m);
            }
        }
        List<ResolvedMention> towns = townsOfTheirLocalGovernment(out, unresolved, in);
        if (!towns.isEmpty()) {
            out.addAll(towns);
            out.sort(TEXT_ORDER);
        }
        if (dateline != null && !datelineFound && dateline.region() != null) {
            out.add(0, regionOnly(dateline, in));
        } else if (dateline != null && !datelineFound && dateline.home() != null
                && CliticStripper.isArabicScript(in.body().charAt(dateline.cityStart()))) {
            // the dateline's name is also a word here (دوشنبه "Monday"), but its national agency's credit
            // ("دوشنبه، ۷ دسامبر /خاور/.") makes it that agency's home town
            out.add(0, regionOnly(Dateline.homeTown(dateline.cityStart(), dateline.cityEnd(), dateline.home()), in));
        }
        return withoutListedNamesakes(sameTownThroughout(out, regionsAfter, dateline), regionsAfter, in);
    }

    /**
     * The country of an ambiguous name's town placed by a state or province after its comma that none of its candidates
     * has a town of that name in: "Tripoli, Iowa" is Iowa's, not Libya's or Lebanon's; else null.
     */
    private static String townOfAnotherCountrysSubdivision(PhraseMatch m, Map<PhraseMatch, Place> regionsAfter,
                                                           Dateline dateline) {
        Place region = dateline != null && dateline.covers(m) ? dateline.region() : regionsAfter.get(m);
        if (region == null || region.admin1() == null
                || m.entry().places().stream().anyMatch(p -> p.within(region))) {
            return null;
        }
        return region.code();
    }

    /**
     * The country of an ambiguous name written as the region of the town before it, as that town's region was read
     * ({@link RegionAfterComma#after(String, int, GazetteerEntry)}): "ALBANY, Georgia" is the state's, "BATUMI,
     * Georgia" the country's; else null.
     */
    private static String regionOfTheTownBefore(PhraseMatch m, PhraseMatch before, Map<PhraseMatch, Place> regionsAfter,
                                                Dateline dateline, TaggingInput in) {
        Place region = null;
        if (dateline != null && m.field().equals("body") && dateline.regionStart() == m.start()
                && m.start() >= dateline.cityEnd()) {
            region = dateline.region();
        } else if (before != null && before.field().equals(m.field()) && regionsAfter.containsKey(before)
                && in.text(m.field()).substring(before.end(), m.start()).strip().equals(",")) {
            region = regionsAfter.get(before);
        }
        return region != null && m.entry().ambiguity().cues().containsKey(region.code()) ? region.code() : null;
    }

    /**
     * Country names in a list with {@value #NAMESAKE_TOWNS} or more towns that the article reads as namesakes in another
     * country, by its context and not by a region written after them, are towns there too, and no evidence wherever
     * the article writes them: "fire companies from Paris, Oxford, Poland and Mexico" in Norway, Maine ("Poland, home
     * of the Poland Spring bottled water company"). A list of one namesake and countries stays ("visitors from Paris,
     * Texas, Mexico and Canada").
     */
    private List<ResolvedMention> withoutListedNamesakes(List<ResolvedMention> out, Map<PhraseMatch, Place> regionsAfter,
                                                        TaggingInput in) {
        Set<String> namesakes = new HashSet<>();
        int start = 0;
        for (int i = 1; i <= out.size(); i++) {
            boolean listed = i < out.size() && out.get(i - 1).match().field().equals(out.get(i).match().field())
                    && roles.listGap(out.get(i - 1).match(), out.get(i).match(), in);
            if (listed) {
                continue;
            }
            List<ResolvedMention> list = out.subList(start, i);
            start = i;
            Set<String> towns = new HashSet<>();
            long count = 0;
            for (ResolvedMention r : list) {
                GazetteerEntry e = r.match().entry();
                if (e.kind() == NameKind.CITY && e.code() != null && !e.code().equals(r.code())
                        && !regionsAfter.containsKey(r.match())) {
                    towns.add(r.code());
                    count++;
                }
            }
            if (count >= NAMESAKE_TOWNS && towns.size() == 1) {
                list.stream().filter(r -> r.match().entry().kind().countryName() && !towns.contains(r.code()))
                        .forEach(r -> namesakes.add(r.match().entry().key()));
            }
        }
        if (namesakes.isEmpty()) {
            return out;
        }
        return new ArrayList<>(out.stream().filter(r -> r.dateline() || !namesakes.contains(r.match().entry().key()))
                .toList());
    }

    /**
     * The region that {@code m} itself names in brackets right after the town {@code before}, as read for that town
     * ("Châtellerault (Vienne)", "Valence (Drôme)"), or null.
     */
    private static Place bracketedRegion(PhraseMatch before, PhraseMatch m, Map<PhraseMatch, Place> regionsAfter,
                                         TaggingInput in) {
        Place region = regionsAfter.get(before);
        if (region == null || !before.field().equals(m.field())) {
            return null;
        }
        String text = in.text(m.field());
        return m.start() == before.end() + 2 && text.startsWith(" (", before.end()) && m.end() < text.length()
                && text.charAt(m.end()) == ')' ? region : null;
    }

    /**
     * The agency's home country where {@code m} is the dateline's place and one of the name's candidates: a national
     * agency writes its home town bare ("وطنية - طرابلس -" is Lebanon's Tripoli); otherwise null.
     */
    private static String agencysHomeTown(PhraseMatch m, AmbiguousName a, Dateline dateline) {
        if (dateline == null || !dateline.covers(m) || dateline.home() == null) {
            return null;
        }
        String home = dateline.home();
        return home.equals(a.defaultCode()) || a.cues().containsKey(home) ? home : null;
    }

    /**
     * The mentions among {@code unresolved}, GeoNames names too weak to stand alone, of a town that the article shows
     * by its local government's name elsewhere ("Chaguanas residents fed up …" over "the Chaguanas Borough
     * Corporation said"): that town, where the name is written with its capital.
     */
    private List<ResolvedMention> townsOfTheirLocalGovernment(List<ResolvedMention> out, List<PhraseMatch> unresolved,
                                                              TaggingInput in) {
        if (unresolved.isEmpty()) {
            return List.of();
        }
        Map<String, String> towns = new HashMap<>();
        for (ResolvedMention r : out) {
            if (r.match().entry().fromGeoNames() && placeResolver.localGovernment(r.match(), in)) {
                towns.put(r.match().entry().key(), r.code());
            }
        }
        List<ResolvedMention> more = new ArrayList<>();
        for (PhraseMatch m : unresolved) {
            String town = towns.get(m.entry().key());
            MatchToken first = in.form(m.field()).tokens().get(m.fromToken());
            if (town != null && TextPositions.capitalized(in.text(m.field()), first)) {
                more.add(new ResolvedMention(m, town));
            }
        }
        return more;
    }

    /**
     * A town placed by its region in another country than its name's ("LEBANON, Ohio —", "Peru, Ind."), or by the
     * dateline's agency ("VALENCE (AFP)"), is that town wherever the article names it again: "Lebanon City Council",
     * "the Peru school board", "une papeterie de Valence".
     */
    private static List<ResolvedMention> sameTownThroughout(List<ResolvedMention> out,
                                                            Map<PhraseMatch, Place> regionsAfter, Dateline dateline) {
        Map<String, String> towns = new HashMap<>();
        for (ResolvedMention r : out) {
            PhraseMatch m = r.match();
            boolean placed = regionsAfter.containsKey(m)
                    || (r.dateline() && (dateline.region() != null || dateline.home() != null));
            if (placed && !r.code().equals(m.entry().code())) {
                towns.put(m.entry().key(), r.code());
            }
        }
        if (towns.isEmpty()) {
            return out;
        }
        List<ResolvedMention> same = new ArrayList<>(out.size());
        for (ResolvedMention r : out) {
            String town = towns.get(r.match().entry().key());
            same.add(town == null || town.equals(r.code()) ? r : new ResolvedMention(r.match(), town, r.dateline(), r.club()));
        }
        return same;
    }

    /** A dateline whose place the gazetteer does not know ("DEARBORN, MICH."): its region is the evidence. */
    private static ResolvedMention regionOnly(Dateline d, TaggingInput in) {
        String code = d.region().code();
        GazetteerEntry entry = new GazetteerEntry("", "", code, NameKind.REGION, "dateline-region", null, Set.of(),
                Casing.ANY, Set.of(), List.of(d.region()));
        return new ResolvedMention(PhraseMatch.spanning("body", in.bodyForm().tokens(), d.regionStart(), d.regionEnd(),
                entry), code, true);
    }

    /** Whether every sizeable GeoNames place of a name lies in the country the name is given: then it is plain evidence. */
    private static boolean oneCountry(GazetteerEntry e) {
        if (e.kind() != NameKind.CITY && e.kind() != NameKind.REGION) {
            return true; // a country's name is that country; towns named after it (Lebanon, Pa.) need their region
        }
        long biggest = e.places().isEmpty() ? 0 : e.places().get(0).population();
        for (Place p : e.places()) {
            if (!p.code().equals(e.code()) && p.population() >= PlaceResolver.CONTEXT_SHARE * biggest) {
                return false;
            }
        }
        return true;
    }

    /**
     * The candidate with the most cue words in the article, and among equals the one the article names most otherwise:
     * a Persian story on the Republic of Azerbaijan (باکو) names Iran, its own country, more often than Baku, and a
     * cue says more than any number of such mentions. With neither, the default of the article's {@code language}.
     */
    private static String decide(AmbiguousName a, String article, Map<String, Integer> plainCounts, String language) {
        String best = null;
        int bestCues = 0;
        int bestCount = 0;
        for (Map.Entry<String, List<String>> c : a.cues().entrySet()) {
            int cues = 0;
            for (String cue : c.getValue()) {
                if (!cue.isEmpty() && containsWord(article, cue)) {
                    cues++;
                }
            }
            int count = plainCounts.getOrDefault(c.getKey(), 0);
            if (cues + count > 0 && (cues > bestCues || (cues == bestCues && count > bestCount))) {
                best = c.getKey();
                bestCues = cues;
                bestCount = count;
            }
        }
        return best != null ? best : a.defaultCode(language);
    }

    /**
     * Whether {@code cue} stands in {@code article} (folded, spaced at both ends) as a whole word or words: " المغرب"
     * is no cue inside " المغربي", a surname.
     */
    private static boolean containsWord(String article, String cue) {
        String needle = " " + cue;
        for (int i = article.indexOf(needle); i >= 0; i = article.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            if (end >= article.length() || !Character.isLetterOrDigit(article.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word for an administrative unit or its office right before another country's place is that place's (شهرستان
     * لس‌آنجلس, Los Angeles County; فرماندار کالیفرنیا, the governor of California), not its home country's. So is
     * an Arabic-script national body's name (آموزش و پرورش افغانستان, Afghanistan's education), and then every
     * mention of that body in the article.
     */
    private static List<PhraseMatch> officesOfForeignPlaces(List<PhraseMatch> places) {
        if (places.stream().noneMatch(m -> m.entry().unit() || nationalBody(m))) {
            return List.of();
        }
        Map<String, List<PhraseMatch>> byStart = new HashMap<>();
        for (PhraseMatch m : places) {
            byStart.computeIfAbsent(m.field() + ':' + m.fromToken(), k -> new ArrayList<>()).add(m);
        }
        List<PhraseMatch> out = new ArrayList<>();
        Set<String> foreignBodies = new HashSet<>();
        for (PhraseMatch m : places) {
            if ((m.entry().unit() || nationalBody(m))
                    && byStart.getOrDefault(m.field() + ':' + (m.toToken() + 1), List.of()).stream().anyMatch(o ->
                            o.entry().code() != null && !o.entry().code().equals(m.entry().code()))) {
                out.add(m);
                if (!m.entry().unit()) {
                    foreignBodies.add(m.entry().key());
                }
            }
        }
        // an article that names the body as another country's means that country's by it throughout
        for (PhraseMatch m : places) {
            if (foreignBodies.contains(m.entry().key())) {
                out.add(m);
            }
        }
        return out;
    }

    /** A body of state or society in Arabic script that stands for its country (آموزش و پرورش), not a club. */
    private static boolean nationalBody(PhraseMatch m) {
        return m.entry().kind() == NameKind.INSTITUTION && !m.entry().club() && !m.entry().plainClub()
                && CliticStripper.isArabicScript(m.entry().key().charAt(0));
    }
}
