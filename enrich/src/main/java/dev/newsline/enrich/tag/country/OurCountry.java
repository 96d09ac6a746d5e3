package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Our country" in a story a national agency files under its own credit: Persian کشورمان ("تکواندوکار کشورمان",
 * our country's taekwondo athlete) and Arabic بلادنا, وطننا name the agency's country as plainly as its name does.
 * Each such word becomes a mention of that country, with its offsets. Without an agency's credit, a source that
 * declares its home country is the "we" of its own text, but not of what it quotes: there "our country" is the
 * speaker's. Without either the words name no country the tagger can know. Under an agency's credit, an office named
 * without its country ("بحث وزير الخارجية مع نظيره الأمريكي", the foreign minister met his American counterpart) is
 * the agency's country's office as plainly: a national agency names another country's minister by that country.
 */
final class OurCountry {

    /** The words as the articles write them; matched on their folded forms, as match tokens carry them. */
    private static final Set<String> WORDS = folded("کشورمان", "بلادنا", "وطننا", "بلدنا");

    /**
     * Offices a national agency's copy names without their country when they are its own: folded word sequences, the
     * Arabic foreign, interior and defence ministers and the prime minister, the Persian foreign minister and
     * president (رئیس‌جمهور reads as two words).
     */
    private static final List<List<String>> OFFICES = offices("وزير الخارجية", "وزير الداخلية", "وزير الدفاع",
            "رئيس الوزراء", "رئيس مجلس الوزراء", "وزیر امور خارجه", "وزیر خارجه", "رئیس جمهور");

    /** Words for a state between an office and its country, folded. */
    private static final Set<String> STATE_WORDS = folded("دولة", "بدولة", "لدولة", "جمهورية", "بجمهورية", "مملكة",
            "بمملكة", "دولت", "جمهوری", "کشور");

    static final String SOURCE = "our-country";

    /**
     * The source of an office's mention: unlike "our country" it does not make the agency's country a party that
     * takes part wherever the story goes (a minister receiving a guest at home makes the guest's country no venue).
     */
    static final String OFFICE = "own-office";

    private OurCountry() {
    }

    private static Set<String> folded(String... words) {
        MatchFormNormalizer n = new MatchFormNormalizer();
        return Arrays.stream(words).map(n::fold).collect(Collectors.toUnmodifiableSet());
    }

    private static List<List<String>> offices(String... phrases) {
        MatchFormNormalizer n = new MatchFormNormalizer();
        return Arrays.stream(phrases).map(p -> Arrays.stream(p.split(" ")).map(n::fold).toList()).toList();
    }

    /**
     * The office of {@code OFFICES} that starts at token {@code i}, else null. It is the agency's own only when no
     * mention of a place follows it: "وزير الخارجية الأمريكي", "وزیر امور خارجه آمریکا" are that place's.
     */
    private static List<String> office(List<MatchToken> tokens, int i) {
        for (List<String> office : OFFICES) {
            if (i + office.size() <= tokens.size() && matches(tokens, i, office)) {
                return office;
            }
        }
        return null;
    }

    /**
     * Whether a place's mention follows an office ending before token {@code end}, directly or after a word for a
     * state: "وزير امور خارجه دولت كوبا" (the foreign minister of the state of Cuba), "وزير الدفاع بدولة قطر". After
     * any other word the place is where the office holder goes or speaks ("وزیر امور خارجه در مسقط").
     */
    private static boolean placed(List<MatchToken> tokens, int end, Set<Integer> mentionStarts) {
        if (end < tokens.size() && mentionStarts.contains(tokens.get(end).start())) {
            return true;
        }
        return end + 1 < tokens.size() && STATE_WORDS.contains(tokens.get(end).text())
                && mentionStarts.contains(tokens.get(end + 1).start());
    }

