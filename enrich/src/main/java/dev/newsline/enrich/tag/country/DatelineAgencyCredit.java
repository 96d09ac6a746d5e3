package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.TaggingInput;
import java.util.List;

/**
 * The national agency an Arabic-script dateline credits by its short name ("القاهرة في 8 ديسمبر /أ ش أ/", "العريش في 4
 * ديسمبر/ وام/", "ديالى - واع", "الرباط (ومع) -"), as a credit like a named one ("وكالة أنباء الشرق الأوسط"): the
 * short names are everyday words or single letters elsewhere (وام, قنا, بنا), so only a slash, bracket, guillemet
 * or dash on the body's first line, before and after the name, makes one a credit. The agencies are the
 * Arabic-script rows of {@code dateline-agencies.tsv}. Arabic only: Persian agencies are credited by their names
 * (ایرنا, خبرگزاری فارس), and Khovar's "دوشنبه، ۵ دسامبر /خاور/." dates a Tajik story from the capital, which a
 * credit would read as a provincial desk's town (Dushanbe is also "Monday").
 */
final class DatelineAgencyCredit {

    /** How far into the body's first line a dateline's credit is looked for. */
    private static final int MAX_LINE = 120;
    /** The most words of a short credit ("أ ش أ"). */
    private static final int MAX_WORDS = 3;
    private static final String OPENERS = "/(-\u2013\u00AB";
    private static final String CLOSERS = "/)-\u2013\u00BB.";

    private final DatelineCredits credits;

    DatelineAgencyCredit(DatelineCredits credits) {
        this.credits = credits;
    }

    /** The credit of the body's dateline as a body match of its agency's country, or none. */
    List<PhraseMatch> find(TaggingInput in) {
        if (!"ar".equals(in.language())) {
            return List.of();
        }
        String body = in.body();
        int lineEnd = body.indexOf('\n');
        int limit = Math.min(lineEnd < 0 ? body.length() : lineEnd, MAX_LINE);
        for (int i = 0; i < limit; i++) {
            if (OPENERS.indexOf(body.charAt(i)) < 0) {
                continue;
            }
            int start = i + 1;
            while (start < limit && body.charAt(start) == ' ') {
                start++;
            }
            int end = start;
            for (int words = 0; words < MAX_WORDS && end < limit; words++) {
                while (end < limit && DatelineText.isNameChar(body.charAt(end))) {
                    end++;
                }
                if (end == start) {
                    break;
                }
                String code = credits.home(body.substring(start, end));
                if (code != null && closed(body, end, limit)) {
                    return List.of(match(body.substring(start, end), code, start, end));
                }
                if (end >= limit || body.charAt(end) != ' ') {
                    break;
                }
                end++;
            }
        }
        return List.of();
    }

    /** Whether a closing slash, bracket, guillemet, dash or full stop, or the line's end, follows {@code end}. */
    private static boolean closed(String body, int end, int limit) {
        int k = end;
        while (k < limit && body.charAt(k) == ' ') {
            k++;
        }
        return k >= limit || CLOSERS.indexOf(body.charAt(k)) >= 0;
    }

    private static PhraseMatch match(String name, String code, int start, int end) {
        GazetteerEntry entry = new GazetteerEntry(name, name, code, NameKind.INSTITUTION,
                GazetteerEntry.NEWS_AGENCIES + " (a dateline's credit)", null, java.util.Set.of(), Casing.ANY,
                java.util.Set.of(), List.of());
        return new PhraseMatch("body", -1, -1, start, end, 0, entry);
    }
}
