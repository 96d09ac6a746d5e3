package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether the club names of {@code clubs.tsv} that an article matched stand for the clubs. Those names are
 * everyday words (الهلال "the crescent", النصر "victory", الاتحاد "the union", استقلال "independence"), so they count
 * only when the article shows a club: one of them right after a club word (نادي الهلال، لاعب النصر، تیم استقلال), or
 * two different clubs in an article with at least one sports word (مباراة، الدوري، بازی), or one club in an article
 * with {@value #SPORT_WORDS_ALONE} or more sports words. Then every club mention of the article counts. One pass over
 * the words of title and body, and only when a club name matched. A name that clubs abroad share (الأهلي: Jeddah,
 * Cairo, Doha) does not count when the article names one of those countries: it may be their club. A name that is
 * also a word of sports reporting itself (الاتحاد "the federation", الاتفاق "the agreement") counts only right after
 * a club word.
 */
final class ClubMentions {

    /** In the "also" column of clubs.tsv: every mention of the name needs its own club word (الاتحاد "the federation"). */
    static final String OWN_CUE = "cue";

    /** Sports words that make a lone club name, with no club word before it, a club. */
    static final int SPORT_WORDS_ALONE = 3;

    private final MentionRoles roles;
    private final Map<String, Set<String>> sharedWith = new HashMap<>();

    ClubMentions(MentionRoles roles) {
        this.roles = roles;
        MatchFormNormalizer n = new MatchFormNormalizer();
        for (String[] row : CuratedNames.clubRows()) {
            if (row.length > 4 && !row[4].isBlank()) {
                sharedWith.put(n.fold(row[2].strip()).replace(" ", ""), Set.of(row[4].strip().split("\\s+")));
            }
        }
    }

    /** The club matches among {@code places} that do not stand for a club here (none when the article shows one). */
    Set<PhraseMatch> notClubs(List<PhraseMatch> places, TaggingInput in) {
        Set<PhraseMatch> clubs = new HashSet<>();
        Set<String> distinct = new HashSet<>();
        Set<String> countries = new HashSet<>();
        boolean cued = false;
        for (PhraseMatch m : places) {
            if (m.entry().club()) {
                clubs.add(m);
                distinct.add(m.entry().key());
                cued |= cued(m, in);
            } else if (m.entry().code() != null) {
                countries.add(m.entry().code());
            }
        }
        if (clubs.isEmpty()) {
            return Set.of();
        }
        Set<PhraseMatch> out = new HashSet<>();
        boolean shown = cued;
        if (!shown) {
            int sportWords = sportWords(in);
            shown = sportWords >= SPORT_WORDS_ALONE || (distinct.size() >= 2 && sportWords >= 1);
        }
        for (PhraseMatch m : clubs) {
            Set<String> abroad = sharedWith.getOrDefault(m.entry().key(), Set.of());
            if (!shown || abroad.stream().anyMatch(countries::contains) || (abroad.contains(OWN_CUE) && !cued(m, in))) {
                out.add(m);
            }
        }
        return out;
    }

    /** A club word right before the name: نادي الهلال، لاعبي النصر، باشگاه استقلال، هواداران استقلال. */
    boolean cued(PhraseMatch m, TaggingInput in) {
        List<MatchToken> t = MentionRoles.tokens(m, in);
        return m.fromToken() > 0 && roles.is(MentionRoles.Role.CLUB_CUE, t.get(m.fromToken() - 1).text());
    }

    private int sportWords(TaggingInput in) {
        int n = 0;
        for (List<MatchToken> tokens : List.of(in.titleForm().tokens(), in.bodyForm().tokens())) {
            for (MatchToken t : tokens) {
                if (roles.is(MentionRoles.Role.SPORT, t.text())) {
                    n++;
                }
            }
        }
        return n;
    }
}
