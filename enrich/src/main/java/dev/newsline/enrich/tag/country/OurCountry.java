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
 * Each such word becomes a mention of that country, with its offsets; without an agency's credit the words name no
 * country the tagger can know.
 */
final class OurCountry {

    /** The words as the articles write them; matched on their folded forms, as match tokens carry them. */
    private static final Set<String> WORDS = folded("کشورمان", "بلادنا", "وطننا", "بلدنا");

    static final String SOURCE = "our-country";

    private OurCountry() {
    }

    private static Set<String> folded(String... words) {
        MatchFormNormalizer n = new MatchFormNormalizer();
        return Arrays.stream(words).map(n::fold).collect(Collectors.toUnmodifiableSet());
    }

    /** {@code mentions} and a mention of the first credit's country for each "our country" of the article. */
    static List<ResolvedMention> add(List<ResolvedMention> mentions, List<PhraseMatch> credits, TaggingInput in) {
        if (credits.isEmpty() || !("fa".equals(in.language()) || "ar".equals(in.language()))) {
            return mentions;
        }
        String code = credits.get(0).entry().code();
        List<ResolvedMention> out = null;
        for (String field : List.of("title", "body")) {
            List<MatchToken> tokens = in.form(field).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                MatchToken t = tokens.get(i);
                if (WORDS.contains(t.text())) {
                    out = out == null ? new ArrayList<>(mentions) : out;
                    GazetteerEntry entry = new GazetteerEntry(t.text(), t.text(), code, NameKind.INSTITUTION, SOURCE,
                            null, Set.of(), Casing.ANY, Set.of(), List.of());
                    out.add(new ResolvedMention(new PhraseMatch(field, i, i, t.start(), t.end(), 0, entry), code,
                            false));
                }
            }
        }
        return out == null ? mentions : out;
    }
}