    /**
     * Where the article first names each office with a place, as a position in the title and body read as one text:
     * a bare "رئیس جمهور" after "رئیس جمهور آمریکا" is the same president again, not the agency's own.
     */
    private static Map<List<String>, Integer> firstPlaced(TaggingInput in, Map<String, Set<Integer>> mentionStarts) {
        Map<List<String>, Integer> first = new HashMap<>();
        for (String field : List.of("title", "body")) {
            List<MatchToken> tokens = in.form(field).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                List<String> office = office(tokens, i);
                if (office != null && placed(tokens, i + office.size(), mentionStarts.get(field))) {
                    first.putIfAbsent(office, position(in, field, tokens.get(i).start()));
                }
            }
        }
        return first;
    }

    private static int position(TaggingInput in, String field, int start) {
        return field.equals("title") ? start : in.title().length() + 1 + start;
    }

    private static boolean matches(List<MatchToken> tokens, int from, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            String t = tokens.get(from + k).text();
            String w = words.get(k);
            // "and" or "to" may lead the first word (ووزير, لرئيس)
            boolean led = k == 0 && t.length() == w.length() + 1 && t.endsWith(w) && "ول".indexOf(t.charAt(0)) >= 0;
            if (!t.equals(w) && !led) {
                return false;
            }
        }
        return true;
    }

    /** Whether the folded {@code word} is "our country", bare or behind Arabic clitics (لبلادنا, وبلدنا). */
    private static boolean ourCountry(String word, String language) {
        for (String w : WORDS) {
            if (word.endsWith(w)) {
                int skip = word.length() - w.length();
                return skip == 0
                        || CliticStripper.starts(word, language).contains(new CliticStripper.Start(skip, false));
            }
        }
        return false;
    }

    /**
     * {@code mentions} and a mention of the first credit's country for each "our country" of the article; without a
     * credit, of the source's declared home country for each one outside quotation marks.
     */
    static List<ResolvedMention> add(List<ResolvedMention> mentions, List<PhraseMatch> credits, TaggingInput in) {
        boolean credited = !credits.isEmpty();
        if ((!credited && in.sourceCountry() == null) || !("fa".equals(in.language()) || "ar".equals(in.language()))) {
            return mentions;
        }
        String code = credited ? credits.get(0).entry().code() : in.sourceCountry();
        Map<String, Set<Integer>> mentionStarts = new HashMap<>();
        for (String field : List.of("title", "body")) {
            mentionStarts.put(field, mentions.stream().filter(m -> m.match().field().equals(field))
                    .map(m -> m.match().start()).collect(Collectors.toSet()));
        }
        Map<List<String>, Integer> firstPlaced = credited ? firstPlaced(in, mentionStarts) : Map.of();
        List<ResolvedMention> out = null;
        for (String field : List.of("title", "body")) {
            List<MatchToken> tokens = in.form(field).tokens();
            String text = in.text(field);
            int readTo = 0;
            int depth = 0; // guillemets and curly quotes open before readTo
            boolean straight = false; // a straight double quote open before readTo
            for (int i = 0; i < tokens.size(); i++) {
                MatchToken t = tokens.get(i);
                List<String> named = credited ? office(tokens, i) : null;
                int office = named == null || placed(tokens, i + named.size(), mentionStarts.get(field))
                        || firstPlaced.getOrDefault(named, Integer.MAX_VALUE) < position(in, field, t.start())
                        ? 0 : named.size();
                if (office > 0 || ourCountry(t.text(), in.language())) {
                    for (; readTo < t.start(); readTo++) {
                        char c = text.charAt(readTo);
                        if (c == '\u00AB' || c == '\u201C') {
                            depth++;
                        } else if ((c == '\u00BB' || c == '\u201D') && depth > 0) {
                            depth--;
                        }
                        straight ^= c == '"';
                    }
                    if ((!credited || office > 0) && (depth > 0 || straight)) {
                        continue; // a quoted speaker's "our country" or minister is the speaker's
                    }
                    out = out == null ? new ArrayList<>(mentions) : out;
                    int last = i + Math.max(office, 1) - 1;
                    MatchToken end = tokens.get(last);
                    List<String> words = tokens.subList(i, last + 1).stream().map(MatchToken::text).toList();
                    GazetteerEntry entry = new GazetteerEntry(String.join("", words), String.join(" ", words), code,
                            NameKind.INSTITUTION, office > 0 ? OFFICE : SOURCE, null, Set.of(), Casing.ANY, Set.of(),
                            List.of());
                    out.add(new ResolvedMention(new PhraseMatch(field, i, last, t.start(), end.end(), 0, entry), code,
                            false));
                    i = last;
                }
            }
        }
        return out == null ? mentions : out;
    }
}
