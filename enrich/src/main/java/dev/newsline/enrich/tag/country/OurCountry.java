package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Our country" in a story a national agency files under its own credit: Persian کشورمان ("تکواندوکار کشورمان",
 * our country's taekwondo athlete) and Arabic بلادنا, وطننا name the agency's country as plainly as its name does.
 * Each such word becomes a mention of that country, with its offsets. Without an agency's credit, a source that
 * declares its home country is the "we" of its own text, but not of what it quotes: there "our country" is the
 * speaker's. Without either the words name no country the tagger can know. Under an agency's credit, so are the
 * {@code own-side} phrases of mention-roles.tsv that no place follows within {@value #OWN_SIDE_AHEAD} words: an
 * Iranian agency writes "تیم ملی کشتی" (the national wrestling team) and "ملی‌پوشان" (the national players) for its
 * own country's, and names another's by it ("تیم ملی فوتبال کره جنوبی"); not in a story of its international desk,
 * which relays other countries' news.
 */
final class OurCountry {

    /** The words as the articles write them; matched on their folded forms, as match tokens carry them. */
    private static final Set<String> WORDS = folded("کشورمان", "بلادنا", "وطننا", "بلدنا");

    static final String SOURCE = "our-country";

    /** How many words after a national side's phrase a place may name another country's side. */
    static final int OWN_SIDE_AHEAD = 3;

    private OurCountry() {
    }

    private static Set<String> folded(String... words) {
        MatchFormNormalizer n = new MatchFormNormalizer();
        return Arrays.stream(words).map(n::fold).collect(Collectors.toUnmodifiableSet());
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
    static List<ResolvedMention> add(List<ResolvedMention> mentions, List<PhraseMatch> credits, TaggingInput in,
                                     MentionRoles roles) {
        boolean credited = !credits.isEmpty();
        if ((!credited && in.sourceCountry() == null) || !("fa".equals(in.language()) || "ar".equals(in.language()))) {
            return mentions;
        }
        String code = credited ? credits.get(0).entry().code() : in.sourceCountry();
        boolean ownSides = credited && !roles.inLead(MentionRoles.Role.FOREIGN_DESK, in);
        List<ResolvedMention> out = new ArrayList<>(mentions);
        for (String field : List.of("title", "body")) {
            List<MatchToken> tokens = in.form(field).tokens();
            OpenQuotes quotes = new OpenQuotes(in.text(field));
            Set<Integer> placeStarts = mentions.stream().filter(m -> m.match().field().equals(field))
                    .map(m -> m.match().fromToken()).collect(Collectors.toSet());
            for (int i = 0; i < tokens.size(); i++) {
                MatchToken t = tokens.get(i);
                if (ourCountry(t.text(), in.language())) {
                    if (!credited && quotes.at(t.start())) {
                        continue; // a quoted speaker's "our country" is the speaker's
                    }
                    out.add(ResolvedMention.implied(field, i, i, tokens, code, SOURCE));
                } else if (ownSides && roles.startsAt(MentionRoles.Role.OWN_SIDE, in.language(), tokens, i)) {
                    int last = i + roles.lengthAt(MentionRoles.Role.OWN_SIDE, in.language(), tokens, i) - 1;
                    if (placeStarts.stream().noneMatch(k -> k > last && k <= last + OWN_SIDE_AHEAD)) {
                        out.add(ResolvedMention.implied(field, i, last, tokens, code, SOURCE));
                    }
                    i = last;
                }
            }
        }
        return out.size() == mentions.size() ? mentions : out;
    }

}
