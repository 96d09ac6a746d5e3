package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the desk sits rather than where the story happens: a wire's listening post (a LONDON-dated report of India's
 * sugar tender) and an Arabic byline's city (عين اليوم – جدة) when the lead is about another country.
 */
final class DeskPlaces {

    /** Kinds of name that name a country itself: a title naming one so is about it (Florida, a region, is not). */
    private static final Set<NameKind> COUNTRY_WORDS = EnumSet.of(NameKind.COUNTRY_NAME, NameKind.SHORT_FORM,
            NameKind.DEMONYM, NameKind.AMBIGUOUS);

    /** How many words after the country a word for hosting may stand: "the UAE foreign ministry, which hosted". */
    private static final int HOST_AHEAD = 4;

    /** How many words may stand between a country's possessive and its verb of saying (Joint Chiefs of Staff). */
    private static final int SAID_AHEAD = 4;

    /** How many words from the post's name its country may stand and only place the post. */
    private static final int POST_NEIGHBOURHOOD = 3;

    /** The most words of a company's name that opens the lead, its legal form included. */
    private static final int MAX_COMPANY_WORDS = 6;
    /** How far after the dateline's place its separator may stand ("SYDNEY, March 24 -"). */
    private static final int MAX_DATELINE_TAIL = 40;

    private final MentionRoles roles;
    private final DatelineAgencyCredit datelineCredit;
    /** English legal forms that close a company's name and the lower-case words inside one (name-context-words.tsv). */
    private final Set<String> legalForms = CuratedNames.nameContextWords("legal-form").getOrDefault("en", Set.of());
    private final Set<String> joiners = CuratedNames.nameContextWords("org-joiner").getOrDefault("en", Set.of());

    DeskPlaces(MentionRoles roles, DatelineAgencyCredit datelineCredit) {
        this.roles = roles;
        this.datelineCredit = datelineCredit;
    }

    /** The home country of the national agency an Arabic dateline credits by its short name, or null. */
    String homeAgencyOfTheDateline(TaggingInput in) {
        return datelineCredit.home(in);
    }

    /**
     * Whether the mentions {@code ms} of {@code code} show only the desk: its listening post, or a byline city alone
     * while {@code all}, the article's mentions, put another country in the title or the lead.
     */
    boolean deskOnly(String code, List<ResolvedMention> ms, List<ResolvedMention> all, TaggingInput in) {
        return listeningPost(code, ms, all, in) || (ms.stream().allMatch(m -> byline(m, in))
                && all.stream().anyMatch(o -> !o.code().equals(code)
                        && (o.match().field().equals("title") || o.match().start() < CountryReader.LEAD_CHARS)));
    }

