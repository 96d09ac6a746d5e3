package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads how each country an article names stands in it, by the hand-written rules of issue 13: its score (title
 * three times, the lead half again, a body mention once, each times how telling its kind of name is), whether it is
 * in the title, named by its name in the first sentence, mentioned at least twice with a fair share of the top score,
 * the dateline's place (the city a wire story is filed from), and the rules' own verdict on it.
 *
 * <p>The words around each mention ({@link MentionRoles}) say more: an item of a list of {@value #MIN_LIST}+
 * countries (a draw, markets, BRICS) or a person's nationality (the Iraqi coach) does not count toward the
 * first-sentence and repeated-mention rules; the repeated-mention rule also wants the country placed (a city, a
 * region, one of its bodies, "in X", its officials or, in the lead, its team), not only talked about ("America's
 * plots"); a country seen only through cities, a capital's adjective or a camp/stadium/tournament/festival word
 * while another country's team or the agency's "our country" is the subject is a venue (a Saudi club's camp in
 * Austria, a Super Cup in London, our weightlifters at the Youth Olympics in Singapore). What it reads is
 * the primary model's input ({@link PrimaryFeatures}).
 */
final class CountryReader {

    static final double TITLE = 3.0;
    static final double LEAD = 1.5;
    static final double BODY = 1.0;
    static final int LEAD_CHARS = 300;
    static final double SHARE_OF_TOP = 0.3;
    /** A list naming this many countries or more names none of them as the story's place. */
    static final int MIN_LIST = 3;
    /**
     * Arabic leads often run on without a full stop for a whole paragraph: the "first sentence" that makes a named
     * country primary stops here (a wire story's first sentence is shorter).
     */
    static final int FIRST_SENTENCE_CHARS = 200;
    /** An Arabic body this long has closing paragraphs of background: from {@link #CLOSING_SHARE} of it on. */
    static final int LONG_BODY = 2000;
    static final double CLOSING_SHARE = 0.75;
    /** A byline (writer or outlet, dash, city) ends this close to the top of the body. */
    static final int BYLINE_CHARS = 60;
    /** A rival club's own name, which the gazetteer lacks, is at most this many words (بني ياس, فيرتونا سيتوارد). */
    static final int RIVAL_NAME_WORDS = 2;
    /** Rival clubs listed one after another ("يوم 23 يوليو، والوصل الإماراتي") stand at most this many words apart. */
    static final int RIVALS_APART = 8;
    /** A venue named this many times may be named otherwise once (a long report on a Super Cup played in London). */
    static final int VENUE_TOLERANCE = 8;

    /** Kinds of name that say "this country" outright, enough for the first sentence to make it primary. */
    private static final Set<NameKind> NAMES = EnumSet.of(NameKind.COUNTRY_NAME, NameKind.SHORT_FORM, NameKind.AMBIGUOUS);

    private final MentionRoles roles;
    private final DeskPlaces desks;
    private final InternationalSeats seats;
    private final CountryLists lists;
    private final SportsVenues sportsVenues;
    private final MatchPreviews previews;

    CountryReader(MentionRoles roles, DatelineAgencyCredit datelineCredit) {
        this.roles = roles;
        this.desks = new DeskPlaces(roles, datelineCredit);
        this.seats = new InternationalSeats();
        this.lists = new CountryLists(roles);
        this.sportsVenues = new SportsVenues(roles);
        this.previews = new MatchPreviews(roles);
    }

    /**
     * What the whole article shows before any one country is weighed: where its lead and first sentence end, the
     * countries listed, the teams and clubs in it, the parties that go abroad in it (those teams and the agency's
     * "our country"), the foreign clubs they meet, whether it is a price report or a team's training camp, and the
     * country of a provincial desk that files it.
     */
    record Article(TaggingInput in, List<ResolvedMention> mentions, int leadEnd, int firstSentenceEnd,
                   boolean titleNamesACountry, Set<ResolvedMention> listed, Set<String> teams, Set<String> parties,
                   Set<ResolvedMention> clubsAbroad, boolean marketReport, SportsVenues.Reading sports, int countries,
                   double top, Set<ResolvedMention> peopleAgain, boolean camp, boolean officeAbroad,
                   String provincialDesk, boolean research, Set<ResolvedMention> opponents) {
    }

    /**
     * How one country's mentions stand in the article. {@code rulesPrimary} is the hand-written rules' verdict; the
     * rest is what they weighed: {@code located} (placed, an institution, the dateline or the title),
     * {@code unplaced} (named twice or more, never placed), {@code onlyAsides} (every mention a list item or a
     * nationality), {@code telling} (some mention not an aside, and more than the desk's byline city),
     * {@code onlyInClosing} (only in a long Arabic article's closing paragraphs), {@code marketAside} (a market a
     * price report names through a city or an adjective).
     */
    record Reading(boolean rulesPrimary, boolean venue, boolean located, boolean unplaced, boolean onlyAsides,
                   boolean telling, boolean onlyInClosing, boolean inTitle, boolean dateline, boolean deskOnly,
                   boolean inFirstSentence, boolean placed, boolean named, int tellingCount, double tellingScore,
                   boolean institution, boolean marketAside, boolean beyondTheProvince, boolean researchOrigin) {

        /**
         * What the labelling conventions say before the model: a venue, the desk's byline city, or a market that a
         * price report names only through a city or an adjective (Chinese stocks, trading in Sydney) is never a
         * story's country; one only talked about, or seen only as a list item or a person's nationality, is so only
         * when nothing else is, and so is a country beyond the province whose desk files the story.
         */
        PrimaryModel.Standing standing() {
            return venue || deskOnly || marketAside || researchOrigin ? PrimaryModel.Standing.OUT
                    : unplaced || onlyAsides || beyondTheProvince ? PrimaryModel.Standing.ONLY_TALKED_ABOUT
                    : PrimaryModel.Standing.IN;
        }
    }

    /** One country of an article: its mentions in order, its score, how it stands there. */
    record Candidate(String code, List<ResolvedMention> mentions, double score, Reading reading, Article article) {
    }

    /**
     * Every country the mentions name, in order of first mention, with its score and reading; {@code credits} are the
     * national agencies' credits of the article, in text order.
     */
    List<Candidate> candidates(List<ResolvedMention> mentions, List<PhraseMatch> credits, TaggingInput in) {
        Map<String, List<ResolvedMention>> byCode = new LinkedHashMap<>();
        for (ResolvedMention m : mentions) {
            byCode.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(m);
        }
        int leadEnd = leadEnd(in.body());
        Map<String, Double> scores = new LinkedHashMap<>();
        double top = 0;
        for (Map.Entry<String, List<ResolvedMention>> e : byCode.entrySet()) {
            double s = 0;
            for (ResolvedMention m : e.getValue()) {
                PhraseMatch p = m.match();
                double where = p.field().equals("title") || m.dateline() ? TITLE : p.start() < leadEnd ? LEAD : BODY;
                s += where * p.entry().kind().weight;
            }
            scores.put(e.getKey(), s);
            top = Math.max(top, s);
        }
        Article article = article(mentions, in, leadEnd, byCode.size(), top, provincialDesk(mentions, credits, in));
        List<Candidate> out = new ArrayList<>();
        byCode.forEach((code, ms) ->
                out.add(new Candidate(code, ms, scores.get(code), read(code, ms, article), article)));
        return out;
    }

    private Article article(List<ResolvedMention> mentions, TaggingInput in, int leadEnd, int countries, double top,
                            String provincialDesk) {
        boolean titleNamesACountry = mentions.stream().anyMatch(m -> m.match().field().equals("title")
                && m.match().entry().kind() != NameKind.CITY);
        Set<String> teams = new HashSet<>();
        for (ResolvedMention m : mentions) {
            if (roles.before(MentionRoles.Role.TEAM, m.match(), in, 2, true) || m.match().entry().club()) {
                teams.add(m.code()); // the Saudi team, or a club shown as one (ClubMentions)
            }
        }
        // the agency's "our country" (وزنه‌برداری کشورمان) takes part wherever the story goes, as a team does
        Set<String> parties = new HashSet<>(teams);
        mentions.stream().filter(m -> OurCountry.SOURCE.equals(m.match().entry().source()))
                .forEach(m -> parties.add(m.code()));
        // the agency's own office at a dateline abroad (شنغهاي … واس: وزير المالية at a G20 meeting) takes part there,
        // and the dateline may be the meeting's venue
        Set<String> datelined = new HashSet<>();
        mentions.stream().filter(ResolvedMention::dateline).forEach(m -> datelined.add(m.code()));
        Set<String> officesAbroad = new HashSet<>();
        mentions.stream().filter(m -> OwnOffices.SOURCE.equals(m.match().entry().source()))
                .filter(m -> !datelined.isEmpty() && !datelined.contains(m.code()))
                .forEach(m -> officesAbroad.add(m.code()));
        parties.addAll(officesAbroad);
        // a world commodity's price report (oil falls, gold at its lowest) is about a market: the title and the
        // dateline place it; the lead's countries do not, and only a country named by its name may be its actor
        List<MatchToken> titleWords = in.titleForm().tokens();
        boolean marketReport = titleWords.stream()
                .anyMatch(t -> roles.is(MentionRoles.Role.MARKET, in.language(), t.text()))
                && titleWords.stream().anyMatch(t -> roles.is(MentionRoles.Role.PRICE, in.language(), t.text()));
        int firstSentenceEnd = firstSentenceEnd(in.body());
        boolean camp = "ar".equals(in.language())
                && roles.upFront(MentionRoles.Role.CAMP, in, firstSentenceEnd);
        Set<ResolvedMention> opponents = previews.opponents(mentions, in, firstSentenceEnd);
        return new Article(in, mentions, leadEnd, firstSentenceEnd, titleNamesACountry,
                lists.listed(mentions, in), teams, parties, clubsAbroad(mentions, in, teams, camp), marketReport,
                sportsVenues.read(mentions, in, firstSentenceEnd, opponents), countries, top,
                peopleAgain(mentions, in), camp, !officesAbroad.isEmpty(), provincialDesk, reportsResearch(in),
                opponents);
    }

    /**
     * The country of a Persian agency's provincial desk that files the story ("به گزارش خبرگزاری فارس از گلپایگان"):
     * a dateline at a town of the credited agency's own country that is not its capital. Such a desk reports its
     * province, where a Friday preacher's words on America, a flight to Syria or aid for Gaza are local news; the
     * tuning readers filed 7 of 8 foreign countries such stories made primary under Iran alone. A story that names
     * a border reports what crosses it (exports to Iraq at the Mehran crossing), with the neighbour a party: no desk's
     * province then. Not in Arabic, where the Saudi agency dates the kingdom's diplomacy from Jeddah and trade fairs
     * from Dammam.
     */
    private String provincialDesk(List<ResolvedMention> mentions, List<PhraseMatch> credits, TaggingInput in) {
        if (!"fa".equals(in.language()) || credits.isEmpty()) {
            return null;
        }
        String agency = credits.get(0).entry().code();
        boolean provincial = mentions.stream().anyMatch(m -> m.dateline() && m.code().equals(agency)
                && !m.match().entry().capital());
        // the whole text is read for a border only where a provincial dateline was found
        return provincial && !roles.anywhere(MentionRoles.Role.BORDER, in) ? agency : null;
    }

    /**
     * Adjectives that stand again before a person the article names with a role elsewhere: "البرتغالي جوميز" in a
     * headline whose body has "اللاعب البرتغالي جوميز" is the player, named by his nationality, not the country.
     */
    private Set<ResolvedMention> peopleAgain(List<ResolvedMention> mentions, TaggingInput in) {
        // each adjective keyed by its country and the word after it ("PT|جوميز")
        Map<ResolvedMention, String> adjectives = new LinkedHashMap<>();
        for (ResolvedMention m : mentions) {
            List<MatchToken> t = MentionRoles.tokens(m.match(), in);
            if (m.match().entry().kind() == NameKind.DEMONYM && m.match().toToken() + 1 < t.size()) {
                adjectives.put(m, m.code() + '|' + t.get(m.match().toToken() + 1).text());
            }
        }
        Set<String> people = new HashSet<>();
        adjectives.forEach((m, key) -> {
            if (nationality(m, in)) {
                people.add(key);
            }
        });
        Set<ResolvedMention> out = new HashSet<>();
        adjectives.forEach((m, key) -> {
            if (people.contains(key)) {
                out.add(m);
            }
        });
        return out;
    }

    /**
     * Whether the title or the first sentence reports research (researchers found, scientists say), or a Persian
     * agency's science or health desk files it ("خبرگزاری مهر - گروه علم و فناوری"): such a story that names no
     * country is the world's, not its agency's or its outlet's country.
     */
    boolean reportsResearch(TaggingInput in) {
        return roles.upFront(MentionRoles.Role.RESEARCH, in, firstSentenceEnd(in.body()))
                || roles.inLead(MentionRoles.Role.SCIENCE_DESK, in);
    }

    /** Reads one country's mentions {@code ms} against the article: primary by the rules, a venue, placed, background. */
    private Reading read(String code, List<ResolvedMention> ms, Article a) {
        TaggingInput in = a.in();
        String body = in.body();
        // a foreign club met by another country's team or club is its opponent, not the story's place
        Set<ResolvedMention> asides = a.listed();
        if (a.teams().stream().anyMatch(c -> !c.equals(code))) {
            asides = new HashSet<>(a.listed());
            asides.addAll(a.clubsAbroad());
            // the club a player comes from ("جناح بنفيكا", "قادما من بنفيكا") while another country's club signs him
            for (ResolvedMention m : ms) {
                PhraseMatch p = m.match();
                if (p.entry().plainClub() && (roles.origin(p, in)
                        || roles.before(MentionRoles.Role.PERSON, p, in, 1, false))) {
                    asides.add(m);
                }
            }
        }
        // a previewed match's opponent, while the side that prepares for it is in the story too
        if (a.opponents().stream().anyMatch(ms::contains) && a.mentions().stream()
                .anyMatch(m -> !m.code().equals(code) && !a.opponents().contains(m))) {
            asides = new HashSet<>(asides);
            asides.addAll(a.opponents());
        }
        Set<ResolvedMention> skipped = asides;
        // a city's club (the Milwaukee Bucks) names a side as much as the country's name would
        boolean named = ms.stream()
                .anyMatch(m -> m.match().entry().kind() != NameKind.CITY || m.dateline() || m.club());
        // a listening post or the desk's byline city says little when the story is about another country; nor does
        // the country of a paper or a site the story is taken from ("ذكرت صحيفة «هافنغتون بوست» الأميركية")
        boolean deskOnly = desks.deskOnly(code, ms, a.mentions(), in)
                || ms.stream().allMatch(m -> outletsNationality(m.match(), in));
        // a dateline at an international body's seat, on that body's business, is its venue
        boolean seat = !deskOnly && seats.venueOnly(code, ms, in, a.firstSentenceEnd());
        // a sports event's host while other countries' athletes or teams take part
        boolean host = a.sports().venues().contains(code);
        boolean dateline = !deskOnly && !seat && !host && ms.stream().anyMatch(ResolvedMention::dateline);
        // mentions that say "this is where the story is": not an item of a long list, not a person's nationality
        // unless the person is a sports story's side (اللاعب المصري who wins abroad)
        boolean side = a.sports().sides().contains(code);
        Predicate<ResolvedMention> ofTheCountry = m -> side || !(nationality(m, in) || a.peopleAgain().contains(m)
                || (skipped.contains(m) && a.opponents().contains(m)));
        // a headline's "البرازيلي اندرسون" is the player the body calls "المدافع البرازيلي اندرسون", not his country
        boolean inTitle = ms.stream().anyMatch(m -> m.match().field().equals("title") && ofTheCountry.test(m));
        List<ResolvedMention> telling = ms.stream().filter(m -> !skipped.contains(m) && ofTheCountry.test(m)).toList();
        boolean inFirstSentence = telling.stream().anyMatch(m -> m.match().field().equals("body")
                && m.match().start() < a.firstSentenceEnd() && NAMES.contains(m.match().entry().kind())
                && !adjectival(m.match(), in))
                // named once in a long lead while the title names another country: a detail of that story
                && (telling.size() >= 2 || !"ar".equals(in.language()) || a.mentions().stream().noneMatch(o ->
                        !o.code().equals(code) && o.match().field().equals("title")));
        // a country named only as the object of what others say or do ("America's plots", its embassy) is not the
        // story's place; one named where things happen, through its officials or its team, is
        // a sports story's side (the athlete's or team's country in its title or first sentence) is its subject
        boolean placed = side
                || telling.stream().anyMatch(m -> m.match().entry().kind() == NameKind.CITY
                || m.match().entry().club() || m.club() || m.match().entry().kind() == NameKind.REGION
                || m.match().entry().kind() == NameKind.INSTITUTION
                || (roles.locative(m.match(), in) && !adjectival(m.match(), in))
                || roles.before(MentionRoles.Role.OFFICIAL, m.match(), in, MentionRoles.MAX_BACK, false)
                || ("en".equals(in.language()) && roles.after(MentionRoles.Role.OFFICIAL, m.match(), in))
                || (m.match().start() < a.leadEnd() && roles.before(MentionRoles.Role.TEAM, m.match(), in, 2, true)));
        double tellingScore = 0;
        for (ResolvedMention m : telling) {
            tellingScore += (m.match().start() < a.leadEnd() && m.match().field().equals("body") ? LEAD : BODY)
                    * m.match().entry().kind().weight;
        }
        boolean venue = deskOnly || seat || host || (!named && a.titleNamesACountry())
                // a camp's story is datelined at the camp (ماربيا - عكاظ): there the dateline is the venue's too,
                // unless its own country's agency files it from home (أبوظبي … / وام /)
                || ((!dateline || a.officeAbroad() || (a.camp() && !code.equals(desks.homeAgencyOfTheDateline(in))))
                        && venueOnly(ms, skipped, in, a.camp())
                        && a.parties().stream().anyMatch(c -> !c.equals(code)));
        boolean institution = ms.stream().anyMatch(m -> m.match().entry().kind() == NameKind.INSTITUTION);
        boolean located = !venue && (placed || institution || dateline || inTitle);
        boolean unplaced = !venue && !located && telling.size() >= 2;
        // an Arabic article's closing paragraphs add background (an award abroad, a comparison): a country
        // named only there is not what a long article is about
        boolean onlyInClosing = "ar".equals(in.language()) && body.length() >= LONG_BODY
                && ms.stream().allMatch(m -> m.match().field().equals("body")
                        && m.match().start() > CLOSING_SHARE * body.length());
        // a world commodity's price report (oil falls, gold at its lowest) is about a market: a country named by its
        // name may still be the actor (Saudi Arabia said the cut aims at stability)
        boolean marketAside = a.marketReport() && !inTitle && !dateline
                && ms.stream().noneMatch(m -> NAMES.contains(m.match().entry().kind()));
        // a finding reported as science is the world's: "دراسة بريطانية", American researchers say where it was
        // made, not what country the story is about
        boolean researchOrigin = a.research() && !dateline
                && ms.stream().allMatch(m -> m.match().entry().kind() == NameKind.DEMONYM);
        // a country beyond the province of the desk that files the story stands only as talked about
        boolean beyondTheProvince = a.provincialDesk() != null && !a.provincialDesk().equals(code);
        boolean primary = dateline || (!venue && (inTitle || (!a.marketReport() && (inFirstSentence
                || a.countries() == 1 || (telling.size() >= 2 && placed && !onlyInClosing
                        && tellingScore >= SHARE_OF_TOP * a.top())))));
        return new Reading(primary, venue, located, unplaced, telling.isEmpty(), !telling.isEmpty() && !deskOnly,
                onlyInClosing, inTitle, dateline, deskOnly, inFirstSentence, placed, named, telling.size(), tellingScore,
                institution, marketAside, beyondTheProvince, researchOrigin);
    }

    /**
     * A Persian country name with the adjective or people ending ی (folded ي: عراقی "Iraqi", عراقی‌ها "the Iraqis"):
     * it says who, like a demonym, not where, so it neither names the country in the first sentence nor places it.
     */
    static boolean adjectival(PhraseMatch p, TaggingInput in) {
        return adjectival(p, in, false);
    }

    /**
     * As {@link #adjectival(PhraseMatch, TaggingInput)}; with {@code towns}, a town's name too (شیرازی, تهرانی). A name
     * of a country and a town (عمان, Oman and Amman) takes the ending as either does (لیمو عمانی, the dried lime).
     */
    static boolean adjectival(PhraseMatch p, TaggingInput in, boolean towns) {
        NameKind kind = p.entry().kind();
        if (!"fa".equals(in.language()) || (kind != NameKind.COUNTRY_NAME && kind != NameKind.SHORT_FORM
                && kind != NameKind.AMBIGUOUS && !(towns && kind == NameKind.CITY))) {
            return false;
        }
        String last = MentionRoles.tokens(p, in).get(p.toToken()).text();
        int nameLetters = last.length() - endingLength(p, in);
        // ی after the name, or ای / ایی after a vowel or ی (کره‌ای, اندونزیایی)
        return nameLetters < last.length() && (last.charAt(nameLetters) == '\u064A'
                || last.startsWith("\u0627\u064A", nameLetters));
    }

    /**
     * How many letters of the match's last word follow the name: a Persian ending (ی, ای, ها, های; ایرانی, تهرانی‌ها),
     * 0 when the name ends the word.
     */
    static int endingLength(PhraseMatch p, TaggingInput in) {
        List<MatchToken> t = MentionRoles.tokens(p, in);
        String last = t.get(p.toToken()).text();
        int nameLetters = p.entry().key().length() + p.skip();
        for (int i = p.fromToken(); i < p.toToken(); i++) {
            nameLetters -= t.get(i).text().length();
        }
        return nameLetters < 0 ? 0 : Math.max(0, last.length() - nameLetters);
    }

    /**
     * A person's nationality, or goods' origin: the Iraqi coach, مهاجم سوئدی, Brazilian striker, England midfielder;
     * العطور الفرنسية, خودروهای ژاپنی, German cars.
     */
    private boolean nationality(ResolvedMention m, TaggingInput in) {
        PhraseMatch p = m.match();
        NameKind kind = p.entry().kind();
        boolean countryName = kind.countryName();
        if ((kind == NameKind.DEMONYM || countryName)
                && roles.before(MentionRoles.Role.PERSON, p, in, MentionRoles.MAX_BACK, false)) {
            return true;
        }
        // goods' origin: the adjective right after the goods in Arabic script, French and Spanish, right before them
        // elsewhere (a Persian adjective of a country's name, ژاپنی, reads as the name); Turkish names the origin by
        // the country's name before the goods' possessive form (İsviçre peyniri, İsviçre saatleri)
        boolean adjective = kind == NameKind.DEMONYM
                || (countryName && CliticStripper.isArabicScript(in.text(p.field()).charAt(p.start())));
        if (adjective && (roles.before(MentionRoles.Role.GOODS, p, in, 1, false)
                || roles.after(MentionRoles.Role.GOODS, p, in))
                || countryName && "tr".equals(in.language()) && roles.after(MentionRoles.Role.GOODS, p, in)) {
            return true;
        }
        // a person word after the name: the demonym (Brazilian striker) or, in English, a national side's name
        // (England midfielder, Brazil striker)
        boolean sideName = "en".equals(in.language()) && (countryName || kind == NameKind.REGION);
        return (kind == NameKind.DEMONYM || sideName) && roles.after(MentionRoles.Role.PERSON, p, in);
    }

    /**
     * Whether an Arabic-script adjective of a country follows a word for a paper, a magazine or a site and the
     * outlet's name, at most {@value MentionRoles#MAX_BACK} words back ("صحيفة «ديلي ميل» البريطانية", "مجله
     * آمریکایی"): the outlet's country, which a story taken from it does not happen in.
     */
    private boolean outletsNationality(PhraseMatch p, TaggingInput in) {
        return p.entry().kind() == NameKind.DEMONYM && !NameFilter.isCased(in.text(p.field()), p.start(), p.end())
                && roles.before(MentionRoles.Role.OUTLET, p, in, MentionRoles.MAX_BACK, true);
    }

    /**
     * Whether every mention shows the country only as a venue: a city, a capital's or city's adjective (العاصمة
     * البريطانية لندن, في مدينة ازميت التركية), in a camp's story an adjective in the feminine (إلى أزمت التركية), a
     * name after a camp or stadium word (معسكر سويسرا, the camp in Austria), a name after a preposition of place or
     * origin (إلى النمسا, بالنمسا, من سويسرا: where the team goes, plays or comes back from, not whom it plays), or an
     * Arabic name before a verb of hosting (ماليزيا تحتضن), in a camp's story its dateline (زيلامسي (النمسا) –); one
     * mention in {@link #VENUE_TOLERANCE} outside the title may say otherwise.
     */
    private boolean venueOnly(List<ResolvedMention> ms, Set<ResolvedMention> listed, TaggingInput in, boolean camp) {
        int counted = 0;
        int otherwise = 0;
        for (ResolvedMention m : ms) {
            if (listed.contains(m)) {
                continue; // an item of a draw or a list says nothing either way
            }
            counted++;
            PhraseMatch p = m.match();
            boolean venue = (p.entry().kind() == NameKind.CITY && !m.club())
                    || (p.entry().kind() == NameKind.DEMONYM && (roles.before(MentionRoles.Role.CAPITAL, p, in, 2, true)
                            // in the feminine it agrees with a town, a land or a capital, not with a team or club
                            || (camp && ArabicAdjectiveForms.feminine(p, in))))
                    || roles.before(MentionRoles.Role.VENUE, p, in, MentionRoles.MAX_BACK, true)
                    || (p.entry().kind() != NameKind.DEMONYM && (roles.locative(p, in) || roles.origin(p, in)
                            || ("ar".equals(in.language()) && roles.after(MentionRoles.Role.HOST, p, in))))
                    || address(p, ms, in)
                    // a camp's dateline names the camp's town and its country ("زيلامسي (النمسا) –")
                    || (camp && ms.stream().anyMatch(d -> d.dateline() && d.match().field().equals(p.field())
                            && d.match().start() == p.start()));
            if (!venue) {
                // a long report on a match abroad also says what the host is ("England, the cradle of football"):
                // one such mention in VENUE_TOLERANCE, never in the title, leaves it the venue
                if (p.field().equals("title")) {
                    return false;
                }
                otherwise++;
            }
        }
        return counted > 0 && otherwise * VENUE_TOLERANCE <= counted;
    }

    /**
     * A country's name right after a city of its own that the story goes to ("در شهر توکیو ژاپن", in the city of
     * Tokyo, Japan; "جشنواره توکیو ژاپن"): the city's address, as much a venue as the city.
     */
    private boolean address(PhraseMatch p, List<ResolvedMention> ms, TaggingInput in) {
        if (NAMES.contains(p.entry().kind()) && unknownTownBefore(p, in)) {
            return true;
        }
        return NAMES.contains(p.entry().kind()) && ms.stream().map(ResolvedMention::match).anyMatch(city ->
                city.entry().kind() == NameKind.CITY && city.field().equals(p.field())
                        && city.toToken() == p.fromToken() - 1
                        && (roles.locative(city, in) || roles.before(MentionRoles.Role.CAPITAL, city, in, 1, false)
                        || roles.before(MentionRoles.Role.VENUE, city, in, MentionRoles.MAX_BACK, true)));
    }

    /**
     * A Persian country's name after a word for a city and a town the gazetteer lacks: "وارد شهر قرشی ازبکستان شد"
     * (arrived in the city of Qarshi, Uzbekistan) gives the town's address.
     */
    private boolean unknownTownBefore(PhraseMatch p, TaggingInput in) {
        if (!"fa".equals(in.language()) || p.fromToken() < 2 || p.skip() > 0) {
            return false;
        }
        List<MatchToken> t = MentionRoles.tokens(p, in);
        String text = in.text(p.field());
        return roles.is(MentionRoles.Role.CAPITAL, in.language(), t.get(p.fromToken() - 2).text())
                && TextPositions.adjacent(text, t.get(p.fromToken() - 2).end(), t.get(p.fromToken() - 1).start())
                && TextPositions.adjacent(text, t.get(p.fromToken() - 1).end(), p.start());
    }

    /**
     * Arabic mentions of a club abroad: a city, or a known club beside a side the article shows, followed by its
     * country's masculine adjective (العين الإماراتي, الريان القطري, لخويا القطري: the adjective agrees with the club,
     * a city would take the feminine), every other mention of that name in the article, an adjective right after a
     * word for clubs (أحد الأندية التركية) or, in the masculine, after the word and a club name the gazetteer lacks
     * (نادي مولدة النرويجي), and in a camp's story ({@code camp}) the masculine adjective of a friendly's rival
     * (بمواجهة إكسلوسير الهولندي). Where another country's team or club is the subject, such a club is its opponent
     * or sparring partner, not where the story happens; a club abroad that the title names is the subject itself, and
     * joins {@code teams}.
     */
    private Set<ResolvedMention> clubsAbroad(List<ResolvedMention> mentions, TaggingInput in, Set<String> teams,
                                             boolean camp) {
        if (!"ar".equals(in.language())) {
            return Set.of();
        }
        List<ResolvedMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing((ResolvedMention m) -> m.match().field())
                .thenComparingInt(m -> m.match().fromToken()));
        // a known club abroad is a rival only beside a side the article shows as such (a club or team word before
        // its country's adjective, a club of the home league): Juventus beside Schalke is half the story
        boolean sideShown = !teams.isEmpty();
        Set<String> clubsAbroadNamed = new HashSet<>();
        Set<ResolvedMention> out = new HashSet<>();
        PhraseMatch lastRival = null;
        for (int i = 0; i < sorted.size(); i++) {
            PhraseMatch p = sorted.get(i).match();
            // a masculine adjective may also follow the club's own name (نادي مولدة النرويجي)
            if (p.entry().kind() == NameKind.DEMONYM
                    && roles.before(MentionRoles.Role.CLUB, p, in, ArabicAdjectiveForms.masculine(p, in) ? 2 : 1,
                            true)) {
                out.add(sorted.get(i));
            }
            // a camp's sparring partners: بمواجهة إكسلوسير الهولندي, and the clubs listed after it
            if (camp && p.entry().kind() == NameKind.DEMONYM && ArabicAdjectiveForms.masculine(p, in)
                    && (roles.before(MentionRoles.Role.RIVAL, p, in, RIVAL_NAME_WORDS + 1, true)
                            || joinedToTheRival(p, lastRival, in))) {
                out.add(sorted.get(i));
                lastRival = p;
            }
            if (i + 1 < sorted.size() && (p.entry().kind() == NameKind.CITY || (sideShown && p.entry().plainClub()))) {
                ResolvedMention next = sorted.get(i + 1);
                PhraseMatch q = next.match();
                if (q.field().equals(p.field()) && q.fromToken() == p.toToken() + 1
                        && next.code().equals(sorted.get(i).code()) && q.entry().kind() == NameKind.DEMONYM
                        && ArabicAdjectiveForms.masculine(q, in)) {
                    clubsAbroadNamed.add(next.code() + '|' + p.entry().key());
                    out.add(next);
                }
            }
        }
        for (ResolvedMention m : sorted) {
            if ((m.match().entry().kind() == NameKind.CITY || m.match().entry().plainClub())
                    && clubsAbroadNamed.contains(m.code() + '|' + m.match().entry().key())) {
                out.add(m);
            }
        }
        // a club abroad in the title is what the story is about (Lyon signs a player)
        Set<String> inTitle = new HashSet<>();
        out.stream().filter(m -> m.match().field().equals("title")).forEach(m -> inTitle.add(m.code()));
        out.removeIf(m -> inTitle.contains(m.code()));
        teams.addAll(inTitle);
        return out;
    }

    /**
     * The masculine adjective follows a rival club named a few words earlier, after "و" on one of the words of its
     * own club's name: "بلقاء بني ياس الإماراتي يوم 23 يوليو، والوصل الإماراتي" lists the camp's sparring partners.
     */
    private static boolean joinedToTheRival(PhraseMatch p, PhraseMatch rival, TaggingInput in) {
        if (rival == null || !rival.field().equals(p.field()) || p.fromToken() - rival.toToken() > RIVALS_APART) {
            return false;
        }
        List<MatchToken> t = MentionRoles.tokens(p, in);
        for (int k = p.fromToken() - 1; k >= Math.max(rival.toToken() + 1, p.fromToken() - RIVAL_NAME_WORDS); k--) {
            String w = t.get(k).text();
            if (w.length() > 2 && w.charAt(0) == '\u0648') {
                return true;
            }
        }
        return false;
    }

    /** End of the first sentence of the body (or its first line), at most {@value #FIRST_SENTENCE_CHARS} characters. */
    private static int firstSentenceEnd(String body) {
        for (int i = 1; i < Math.min(body.length(), FIRST_SENTENCE_CHARS); i++) {
            char c = body.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?' || c == '\u061F') && i + 1 < body.length()
                    && Character.isWhitespace(body.charAt(i + 1))
                    && !(c == '.' && (initial(body, i) || abbreviation(body, i) || tassDateline(body, i))))) {
                return i;
            }
        }
        return Math.min(body.length(), FIRST_SENTENCE_CHARS);
    }

    /**
     * The full stop at {@code dot} closes part of a dateline in TASS's style, "ДАВОС /Швейцария/, 3 декабря. /ТАСС/.":
     * the date's before the slashed credit, or the credit's own; the first sentence follows it.
     */
    private static boolean tassDateline(String body, int dot) {
        if (body.charAt(dot - 1) == '/') {
            return true;
        }
        int next = dot + 1;
        while (next < body.length() && body.charAt(next) == ' ') {
            next++;
        }
        return next < body.length() && body.charAt(next) == '/';
    }

    /**
     * The full stop at {@code dot} ends a Latin word's abbreviation when a figure or a lower-case word follows: the
     * dateline's "Dec. 10", "Inc. said"; a sentence would start with a capital.
     */
    private static boolean abbreviation(String body, int dot) {
        char before = body.charAt(dot - 1);
        if (!Character.isLetter(before) || Character.UnicodeScript.of(before) != Character.UnicodeScript.LATIN) {
            return false;
        }
        int next = dot + 1;
        while (next < body.length() && body.charAt(next) == ' ') {
            next++;
        }
        return next < body.length()
                && (Character.isDigit(body.charAt(next)) || Character.isLowerCase(body.charAt(next)));
    }

    /** The full stop at {@code dot} ends a single capital's abbreviation (U.N., U.S., J. Smith), not a sentence. */
    private static boolean initial(String body, int dot) {
        return dot >= 1 && Character.isUpperCase(body.charAt(dot - 1))
                && (dot == 1 || !Character.isLetter(body.charAt(dot - 2)));
    }

    /** End of the lead: the first paragraph, at most {@link #LEAD_CHARS} characters. */
    private static int leadEnd(String body) {
        int nl = body.indexOf('\n', 1);
        return Math.min(nl < 0 ? body.length() : nl, LEAD_CHARS);
    }
}
