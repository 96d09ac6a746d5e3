package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The opponents of a match that an Arabic or Persian sports story looks ahead to: "الأهلي يكثف تحضيراته لمواجهة السد
 * القطري في الدوحة", "تیم ملی برای دیدار با هند اردو می‌زند". A desk files a preview under the side that prepares; the
 * opponent named after a word for meeting it ({@code rival} rows) becomes a party of the story only once the match is
 * played and reported, which a {@code preview} word in the title or the first sentence says it is not yet.
 */
final class MatchPreviews {

    /** How many words a rival word may stand before the opponent's name: "لمواجهة السد القطري", "دیدار با کره". */
    private static final int RIVAL_WORDS_BACK = 3;
    /** How many words on an opponent joined by "و" may follow the last one: "لمواجهتي الإمارات واليابان". */
    private static final int JOINED_WORDS = 2;

    private final MentionRoles roles;

    MatchPreviews(MentionRoles roles) {
        this.roles = roles;
    }

    /**
     * The mentions of {@code mentions} that name a previewed match's opponent, in a sports story (a sports or team
     * word up front) whose title or first sentence (before {@code firstSentenceEnd}) holds a preview word; else none.
     */
    Set<ResolvedMention> opponents(List<ResolvedMention> mentions, TaggingInput in, int firstSentenceEnd) {
        if (!"ar".equals(in.language()) && !"fa".equals(in.language())) {
            return Set.of();
        }
        if (!roles.upFront(MentionRoles.Role.PREVIEW, in, firstSentenceEnd)
                || !(roles.upFront(MentionRoles.Role.SPORT, in, firstSentenceEnd)
                || roles.upFront(MentionRoles.Role.TEAM, in, firstSentenceEnd))) {
            return Set.of();
        }
        List<ResolvedMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing((ResolvedMention m) -> m.match().field())
                .thenComparingInt(m -> m.match().fromToken()));
        Set<ResolvedMention> out = new HashSet<>();
        ResolvedMention last = null;
        for (ResolvedMention m : sorted) {
            PhraseMatch p = m.match();
            if (m.dateline()) {
                continue;
            }
            if (roles.before(MentionRoles.Role.RIVAL, p, in, RIVAL_WORDS_BACK, true) || joined(p, last, in)) {
                out.add(m);
                last = m;
            }
        }
        return out;
    }

    /** The mention follows the last opponent closely, after a word that opens with "و": the match's second rival. */
    private static boolean joined(PhraseMatch p, ResolvedMention last, TaggingInput in) {
        if (last == null || !last.match().field().equals(p.field())
                || p.fromToken() - last.match().toToken() > JOINED_WORDS) {
            return false;
        }
        List<MatchToken> t = MentionRoles.tokens(p, in);
        String self = t.get(p.fromToken()).text();
        return p.skip() > 0 && self.charAt(0) == '\u0648'
                || p.fromToken() > 0 && "\u0648".equals(t.get(p.fromToken() - 1).text());
    }
}
