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
 * the words of title and body, and only when a club name matched; two over the matches. A name that clubs abroad
 * share (الأهلي: Jeddah, Cairo, Doha) does not count when the article names one of those countries, since it may be
 * their club; a masculine adjective names only the club it follows (الوحدة الإماراتي, but الأهلي المصري). A name
 * that is also a word of sports reporting itself (الاتحاد "the federation", الاتفاق "the agreement") counts only right
 * after a club word.
 */
final class ClubMentions {

    /** In the "also" column of clubs.tsv: every mention of the name needs its own club word (الاتحاد "the federation"). */
    static final String OWN_CUE = "cue";

    /** Sports words that make a lone club name, with no club word before it, a club. */
    static final int SPORT_WORDS_ALONE = 3;

    /**
     * Demonstratives by language: "this"/"that" before a club's name makes it the word (این پدیده). Kept apart, since
     * Persian آن folds into Arabic أن ("that", the conjunction).
     */
    private static final Map<String, List<String>> DEMONSTRATIVES = Map.of(
            "fa", List.of("این", "آن", "همین", "همان"), "ar", List.of("هذا", "هذه", "ذلك", "تلك"));

    private final MentionRoles roles;
    private final Map<String, Set<String>> sharedWith = new HashMap<>();
    private final Map<String, Set<String>> demonstratives = new HashMap<>();

    ClubMentions(MentionRoles roles) {
        this.roles = roles;
        MatchFormNormalizer n = new MatchFormNormalizer();
        DEMONSTRATIVES.forEach((language, words) -> words.forEach(w ->
                demonstratives.computeIfAbsent(language, k -> new HashSet<>()).add(n.fold(w))));
        for (String[] row : CuratedNames.clubRows()) {
            if (row.length > 4 && !row[4].isBlank()) {
                sharedWith.put(n.fold(row[2].strip()).replace(" ", ""), Set.of(row[4].strip().split("\\s+")));
            }
        }
    }

    /**
     * The club matches among {@code places} that do not stand for a club here (none when the article shows one);
     * {@code datelined} are the countries of the dateline's place, where a shared name is the home club's.
     */
    Set<PhraseMatch> notClubs(List<PhraseMatch> places, TaggingInput in, Set<String> datelined) {
        Set<PhraseMatch> clubs = new HashSet<>();
        Set<String> distinct = new HashSet<>();
        Map<String, String> clubEnds = new HashMap<>();
        boolean cued = false;
        for (PhraseMatch m : places) {
            if (m.entry().club()) {
                clubs.add(m);
                distinct.add(m.entry().key());
                clubEnds.put(m.field() + ':' + m.toToken(), m.entry().key());
                cued |= cued(m, in);
            }
        }
        // countries the article names (for every shared name), and those a masculine adjective gives one club
        // ("الأهلي المصري": that name is the club abroad; "الوحدة الإماراتي" says nothing of الاتحاد)
        Set<String> countries = new HashSet<>();
        Map<String, Set<String>> clubsCountries = new HashMap<>();
        for (PhraseMatch m : places) {
            if (m.entry().club() || m.entry().code() == null) {
                continue;
            }
            String clubBefore = clubEnds.get(m.field() + ':' + (m.fromToken() - 1));
            if (!nationality(m, in)) {
                countries.add(m.entry().code());
            } else if (clubBefore != null) {
                clubsCountries.computeIfAbsent(clubBefore, k -> new HashSet<>()).add(m.entry().code());
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
            Set<String> own = clubsCountries.getOrDefault(m.entry().key(), Set.of());
            // a shared name in a story from the club's own country (جدة – … الأهلي beside الجزيرة الإماراتي and Abu
            // Dhabi) is the home club, unless an adjective gives it the other country (الأهلي المصري)
            boolean home = datelined.contains(m.entry().code()) && own.isEmpty();
            if (!shown || (!home && abroad.stream().anyMatch(c -> countries.contains(c) || own.contains(c)))
                    || (abroad.contains(OWN_CUE) && !cued(m, in)) || afterDemonstrative(m, in)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * A demonstrative right before the name: "این پدیده" (this phenomenon) in a football story is the word Padideh's
     * name is, since a club goes by its name or its club word, not by "this".
     */
    private boolean afterDemonstrative(PhraseMatch m, TaggingInput in) {
        List<MatchToken> t = in.form(m.field()).tokens();
        return m.fromToken() > 0
                && demonstratives.getOrDefault(in.language(), Set.of()).contains(t.get(m.fromToken() - 1).text());
    }

    /**
     * An Arabic adjective in the masculine (الوحدة الإماراتي, الخور القطري, اللاعب المصري) names the club or the person
     * it follows, and so tells the clubs abroad apart: it leaves a bare shared name (نادي الاتحاد) the home club's,
     * unless it follows that name itself (الأهلي المصري).
     */
    private static boolean nationality(PhraseMatch m, TaggingInput in) {
        return "ar".equals(in.language()) && m.entry().kind() == NameKind.DEMONYM
                && ArabicAdjectiveForms.masculine(m, in);
    }

    /** A club word right before the name: نادي الهلال، لاعبي النصر، باشگاه استقلال، هواداران استقلال. */
    boolean cued(PhraseMatch m, TaggingInput in) {
        List<MatchToken> t = MentionRoles.tokens(m, in);
        return m.fromToken() > 0
                && roles.is(MentionRoles.Role.CLUB_CUE, in.language(), t.get(m.fromToken() - 1).text());
    }

    private int sportWords(TaggingInput in) {
        int n = 0;
        for (List<MatchToken> tokens : List.of(in.titleForm().tokens(), in.bodyForm().tokens())) {
            for (MatchToken t : tokens) {
                if (roles.is(MentionRoles.Role.SPORT, in.language(), t.text())) {
                    n++;
                }
            }
        }
        return n;
    }
}
