package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.TaggingInput;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The national agency an Arabic dateline credits by its short name ("القاهرة في 8 ديسمبر /أ ش أ/", "العريش في 4
 * ديسمبر/ وام/", "الكويت - 3 - 12 (كونا)", "الدوحة - قنا:", "نيويورك 25 شوال 1436 هـ … م واس"): the agencies are the
 * Arabic-script rows of {@code dateline-agencies.tsv}. The short names are everyday words or single letters elsewhere
 * (وام, قنا, بنا), so only a whole word in the body's first {@value #DATELINE_CHARS} characters with a bracket, slash,
 * dash or colon beside it, or after an SPA date's era mark, is a credit. It places a dateline's home (DeskPlaces) and,
 * when no agency is named in full, is the story's credit like a named one ("وكالة أنباء الشرق الأوسط"). Arabic only:
 * Persian agencies are credited by their names (ایرنا, خبرگزاری فارس), and Khovar's "دوشنبه، ۵ دسامبر /خاور/." dates
 * a Tajik story from the capital, which a credit would read as a provincial desk's town (Dushanbe is also "Monday").
 */
final class DatelineAgencyCredit {

    /** How far into the body an Arabic dateline's agency credit may stand (the SPA style puts it after the date). */
    private static final int DATELINE_CHARS = 120;

    /** Arabic-script credits of national agencies, each with its home country. */
    private final Map<String, String> agencies;

    DatelineAgencyCredit(DatelineCredits credits) {
        this.agencies = credits.arabicScript();
    }

    /** The home country of the agency the body's Arabic dateline credits, or null. */
    String home(TaggingInput in) {
        List<PhraseMatch> credit = find(in);
        return credit.isEmpty() ? null : credit.get(0).entry().code();
    }

    /** The credit of the body's Arabic dateline, the first in the text, as a body match of its agency's country. */
    List<PhraseMatch> find(TaggingInput in) {
        if (!"ar".equals(in.language())) {
            return List.of();
        }
        String head = in.body().substring(0, Math.min(in.body().length(), DATELINE_CHARS));
        int first = -1;
        String name = null;
        for (String agency : agencies.keySet()) {
            int at = creditAt(head, agency);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
                name = agency;
            }
        }
        if (name == null) {
            return List.of();
        }
        GazetteerEntry entry = new GazetteerEntry(name, name, agencies.get(name), NameKind.INSTITUTION,
                GazetteerEntry.NEWS_AGENCIES + " (a dateline's credit)", null, Set.of(), Casing.ANY, Set.of(),
                List.of());
        return List.of(new PhraseMatch("body", -1, -1, first, first + name.length(), 0, entry));
    }

    /** Where {@code agency} first stands in {@code head} as a whole word with a credit's mark beside it, else -1. */
    private static int creditAt(String head, String agency) {
        for (int i = head.indexOf(agency); i >= 0; i = head.indexOf(agency, i + 1)) {
            int end = i + agency.length();
            if ((i == 0 || !Character.isLetter(head.charAt(i - 1)))
                    && (end == head.length() || !Character.isLetter(head.charAt(end)))
                    && (credit(head, i, -1) || credit(head, end, 1))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the character beside {@code at} (looking back for {@code step} -1, ahead for 1), spaces skipped, shows
     * a credit: a bracket, a slash, a dash or a colon, the text's end ahead, or behind it the era mark of an SPA date
     * ("1436 هـ الموافق 10 أغسطس 2015 م واس").
     */
    private static boolean credit(String head, int at, int step) {
        int i = step < 0 ? at - 1 : at;
        while (i >= 0 && i < head.length() && head.charAt(i) == ' ') {
            i += step;
        }
        if (i < 0 || i >= head.length()) {
            return step > 0;
        }
        char c = head.charAt(i);
        return "()/-\u2013\u2014:".indexOf(c) >= 0
                || (step < 0 && c == '\u0645' && (i == 0 || head.charAt(i - 1) == ' '));
    }
}