    /**
     * A wire story's listening post, in the cased-script languages whose agencies write datelines so (en, fr, es, de,
     * ru, tr) and in Arabic (since the sixteenth issue-13 session: "مسقط (أ ف ب) -" over Yemeni talks; not where the
     * dateline's own national agency credits it, whose officials act at home): the dateline's country when the title
     * names another country and not it, and the body names it again only where the wire's sources sit ("London trade
     * houses said", "shipping sources in Bahrain", "relayé par les agences russes", "South Korea's military said", a
     * headline's closing ", Seoul says") or as the post itself again ("captada en Madrid", "suivies depuis Londres"; in
     * the title only where things happen there: "talks in Doha", "title in Dubai"). A LONDON-dated report of India's
     * sugar tender is India's story, gathered in London; so is "MOSCOU, 15 mars (AFP)" on Kazakhstan's government. A
     * title's ambiguous name counts once the article has read it as the country (Georgien, not the US state).
     */
    private boolean listeningPost(String code, List<ResolvedMention> ms, List<ResolvedMention> all, TaggingInput in) {
        boolean arabic = "ar".equals(in.language());
        if (!(NameFilter.isCased(in.body()) || arabic) || ms.stream().noneMatch(ResolvedMention::dateline)
                || all.stream().noneMatch(o -> !o.code().equals(code) && o.match().field().equals("title")
                        && namesItsCountry(o, in))) {
            return false;
        }
        // an Arabic dateline credited to its own country's agency ("الدوحة - قنا", "جدة ... واس") is that country's
        // officials at home, a party to the story
        if (arabic && code.equals(homeAgencyOfTheDateline(in))) {
            return false;
        }
        // an English currency or stock market report is the dateline's market's ("DOLLAR ENDS LOWER IN LONDON AFTER
        // U.S. TRADE DATA"), however much the title names the country whose figures moved it
        if ("en".equals(in.language())
                && in.titleForm().tokens().stream()
                        .anyMatch(t -> roles.is(MentionRoles.Role.LOCAL_MARKET, in.language(), t.text()))) {
            return false;
        }
        // the economic wire's report of a company from its home town ("SYDNEY, March 24 - Kestrel Resources NL said it
        // would develop a mine in Papua New Guinea"): the desk files it under the company's country and the mine's
        if ("en".equals(in.language()) && companyOpensTheLead(ms, all, in)) {
            return false;
        }
        Set<String> post = ms.stream().filter(ResolvedMention::dateline).map(m -> m.match().entry().key())
                .collect(Collectors.toSet());
        // "les Bruins de Boston", Atletico Madrid: the post's own club plays, so its country is a side
        if (ms.stream().anyMatch(m -> m.club()
                || (post.contains(m.match().entry().key()) && cityClub(m.match(), in)))) {
            return false;
        }
        // the post named again in the text (the dateline itself stands next to the lead's first words)
        List<PhraseMatch> postMentions = ms.stream().filter(m -> !m.dateline()).map(ResolvedMention::match)
                .filter(p -> post.contains(p.entry().key())).toList();
        return ms.stream().allMatch(m -> m.dateline() || (post.contains(m.match().entry().key())
                && (m.match().field().equals("body") || roles.locative(m.match(), in))
                && !thingOfThePlace(m.match(), in))
                || saysAtTheTitlesEnd(m.match(), in) || saidBy(m.match(), in)
                || (m.match().field().equals("body") && (roles.after(MentionRoles.Role.SOURCE, m.match(), in)
                        || sourcesIn(m.match(), in) || sourcesOfThatCountry(m.match(), in)
                        || describesThePost(m.match(), postMentions, in) || inTheDateline(m.match(), ms, in)
                        || hostOrMediator(m.match(), in))));
    }

    /**
     * Whether the lead, right after the dateline of {@code ms}, opens with a company's name closed by its legal form
     * (Kestrel Resources NL, Huber Maschinen AG, The Mexico Fund Inc) in which no place is named: Kuwait Petroleum
     * Corp reported from London stays Kuwait's news, London its listening post.
     */
    private boolean companyOpensTheLead(List<ResolvedMention> ms, List<ResolvedMention> all, TaggingInput in) {
        String body = in.body();
        int after = ms.stream().filter(m -> m.dateline() && m.match().field().equals("body"))
                .mapToInt(m -> m.match().end()).max().orElse(-1);
        if (after < 0) {
            return false;
        }
        int separator = -1;
        for (int i = after; i < Math.min(body.length(), after + MAX_DATELINE_TAIL); i++) {
            if (DatelineText.isSeparator(body, i)) {
                separator = i;
                break;
            }
        }
        List<MatchToken> t = in.bodyForm().tokens();
        int first = 0;
        while (first < t.size() && t.get(first).start() <= separator) {
            first++;
        }
        if (separator < 0 || first >= t.size()) {
            return false;
        }
        CapitalizedRun run = CapitalizedRun.at(body, t, first, MAX_COMPANY_WORDS, joiners);
        for (int k = run.from(); k < run.to(); k++) {
            MatchToken w = t.get(k);
            if (legalForms.contains(w.text()) && TextPositions.capitalized(body, w)) {
                int from = t.get(first).start();
                int to = w.end();
                return all.stream().noneMatch(m -> m.match().field().equals("body") && !m.dateline()
                        && m.match().start() >= from && m.match().start() < to);
            }
        }
        return false;
    }

