package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a sporting event is held when the story is about who took part: the Tokyo Marathon won by a Kenyan, a Swiss
 * skier's slalom in Finland, a Turkish weightlifter's gold in Manama. A desk files such a story under the athletes'
 * countries; the host country, seen only through the event's town, the dateline or "in Sweden", is its venue. A
 * sports result word ({@code result} in mention-roles.tsv: marathon, médaille, Weltcup, чемпионат, şampiyonası,
 * يتوج, قهرمان) in the title or the first sentence shows the story; Arabic and Persian sports news also has its own
 * reading of teams, camps and clubs abroad (CountryReader). A cultural event's word ({@code event}: festival,
 * Biennale, кинофестиваль) shows a film's or an artist's night abroad the same way, but only for a country the title
 * names: "Cannes festival names jury" led by an American actress is the festival's story.
 */
final class SportsVenues {

    /** Turkish genitive endings after the apostrophe: Bahreyn'in, Macaristan'ın (locatives are MentionRoles'). */
    private static final Set<String> TURKISH_GENITIVES = Set.of("ın", "in", "un", "ün", "nın", "nin", "nun", "nün");

    /** Prepositions of {@code mention-roles.tsv}'s locative role that sports reports also use for a side's rival. */
    private static final Set<String> OBJECT_MARKERS = Set.of("es:a", "es:al", "en:to");

    /** The languages read: the cased scripts', and Arabic and Persian since the thirteenth issue-13 session. */
    private static final Set<String> UNCASED_READ = Set.of("ar", "fa");

    /** The particles between a stage race's word and its host: Giro de Italia, Tour de France, Vuelta a España. */
    private static final Set<String> EVENT_PARTICLES = Set.of("de", "a", "d", "di", "of");

    private static final String TURKEY = "TR";
    private static final String MILLI = "milli";

    private final MentionRoles roles;

    SportsVenues(MentionRoles roles) {
        this.roles = roles;
    }

    /** A sports story's hosts, seen only as the place of the event, and its sides, named up front otherwise. */
    record Reading(Set<String> venues, Set<String> sides) {
        static final Reading NONE = new Reading(Set.of(), Set.of());
    }

