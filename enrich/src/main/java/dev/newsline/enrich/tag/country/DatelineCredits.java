package dev.newsline.enrich.tag.country;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The wire agency's credit in a dateline, in brackets ("CÓRDOBA, 7 mar (EFE).-", "Penig (dpa/sn)"), between slashes
 * ("КРАСНОДАР, 1 сентября. /ТАСС/.") or as one word in capitals ("АСТАНА. КАЗИНФОРМ –"), and the home country of
 * each agency of {@code dateline-agencies.tsv}, whose style writes only home towns bare.
 */
final class DatelineCredits {

    /** The longest agency credit between slashes, a TASS correspondent's name included. */
    private static final int MAX_SLASHED = 40;

    private final Map<String, String> agencies = new HashMap<>();

    DatelineCredits() {
        for (String[] row : CuratedNames.datelineAgencyRows()) {
            agencies.put(row[1].strip().toLowerCase(Locale.ROOT), row[0].strip());
        }
    }

    /**
     * Whether the bracket closing at {@code close} ends a dateline by itself: the credit of an outlet whose style sets
     * no dash after it ("Hong Kong (CNN Business) A muddled view of …", "Washington (CNN) The White House …"), and a
     * capital opens the story right after; or a known agency's credit after a place, a comma and a date, closed by a
     * full stop ("Bakü, 8 Aralık (AZERTAC). Neftçi …", "Lima, dic. 8 (ANDINA). La tabla …"). {@code from} is where
     * the place's name ends.
     */
    boolean closesWithoutDash(String body, int from, int close) {
        int open = body.lastIndexOf('(', close);
        if (open < from || close + 2 >= body.length()) {
            return false;
        }
        String credit = body.substring(open + 1, close).strip().toLowerCase(Locale.ROOT);
        int next = body.charAt(close + 1) == ' ' ? close + 2 : close + 1;
        if ((credit.equals("cnn") || credit.startsWith("cnn ")) && Character.isUpperCase(body.charAt(next))) {
            return true;
        }
        return body.charAt(close + 1) == '.' && close + 3 < body.length() && body.charAt(close + 2) == ' '
                && Character.isUpperCase(body.charAt(close + 3)) && agencies.containsKey(credit)
                && body.charAt(from) == ',' && body.substring(from, open).chars().anyMatch(Character::isDigit);
    }

    /** The home country of the agency credited as {@code credit}, written as the file writes it, or null. */
    String home(String credit) {
        return agencies.get(credit);
    }

    /** The agencies whose credit is written in Arabic script (واس, أ ش أ, خاور), each with its home country. */
    Map<String, String> arabicScript() {
        Map<String, String> out = new HashMap<>();
        agencies.forEach((name, code) -> {
            if (CliticStripper.isArabicScript(name.charAt(0))) {
                out.put(name, code);
            }
        });
        return out;
    }

    /**
     * The home country of the wire agency whose credit stands in brackets between the place and the separator
     * ("CÓRDOBA, 7 mar (EFE).-"), or null ({@code dateline-agencies.tsv}).
     */
    String agencyHome(String body, int from, int separator) {
        int open = -1;
        for (int i = from; i < separator; i++) {
            char c = body.charAt(i);
            if (c == '(') {
                open = i;
            } else if (c == ')' && open >= 0) {
                String credit = body.substring(open + 1, i).strip().toLowerCase(Locale.ROOT);
                int regional = credit.indexOf('/'); // dpa's regional services: "dpa/sn", "dpa/lby"
                String home = agencies.get(regional > 0 ? credit.substring(0, regional) : credit);
                if (home != null) {
                    return home;
                }
                open = -1;
            } else if (c == '/' && i > from && body.charAt(i - 1) == ' ') {
                // "/ТАСС/" or a correspondent's credit "/Корр. ТАСС Иван Петров/": any word may be the agency
                for (String word : body.substring(i + 1, separator).split("[ .]+")) {
                    String home = agencies.get(word.toLowerCase(Locale.ROOT));
                    if (home != null) {
                        return home;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The closing slash of an agency credit that opens at {@code i} (" /ТАСС/", " /Корр. ТАСС Иван Петров/"): a
     * slash after a space, then at most {@value #MAX_SLASHED} letters, dots and spaces, then a slash; else -1.
     */
    static int closingSlash(String body, int i, int limit) {
        if (body.charAt(i) != '/' || i == 0 || body.charAt(i - 1) != ' ') {
            return -1;
        }
        for (int k = i + 1; k < limit && k <= i + MAX_SLASHED; k++) {
            char c = body.charAt(k);
            if (c == '/') {
                return k > i + 1 ? k : -1;
            }
            if (!Character.isLetter(c) && c != '.' && c != ' ' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Kazinform's "АСТАНА. КАЗИНФОРМ –": a full stop at {@code i} after a place in capitals, then a one-word credit
     * in capitals and the dash.
     */
    static boolean capitalsThenCredit(String body, int from, int i) {
        if (body.charAt(i) != '.' || i - from < 2 || !DatelineText.allCapitals(body, from, i) || i + 3 >= body.length()
                || body.charAt(i + 1) != ' ') {
            return false;
        }
        int end = i + 2;
        while (end < body.length() && Character.isLetter(body.charAt(end))) {
            end++;
        }
        int after = end;
        while (after < body.length() && body.charAt(after) == ' ') {
            after++;
        }
        // the credit closes the dateline at once: "ST. LOUIS, March 3" is a saint's town, not a place and a credit
        return end - (i + 2) >= 2 && DatelineText.allCapitals(body, i + 2, end) && after < body.length()
                && DatelineText.isSeparator(body, after);
    }
}
