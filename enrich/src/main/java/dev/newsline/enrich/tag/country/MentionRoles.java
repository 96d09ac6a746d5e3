package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the words right around a place mention ({@code mention-roles.tsv}) to tell what part the place plays:
 * where the story happens ("in Austria"), a team's venue ("the camp in Austria"), a person's nationality
 * ("the Iraqi coach"), a team's country ("the Saudi national team"), or an item of a list. Looks at most
 * {@value #MAX_BACK} words back and one forward, so the cost per mention is constant.
 */
final class MentionRoles {

    /** A word class of {@code mention-roles.tsv}. */
    enum Role {
        LOCATIVE, CONNECTOR, VENUE, TEAM, PERSON, CAPITAL, OFFICIAL, CLUB_CUE, SPORT, STATE, ORIGIN, CLUB, MARKET,
        PRICE, SOURCE, RESULT, HOST, TOWN, SPEECH, RESEARCH, RIVAL, CAMP, BORDER, WORKS, MINISTER, COUNCIL,
        FOREIGN_DESK, OUTLET, LOCAL, GOODS, EVENT, SUBDIVISION, SCIENCE_DESK, LOCAL_MARKET, VESSEL, SERIES,
        SERIES_BEFORE, OWN_SIDE, MINISTRY, PREVIEW
    }

    static final int MAX_BACK = 3;

    /** Articles that stand between a preposition of place and a country's name. */
    private static final Set<String> ARTICLES = Set.of("the", "der", "die", "den", "dem", "el", "los", "la", "las",
            "le", "les");

    /** Prepositions of direction that also link a currency or a rival: "to the U.S. dollar", "a la Argentina". */
    private static final Set<String> DIRECTIONS = Set.of("to", "a");

    /** Turkish locative endings after a name's apostrophe: "in" (İstanbul'da, Almanya'da, Irak'ta, İran'da). */
    private static final Set<String> TURKISH_LOCATIVE = Set.of("da", "de", "ta", "te", "nda", "nde");

    /** Each language's words and phrases, as its rows list them. */
    private final Map<String, Lexicon> byLanguage = new HashMap<>();
    /** Every language's rows together, for a language the file has none of (Urdu). */
    private final Lexicon everyLanguage = new Lexicon();
    /** How many of the body's first words a desk's name is looked for in. */
    private static final int LEAD_WORDS = 16;

    /**
     * One language's words of each role, as their folded forms, and its phrases of several tokens as the match form
     * splits them (گروه بین‌الملل: گروه, بین, الملل), with the first and last tokens of each role's phrases: a token
     * that is neither starts or ends none.
     */
    private static final class Lexicon {
        private final Map<Role, Set<String>> words = new EnumMap<>(Role.class);
        private final Map<Role, List<List<String>>> phrases = new EnumMap<>(Role.class);
        private final Map<Role, Set<String>> phraseFirsts = new EnumMap<>(Role.class);
        private final Map<Role, Set<String>> phraseLasts = new EnumMap<>(Role.class);

        void add(Role role, String folded, List<String> tokens) {
            words.computeIfAbsent(role, r -> new HashSet<>()).add(folded);
            if (tokens.size() > 1) {
                phrases.computeIfAbsent(role, r -> new ArrayList<>()).add(tokens);
                phraseFirsts.computeIfAbsent(role, r -> new HashSet<>()).add(tokens.get(0));
                phraseLasts.computeIfAbsent(role, r -> new HashSet<>()).add(tokens.get(tokens.size() - 1));
            }
        }

        Set<String> words(Role role) {
            return words.getOrDefault(role, Set.of());
        }

        List<List<String>> phrases(Role role) {
            return phrases.getOrDefault(role, List.of());
        }

        boolean opensAPhrase(Role role, String token) {
            return phraseFirsts.getOrDefault(role, Set.of()).contains(token);
        }

        boolean closesAPhrase(Role role, String token) {
            return phraseLasts.getOrDefault(role, Set.of()).contains(token);
        }
    }

    MentionRoles() {
        MatchFormNormalizer n = new MatchFormNormalizer();
        for (String[] row : CuratedNames.mentionRoleWords()) {
            Role role = Role.valueOf(row[0].strip().replace('-', '_').toUpperCase(java.util.Locale.ROOT));
            String folded = n.fold(row[2].strip());
            List<String> tokens = n.normalize(row[2].strip()).tokens().stream().map(MatchToken::text).toList();
            byLanguage.computeIfAbsent(row[1].strip(), l -> new Lexicon()).add(role, folded, tokens);
            everyLanguage.add(role, folded, tokens);
        }
    }

    /**
     * The rows of {@code language}: a word is read in the language its row names, since the same letters are another
     * word elsewhere (Spanish "a" is English's article, Arabic معرض "exhibition" is Persian's "exposed to", French
     * première is "first"); a language with no rows of its own reads every row.
     */
    private Lexicon lexicon(String language) {
        return byLanguage.getOrDefault(language, everyLanguage);
    }

    /**
     * Whether the body's first {@value #LEAD_WORDS} words hold a phrase of {@code role}: a Persian agency's line that
     * names its international desk ("به گزارش گروه بین‌الملل خبرگزاری فارس").
     */
    boolean inLead(Role role, TaggingInput in) {
        List<MatchToken> t = in.form("body").tokens();
        for (List<String> phrase : lexicon(in.language()).phrases(role)) {
            for (int i = 0; i + phrase.size() <= Math.min(t.size(), LEAD_WORDS); i++) {
                if (phraseFrom(phrase, t, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code word} (folded), or its stem without Arabic clitics, is a {@code role} word of the language. */
    boolean is(Role role, String language, String word) {
        return CliticStripper.isOneOf(lexicon(language).words(role), word, true);
    }

    /**
     * Whether token {@code i} is a word of {@code role} or ends one of its phrases: a row of several words, or of one
     * word that the match form splits (Persian ستاره‌شناسان at its ZWNJ, رئیس‌جمهور), read as the run of tokens
     * that ends at {@code i}.
     */
    boolean isAt(Role role, String language, List<MatchToken> t, int i) {
        return is(role, language, t.get(i).text()) || phraseEndsAt(role, language, t, i);
    }

    /** Whether a word or a phrase of {@code role} starts at token {@code i}. */
    boolean startsAt(Role role, String language, List<MatchToken> t, int i) {
        return lengthAt(role, language, t, i) > 0;
    }

    /** How many tokens the longest word or phrase of {@code role} that starts at token {@code i} spans, else 0. */
    int lengthAt(Role role, String language, List<MatchToken> t, int i) {
        int longest = is(role, language, t.get(i).text()) ? 1 : 0;
        Lexicon lexicon = lexicon(language);
        if (!lexicon.opensAPhrase(role, t.get(i).text())) {
            return longest;
        }
        for (List<String> phrase : lexicon.phrases(role)) {
            if (phrase.size() > longest && phraseFrom(phrase, t, i)) {
                longest = phrase.size();
            }
        }
        return longest;
    }

    /** Whether a phrase of {@code role} ends at token {@code i}. */
    private boolean phraseEndsAt(Role role, String language, List<MatchToken> t, int i) {
        Lexicon lexicon = lexicon(language);
        if (!lexicon.closesAPhrase(role, t.get(i).text())) {
            return false;
        }
        for (List<String> phrase : lexicon.phrases(role)) {
            if (phraseFrom(phrase, t, i - phrase.size() + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code phrase} stands at tokens {@code from} on. */
    private static boolean phraseFrom(List<String> phrase, List<MatchToken> t, int from) {
        if (from < 0 || from + phrase.size() > t.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!t.get(from + k).text().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word or phrase of {@code role} stands in the title or the body's first sentence (before {@code
     * firstSentenceEnd}): a result word, a word for researchers.
     */
    boolean upFront(Role role, TaggingInput in, int firstSentenceEnd) {
        List<MatchToken> title = in.titleForm().tokens();
        for (int i = 0; i < title.size(); i++) {
            if (isAt(role, in.language(), title, i)) {
                return true;
            }
        }
        List<MatchToken> body = in.bodyForm().tokens();
        for (int i = 0; i < body.size() && body.get(i).start() < firstSentenceEnd; i++) {
            if (isAt(role, in.language(), body, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word or phrase of {@code role} stands anywhere in the title or the body. */
    boolean anywhere(Role role, TaggingInput in) {
        return upFront(role, in, Integer.MAX_VALUE);
    }

    /** The match's field tokens. */
    static List<MatchToken> tokens(PhraseMatch m, TaggingInput in) {
        MatchText form = in.form(m.field());
        return form.tokens();
    }

    /**
     * The mention is introduced by a preposition of place (في النمسا، در آمریکا, in Austria, بالنمسا), also across a
     * word for a state (بجمهورية مصر، في دولة الكويت، در کشور عراق).
     */
    boolean locative(PhraseMatch m, TaggingInput in) {
        List<MatchToken> t = tokens(m, in);
        String self = t.get(m.fromToken()).text();
        if (m.skip() > 0 && CliticStripper.isArabicScript(self.charAt(0)) && locativePrefix(self.substring(0, m.skip()))) {
            return true; // بالنمسا، للنمسا
        }
        String text = in.text(m.field());
        if ("tr".equals(in.language()) && TURKISH_LOCATIVE.contains(TextPositions.turkishEnding(text, m))) {
            return true; // İstanbul'da, Almanya'da
        }
        int prev = m.fromToken() - 1;
        Set<String> states = lexicon(in.language()).words(Role.STATE);
        if (prev >= 0 && is(Role.STATE, in.language(), t.get(prev).text())) {
            String state = t.get(prev).text();
            if (!states.contains(state) && CliticStripper.isArabicScript(state.charAt(0))) {
                for (CliticStripper.Start s : CliticStripper.starts(state, "ar")) {
                    if (s.skip() > 0 && states.contains(state.substring(s.skip()))
                            && locativePrefix(state.substring(0, s.skip()))) {
                        return true; // بجمهورية مصر
                    }
                }
            }
            prev--;
        }
        if (prev >= 1 && ARTICLES.contains(t.get(prev).text()) && !DIRECTIONS.contains(t.get(prev - 1).text())) {
            prev--; // in the Bahamas, in der Schweiz, en el Reino Unido; not "to the U.S. dollar"
        }
        return prev >= 0 && is(Role.LOCATIVE, in.language(), t.get(prev).text());
    }

    /** The mention comes right after a preposition of origin (من سويسرا، از قزاقستان, from Austria). */
    boolean origin(PhraseMatch m, TaggingInput in) {
        List<MatchToken> t = tokens(m, in);
        return m.skip() == 0 && m.fromToken() > 0 && is(Role.ORIGIN, in.language(), t.get(m.fromToken() - 1).text());
    }

    private static boolean locativePrefix(String prefix) {
        return prefix.contains("ب") || prefix.endsWith("ل");
    }

    /**
     * A word of {@code role} stands at most {@code maxBack} (≤ {@value #MAX_BACK}) words before the mention; with
     * {@code anyBetween} false only team words or words of the same role may stand between (مهاجم تیم ملی اروگوئه,
     * وزیر امور خارجه ایتالیا).
     */
    boolean before(Role role, PhraseMatch m, TaggingInput in, int maxBack, boolean anyBetween) {
        List<MatchToken> t = tokens(m, in);
        for (int k = 1; k <= Math.min(maxBack, MAX_BACK) && m.fromToken() - k >= 0; k++) {
            String w = t.get(m.fromToken() - k).text();
            if (isAt(role, in.language(), t, m.fromToken() - k)) {
                return true;
            }
            if (!anyBetween && !is(Role.TEAM, in.language(), w) && !is(role, in.language(), w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A word of {@code role} among the {@code ahead} words after the mention ("the UAE foreign ministry, which
     * hosted").
     */
    boolean within(Role role, PhraseMatch m, TaggingInput in, int ahead) {
        List<MatchToken> t = tokens(m, in);
        for (int k = m.toToken() + 1; k < t.size() && k <= m.toToken() + ahead; k++) {
            if (startsAt(role, in.language(), t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A local government's name opens with the mention: at most {@code ahead} capitalized words right after it, each
     * a word of a local body ({@code local}: City, Island, Regional) until a {@code council} word closes the name
     * ("Penang Island City Council", "Chaguanas Borough Corporation"). A national body's name is no town's, whatever
     * word closes it: "the Obama National Security Council".
     */
    boolean closesLocalGovernmentName(PhraseMatch m, TaggingInput in, int ahead) {
        List<MatchToken> t = tokens(m, in);
        if (m.toToken() + 1 >= t.size()) {
            return false;
        }
        CapitalizedRun run = CapitalizedRun.after(in.text(m.field()), t, m.toToken() + 1, ahead, Set.of());
        for (int k = run.from(); k < run.to(); k++) {
            String word = TextPositions.withoutPossessive(t.get(k).text()); // "Christchurch City Council's"
            if (is(Role.COUNCIL, in.language(), word)) {
                return true;
            }
            if (!is(Role.LOCAL, in.language(), word)) {
                return false;
            }
        }
        return false;
    }

    /** A word of {@code role} right after the mention (Brazilian striker). */
    boolean after(Role role, PhraseMatch m, TaggingInput in) {
        List<MatchToken> t = tokens(m, in);
        return m.toToken() + 1 < t.size() && startsAt(role, in.language(), t, m.toToken() + 1);
    }

    /** The words between two mentions of one field are only list punctuation and connectors ("X، Y و Z", "X and Y"). */
    boolean listGap(PhraseMatch a, PhraseMatch b, TaggingInput in) {
        String text = in.text(a.field());
        List<MatchToken> t = tokens(a, in);
        if (b.fromToken() - a.toToken() > 2) {
            return false;
        }
        for (int k = a.toToken() + 1; k < b.fromToken(); k++) {
            if (!is(Role.CONNECTOR, in.language(), t.get(k).text())) {
                return false;
            }
        }
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\n' || c == ':' || c == ';' || c == '(' || c == ')' || c == '«' || c == '»'
                    || c == '"') {
                return false;
            }
        }
        return true;
    }
}
