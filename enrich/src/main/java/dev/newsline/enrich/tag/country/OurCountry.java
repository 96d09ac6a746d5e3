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
 * speaker's. Without either the words name no country the tagger can know.
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
        List<ResolvedMention> out = null;
        for (String field : List.of("title", "body")) {
            List<MatchToken> tokens = in.form(field).tokens();
            OpenQuotes quotes = new OpenQuotes(in.text(field));
            for (int i = 0; i < tokens.size(); i++) {
                MatchToken t = tokens.get(i);
                if (ourCountry(t.text(), in.language())) {
                    if (!credited && quotes.at(t.start())) {
                        continue; // a quoted speaker's "our country" is the speaker's
                    }
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