    /**
     * Whether a title's mention names another country as the story's: its name, short form or adjective, or one of its
     * subdivisions ("Air strikes kill 20 in Idlib" under a BEIRUT dateline, "Fighting rages in Darfur" under CAIRO),
     * but not a subdivision in a sports story's or an event's title, where it is the venue of the post's own side
     * ("Ajax to hold winter camp in Lagos on the Algarve" under AMSTERDAM).
     */
    private boolean namesItsCountry(ResolvedMention o, TaggingInput in) {
        NameKind kind = o.match().entry().kind();
        return COUNTRY_WORDS.contains(kind) || (kind == NameKind.REGION && in.titleForm().tokens().stream()
                .noneMatch(t -> roles.is(MentionRoles.Role.VENUE, in.language(), t.text())
                        || roles.is(MentionRoles.Role.RESULT, in.language(), t.text())
                        || roles.is(MentionRoles.Role.EVENT, in.language(), t.text())));
    }

    /**
     * The post's country as the host or mediator of talks between others: "hosted by the United Arab Emirates",
     * "Qatari mediators", "con la mediación de Catar", "بوساطة قطرية", "با میانجیگری عمان".
     */
    private boolean hostOrMediator(PhraseMatch m, TaggingInput in) {
        return roles.before(MentionRoles.Role.HOST, m, in, MentionRoles.MAX_BACK, true)
                || roles.within(MentionRoles.Role.HOST, m, in, HOST_AHEAD);
    }

    /**
     * An English headline's closing attribution: "North Korea fires two short-range missiles, Seoul says" names the
     * report's source after a comma, with the verb of saying ending the headline.
     */
    private boolean saysAtTheTitlesEnd(PhraseMatch m, TaggingInput in) {
        if (!"en".equals(in.language()) || !m.field().equals("title")) {
            return false;
        }
        String title = in.title();
        int before = m.start() - 1;
        while (before >= 0 && title.charAt(before) == ' ') {
            before--;
        }
        String rest = title.substring(m.end()).strip();
        return before >= 0 && title.charAt(before) == ',' && roles.is(MentionRoles.Role.SPEECH, in.language(), rest);
    }