    /**
     * The countries of {@code mentions} that are only a sports story's venue: every mention of theirs shows a place
     * (a town, a region, the dateline, "in X", an adjective or a genitive placing a town), while another country is
     * named otherwise (an athlete's nationality, a team's country) in the title or the first sentence: that country
     * is a side, the story's subject. A country whose team or club takes part is no venue, nor is one named any other
     * way. {@code opponents} are a previewed match's opponents.
     */
    Reading read(List<ResolvedMention> mentions, TaggingInput in, int firstSentenceEnd,
                 Set<ResolvedMention> opponents) {
        if (!NameFilter.isCased(in.body()) && !UNCASED_READ.contains(in.language())) {
            return Reading.NONE;
        }
        // a previewed match is a sports story whose opponent is neither a side nor a place (MatchPreviews)
        boolean sport = !opponents.isEmpty() || roles.upFront(MentionRoles.Role.RESULT, in, firstSentenceEnd);
        if (!sport && !roles.upFront(MentionRoles.Role.EVENT, in, firstSentenceEnd)) {
            return Reading.NONE;
        }
        Set<String> named = new HashSet<>();
        Set<String> namedByName = new HashSet<>();
        Set<String> inTitle = new HashSet<>();
        Set<String> inFirstSentence = new LinkedHashSet<>();
        Set<String> performers = new HashSet<>();
        Set<String> placedUpFront = new HashSet<>();
        for (ResolvedMention m : mentions) {
            if (opponents.contains(m)) {
                continue;
            }
            if (place(m, mentions, in)) {
                // "in Spain" in the title, the dateline's "BURGOS, Spain"; a town only after "in" ("gana en
                // Londres"), since a bare one may be an athlete's home ("Cardiff's Pritchard")
                NameKind kind = m.match().entry().kind();
                if (m.dateline() || ((kind == NameKind.COUNTRY_NAME
                        || (kind == NameKind.CITY && roles.locative(m.match(), in)))
                        && (m.match().field().equals("title") || m.match().start() < firstSentenceEnd))) {
                    placedUpFront.add(m.code());
                }
            } else {
                named.add(m.code());
                if (m.match().entry().kind().countryName() || m.match().entry().kind() == NameKind.AMBIGUOUS) {
                    namedByName.add(m.code());
                }
                if (m.match().entry().company()) {
                    continue; // a stadium's sponsor (the Allianz Parque) is no side of the match
                }
                // the athlete or team the story is about stands in the title or the first sentence; a rival's or a
                // team-mate's nationality further down does not make the host a mere venue
                if (m.match().field().equals("title")) {
                    inTitle.add(m.code());
                } else if (m.match().start() < firstSentenceEnd) {
                    inFirstSentence.add(m.code());
                    if (performers.isEmpty() && m.match().entry().kind() == NameKind.DEMONYM
                            && roles.before(MentionRoles.Role.PERSON, m.match(), in, 1, false)) {
                        performers.add(m.code());
                    }
                }
            }
        }
        // the sides are those the title names, else the first one the first sentence names: the runner-up there
        // ("pulling clear of Ethiopia's Tadesse", "en battant le Ghana") is not what the story is filed under; a
        // festival's lead names its jury and guests as readily as its winners, so there only the title's count
        Set<String> sides = new HashSet<>(!inTitle.isEmpty() || !sport ? inTitle
                : inFirstSentence.stream().limit(1).collect(Collectors.toSet()));
        if (sides.isEmpty() && !sport) {
            // an artist's night abroad whose lead names the performer: "أحيا الفنان السعودي … حفلا في العاصمة الأردنية"
            sides.addAll(performers);
        }
        if (sides.isEmpty() && !sport) {
            // an agency's artists abroad reported from home: "SEOUL (Yonhap) -- K-pop band NOVA7 wrapped up its tour
            // with two sold-out concerts in Paris", the dateline's country the side, the host seen only in its towns
            mentions.stream().filter(ResolvedMention::dateline).map(ResolvedMention::code)
                    .filter(c -> mentions.stream().noneMatch(o -> o.code().equals(c) && !o.dateline()
                            && (o.match().field().equals("title") || o.match().start() < firstSentenceEnd)))
                    .findFirst().ifPresent(sides::add);
        }
        // Turkish news calls Turkey's athletes "milli" (national) and names the country only further down
        if ("tr".equals(in.language()) && named.contains(TURKEY)
                && TextPositions.upFront(in, firstSentenceEnd, MILLI::equals)) {
            sides.add(TURKEY);
        }
        if (sides.isEmpty()) {
            return Reading.NONE;
        }
        Set<String> venues = new HashSet<>();
        for (ResolvedMention m : mentions) {
            // a host placed up front stays the venue when one of its athletes is named only further down ("race in
            // Spain … with Spain's Salazar third")
            boolean namedUpFront = inTitle.contains(m.code()) || inFirstSentence.contains(m.code());
            boolean venue = !named.contains(m.code()) || (placedUpFront.contains(m.code()) && !namedUpFront);
            // a fair's or a festival's host named by its name anywhere is a party to it: German firms at a fair in
            // Dammam courting the Saudi market, where "السوق السعودية" names the kingdom
            if (!sides.contains(m.code()) && venue && (sport || !namedByName.contains(m.code()))) {
                venues.add(m.code());
            }
        }
        return new Reading(venues, sides);
    }


    /** Whether the mention only shows where something is held. */
    private boolean place(ResolvedMention m, List<ResolvedMention> all, TaggingInput in) {
        PhraseMatch p = m.match();
        NameKind kind = p.entry().kind();
        if (m.club() || p.entry().club()) {
            return false;
        }
        if (kind == NameKind.REGION && !m.dateline() && TextPositions.possessiveEndsAt(in.text(p.field()), p.end())) {
            return false; // "England's Tom Kearsley": a home nation's player, not a place
        }
        if (m.dateline() || kind == NameKind.CITY || kind == NameKind.REGION || inTheDateline(m, all)) {
            return true;
        }
        if (kind == NameKind.DEMONYM) {
            // im finnischen Levi, the Swedish resort of Are; the event's host: the Japanese women's tour
            return roles.before(MentionRoles.Role.CAPITAL, p, in, 2, true) || placesATown(m, all, in)
                    || namesTheEvent(p, in, 3);
        }
        if (kind == NameKind.INSTITUTION) {
            return false;
        }
        if (eventBefore(p, in) || namesTheEvent(p, in, 1)) {
            return true; // بطولة هونج كونج المفتوحة, the Hong Kong Open: the event held there
        }
        // "in Sweden", Macaristan'da (MentionRoles reads the Turkish locative), but not "venció a Países Bajos"
        if (roles.locative(p, in) && !objectMarker(p, in)) {
            return true;
        }
        // Bahreyn'in başkenti Manama'da, Macaristan'ın Debrecen kentinde, "Debrecen, Hungary"
        String ending = "tr".equals(in.language()) ? TextPositions.turkishEnding(in.text(p.field()), p) : "";
        return (ending.isEmpty() || TURKISH_GENITIVES.contains(ending)) && placesATown(m, all, in);
    }

