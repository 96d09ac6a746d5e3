package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An office a national agency names without its country, in a story under the agency's credit: "بحث وزير الخارجية مع
 * نظيره الأمريكي" (MENA: the foreign minister met his American counterpart), "وزیر امور خارجه در مسقط" (IRNA). The
 * agency names another country's minister by that country, so a bare one is its own country's, and becomes a mention
 * of it with its offsets. An office is a run of two or more words of the {@code official} role of
 * {@code mention-roles.tsv} (وزير الخارجية, رئيس الوزراء, وزارة الدفاع, وزیر امور خارجه, رئیس‌جمهور) or, in Arabic,
 * a word of the {@code minister} role and its portfolio (نائب وزير الاستثمار). It is not the agency's:
 * <ul>
 *   <li>when a place's mention follows it, directly or after a word of the {@code state} role ("وزير الخارجية
 *       الأمريكي", "وزير امور خارجه دولت كوبا");</li>
 *   <li>when the article has named the same portfolio with a place before (anaphora: "وزير الخارجية الأمريكي … وقال
 *       وزير الخارجية");</li>
 *   <li>inside quotation marks, where it is the speaker's;</li>
 *   <li>a ministry at a dateline in another country, which the agency's bureau there reports ("هافانا (كونا) --
 *       وزارة الطاقة", Cuba's ministry);</li>
 *   <li>in a story of the agency's international desk ({@code foreign-desk} of {@code mention-roles.tsv}: "به گزارش
 *       گروه بین‌الملل خبرگزاری فارس به نقل از …"), which relays another country's news: "رئیس‌جمهور بازداشت شد" in a
 *       coup abroad is that country's president.</li>
 * </ul>
 * The mention is evidence, not a party: unlike "our country" ({@link OurCountry}) it does not make the countries the
 * story goes to venues, since a minister receiving a guest at home makes the guest's country no venue.
 */
final class OwnOffices {

    /** The source of an office's mention. */
    static final String SOURCE = "own-office";

    /** The longest run of office words read as one office (سخنگوی وزارت امور خارجه). */
    private static final int MAX_OFFICE_WORDS = 4;

    private final MentionRoles roles;

    OwnOffices(MentionRoles roles) {
        this.roles = roles;
    }

    /** {@code mentions} and a mention of the first credit's country for each office the agency names as its own. */
    List<ResolvedMention> add(List<ResolvedMention> mentions, List<PhraseMatch> credits, TaggingInput in) {
        if (credits.isEmpty() || !("fa".equals(in.language()) || "ar".equals(in.language()))
                || roles.inLead(MentionRoles.Role.FOREIGN_DESK, in)) {
            return mentions; // the international desk relays other countries' news: a bare office is theirs
        }
        String code = credits.get(0).entry().code();
        Map<String, Set<Integer>> mentionStarts = new HashMap<>();
        for (String field : List.of("title", "body")) {
            mentionStarts.put(field, mentions.stream().filter(m -> m.match().field().equals(field))
                    .map(m -> m.match().start()).collect(Collectors.toSet()));
        }
        Map<String, int[]> offices = new HashMap<>();
        for (String field : List.of("title", "body")) {
            offices.put(field, offices(in.form(field).tokens(), in.language()));
        }
        Map<String, Integer> firstPlaced = firstPlaced(in, offices, mentionStarts);
        // a bureau abroad reports that country's ministries ("هافانا (كونا) -- وزارة الطاقة"): at a dateline of
        // another country a bare ministry is the host's; a minister may travel with the agency's own delegation
        boolean datelineAbroad = mentions.stream().anyMatch(m -> m.dateline() && !m.code().equals(code));
        List<ResolvedMention> out = null;
        for (String field : List.of("title", "body")) {
            List<MatchToken> tokens = in.form(field).tokens();
            int[] lengths = offices.get(field);
            OpenQuotes quotes = new OpenQuotes(in.text(field));
            for (int i = 0; i < tokens.size(); i++) {
                int length = lengths[i];
                if (length == 0) {
                    continue;
                }
                int last = i + length - 1;
                MatchToken first = tokens.get(i);
                boolean own = !placed(tokens, in.language(), last + 1, mentionStarts.get(field))
                        && firstPlaced.getOrDefault(tokens.get(last).text(), Integer.MAX_VALUE)
                        > position(in, field, first.start())
                        && !quotes.at(first.start())
                        && !(datelineAbroad && roles.is(MentionRoles.Role.MINISTRY, in.language(), first.text()));
                if (own) {
                    out = out == null ? new ArrayList<>(mentions) : out;
                    out.add(ResolvedMention.implied(field, i, last, tokens, code, SOURCE));
                }
                i = last;
            }
        }
        return out == null ? mentions : out;
    }

    /**
     * For each token, the number of words of the office that starts there, else 0: a run of office words, or in
     * Arabic a minister's or ministry's word and its portfolio (وزير الاستثمار). In Persian a portfolio's country may
     * follow several words on (وزیر دفاع رژیم صهیونیستی), so there only a run counts. Each token's role is read once.
     */
    private int[] offices(List<MatchToken> tokens, String language) {
        boolean[] official = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            official[i] = roles.is(MentionRoles.Role.OFFICIAL, language, tokens.get(i).text());
        }
        int[] lengths = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (!official[i] || (i > 0 && official[i - 1])) {
                continue; // no office word, or inside a run begun before
            }
            int n = 1;
            while (i + n < tokens.size() && n < MAX_OFFICE_WORDS && official[i + n]) {
                n++;
            }
            if (n >= 2) {
                lengths[i] = n;
            } else if ("ar".equals(language) && i + 1 < tokens.size()
                    && roles.is(MentionRoles.Role.MINISTER, language, tokens.get(i).text())) {
                lengths[i] = 2;
            }
        }
        return lengths;
    }

    /** Whether a place's mention starts at token {@code next}, or after a word for a state there. */
    private boolean placed(List<MatchToken> tokens, String language, int next, Set<Integer> mentionStarts) {
        if (next < tokens.size() && mentionStarts.contains(tokens.get(next).start())) {
            return true;
        }
        return next + 1 < tokens.size() && roles.is(MentionRoles.Role.STATE, language, tokens.get(next).text())
                && mentionStarts.contains(tokens.get(next + 1).start());
    }

    /**
     * Where the article first names each portfolio (an office's last word: الخارجية, خارجه) with a place, as a
     * position in the title and body read as one text.
     */
    private Map<String, Integer> firstPlaced(TaggingInput in, Map<String, int[]> offices,
                                             Map<String, Set<Integer>> mentionStarts) {
        Map<String, Integer> first = new HashMap<>();
        for (String field : List.of("title", "body")) {
            List<MatchToken> tokens = in.form(field).tokens();
            int[] lengths = offices.get(field);
            for (int i = 0; i < tokens.size(); i++) {
                int length = lengths[i];
                if (length > 0 && placed(tokens, in.language(), i + length, mentionStarts.get(field))) {
                    first.putIfAbsent(tokens.get(i + length - 1).text(), position(in, field, tokens.get(i).start()));
                }
            }
        }
        return first;
    }

    private static int position(TaggingInput in, String field, int start) {
        return field.equals("title") ? start : in.title().length() + 1 + start;
    }
}