    /**
     * English "South Korea's military said", "South Korea's Joint Chiefs of Staff said": the country's possessive
     * opens the subject of a verb of saying at most {@value #SAID_AHEAD} words on, so the country only reports. A
     * state's or province's officials speak of their own affairs ("Telangana's chief minister, who said"): those
     * place the story.
     */
    private boolean saidBy(PhraseMatch m, TaggingInput in) {
        if (!"en".equals(in.language()) || !m.field().equals("body") || !in.body().startsWith("'s", m.end() - 2)
                || m.entry().kind() == NameKind.REGION) {
            return false;
        }
        List<MatchToken> t = MentionRoles.tokens(m, in);
        for (int k = m.toToken() + 1; k < t.size() && k <= m.toToken() + SAID_AHEAD + 1; k++) {
            if (roles.is(MentionRoles.Role.SPEECH, in.language(), t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Turkish "Hatay'daki sınır kapısı", "Gazze'deki kaynaklar": the attributive locative (-daki, -deki, -taki,
     * -teki) makes the post the place of a thing the story is about, so the story happens there.
     */
    private static boolean thingOfThePlace(PhraseMatch m, TaggingInput in) {
        if (!"tr".equals(in.language())) {
            return false;
        }
        String suffix = TextPositions.turkishEnding(in.text(m.field()), m);
        return suffix.endsWith("daki") || suffix.endsWith("deki") || suffix.endsWith("taki") || suffix.endsWith("teki");
    }

    /**
     * The post's country named only to say where the post is: by a capital or city word ("la capital panameña", "the
     * Ethiopian capital", "İtalya'nın başkenti Roma'da") or within a few words of the post's own name ("Macaristan'ın
     * Debrecen kentinde", "Debrecen, Hungary").
     */
    private boolean describesThePost(PhraseMatch m, List<PhraseMatch> postMentions, TaggingInput in) {
        if (roles.before(MentionRoles.Role.CAPITAL, m, in, 2, true)
                || roles.within(MentionRoles.Role.CAPITAL, m, in, 2)) {
            return true;
        }
        // a people's adjective near the post is no description of it in Arabic ("بغزة إن سبعة فلسطينيين")
        if ("ar".equals(in.language()) && m.entry().kind() == NameKind.DEMONYM) {
            return false;
        }
        for (PhraseMatch p : postMentions) {
            if (p.field().equals(m.field()) && p != m
                    && Math.max(p.fromToken() - m.toToken(), m.fromToken() - p.toToken()) <= POST_NEIGHBOURHOOD) {
                return true;
            }
        }
        return false;
    }

    /** The country written into the dateline after its city: "SEOUL, South Korea (AP)", "LIVERPOOL (REINO UNIDO)". */
    private static boolean inTheDateline(PhraseMatch m, List<ResolvedMention> ms, TaggingInput in) {
        for (ResolvedMention d : ms) {
            PhraseMatch p = d.match();
            if (d.dateline() && p.field().equals(m.field()) && p.end() <= m.start()
                    && !p.entry().key().equals(m.entry().key())) {
                String between = in.text(m.field()).substring(p.end(), m.start()).strip();
                if (between.equals(",") || between.equals("(")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A club named after its city as French and Spanish write it, a capitalized name, "de", the city: "le Canadien de
     * Montréal", "los Celtics de Boston".
     */
    private static boolean cityClub(PhraseMatch m, TaggingInput in) {
        List<MatchToken> t = MentionRoles.tokens(m, in);
        String text = in.text(m.field());
        int de = m.fromToken() - 1;
        return de >= 1 && (t.get(de).text().equals("de") || t.get(de).text().equals("du"))
                && TextPositions.nameLike(text, t.get(de - 1))
                && !TextPositions.sentenceStart(text, t.get(de - 1).start());
    }

    /**
     * "les agences russes", "fuentes rusas": a source word right before the country's demonym, as Romance languages
     * write them.
     */
    private boolean sourcesOfThatCountry(PhraseMatch m, TaggingInput in) {
        return m.entry().kind() == NameKind.DEMONYM && roles.before(MentionRoles.Role.SOURCE, m, in, 1, false);
    }

    /** "dealers in London": a source word, a preposition of place, the mention, with nothing else between. */
    private boolean sourcesIn(PhraseMatch m, TaggingInput in) {
        List<MatchToken> t = MentionRoles.tokens(m, in);
        int from = m.fromToken();
        if (from < 2 || !roles.locative(m, in)
                || !roles.is(MentionRoles.Role.SOURCE, in.language(), t.get(from - 2).text())) {
            return false;
        }
        String between = in.body().substring(t.get(from - 2).end(), m.start());
        return between.chars().allMatch(c -> c == ' ' || Character.isLetter(c));
    }

    /**
     * An Arabic byline's place: the city that ends a writer's or outlet's line at the top of the body (عين اليوم –
     * جدة, خالد علي- سبق- جدة:), after a dash and before the end of the line or a colon. It is where the desk
     * sits, which for a story from elsewhere says nothing about the story.
     */
    private static boolean byline(ResolvedMention m, TaggingInput in) {
        PhraseMatch p = m.match();
        if (!"ar".equals(in.language()) || !p.field().equals("body") || p.start() > CountryReader.BYLINE_CHARS) {
            return false;
        }
        String body = in.body();
        int i = p.start() - 1;
        while (i >= 0 && body.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || "-\u2013\u2014\u0640".indexOf(body.charAt(i)) < 0) {
            return false;
        }
        int j = p.end();
        while (j < body.length() && body.charAt(j) == ' ') {
            j++;
        }
        return j == body.length() || body.charAt(j) == '\n' || body.charAt(j) == ':';
    }
}