    /**
     * A word for an event or a series of events follows the name within {@code words} words: the Japanese women's
     * tour (an adjective, three), the Singapore Marathon (a name, the next word only: "Japan won the cup" is a side).
     */
    private boolean namesTheEvent(PhraseMatch p, TaggingInput in, int words) {
        List<MatchToken> t = MentionRoles.tokens(p, in);
        for (int k = p.toToken() + 1; k < t.size() && k <= p.toToken() + words; k++) {
            String w = t.get(k).text();
            if (roles.is(MentionRoles.Role.SERIES, in.language(), w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word for a series of events right before the name, as Arabic and Persian write it (بطولة قطر المفتوحة), or
     * before it and a particle, capitalized, as the Romance languages name a stage race after its host: the Giro de
     * Italia, the Tour de France, la Vuelta a España.
     */
    private boolean eventBefore(PhraseMatch p, TaggingInput in) {
        List<MatchToken> t = MentionRoles.tokens(p, in);
        int before = p.fromToken() - 1;
        if (before >= 0 && roles.is(MentionRoles.Role.SERIES_BEFORE, in.language(), t.get(before).text())) {
            return true;
        }
        String text = in.text(p.field());
        return before >= 1 && EVENT_PARTICLES.contains(t.get(before).text())
                && TextPositions.capitalized(text, t.get(before - 1))
                && roles.is(MentionRoles.Role.SERIES_BEFORE, in.language(), t.get(before - 1).text());
    }

    /**
     * A dateline's separator stands between the two: "Jakarta (ANTARA) - Indonesian shuttler" names the athlete's
     * country, not the town's.
     */
    private static boolean separated(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (DatelineReader.isSeparator(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The name is part of the dateline: "BEAVER CREEK (Etats-Unis), 3 déc (AFP)" read as the dateline's region. */
    private static boolean inTheDateline(ResolvedMention m, List<ResolvedMention> all) {
        PhraseMatch p = m.match();
        return all.stream().anyMatch(d -> d.dateline() && d.match().field().equals(p.field())
                && d.match().start() < p.end() && p.start() < d.match().end());
    }

    /**
     * The word before the name is a preposition that in sports reports marks whom a side beats or loses to, not
     * where: Spanish "venció a Países Bajos", "lost to Spain".
     */
    private static boolean objectMarker(PhraseMatch p, TaggingInput in) {
        List<MatchToken> t = MentionRoles.tokens(p, in);
        if (p.fromToken() == 0 || p.skip() > 0) {
            return false;
        }
        String before = t.get(p.fromToken() - 1).text();
        return OBJECT_MARKERS.contains(in.language() + ":" + before);
    }

    /**
     * The name stands right before or after a town of its country ("finnischen Levi", "ÖSTERSUND (Suède)"), or
     * before a word for a capital or city.
     */
    private boolean placesATown(ResolvedMention m, List<ResolvedMention> all, TaggingInput in) {
        PhraseMatch p = m.match();
        if (roles.after(MentionRoles.Role.CAPITAL, p, in)) {
            return true;
        }
        for (ResolvedMention o : all) {
            PhraseMatch q = o.match();
            if (o.code().equals(m.code()) && q.field().equals(p.field()) && q.entry().kind() == NameKind.CITY
                    && ((q.fromToken() > p.toToken() && q.fromToken() <= p.toToken() + 2)
                            || (q.toToken() < p.fromToken() && q.toToken() >= p.fromToken() - 2))
                    && !separated(in.text(p.field()), Math.min(p.end(), q.end()), Math.max(p.start(), q.start()))) {
                return true;
            }
        }
        return false;
    }
}
