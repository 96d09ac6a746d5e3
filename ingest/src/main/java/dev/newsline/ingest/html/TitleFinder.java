package dev.newsline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's title: the page's first {@code <h1>} when the title tags repeat it (the cleanest form), else
 * {@code og:title}, the JSON-LD headline or {@code <title>} with the site's name cut off ("Storm hits coast | The
 * Daily" → "Storm hits coast"), else the first {@code <h1>}.
 */
final class TitleFinder {

    static final int MAX_H1_CHARS = 400;
    private static final String[] SEPARATORS = {" | ", " :: ", " » ", " · ", " • ", " - ", " – ", " — "};
    /** Separators that also occur inside titles ("Brexit - what next"): a part after one is a name if capitalized. */
    private static final Set<String> WEAK_SEPARATORS = Set.of(" - ", " – ", " — ");
    private static final int SITE_NAME_MAX_WORDS = 4;

    private TitleFinder() {
    }

    static String title(Document page, MetaTags meta, String jsonLdHeadline) {
        String titleTag = page.title().strip();
        String og = meta.first("og:title", "twitter:title");
        String h1 = firstH1(page);
        String lowerTitles = ((og == null ? "" : og) + "\n" + titleTag + "\n"
                + (jsonLdHeadline == null ? "" : jsonLdHeadline)).toLowerCase(Locale.ROOT);
        if (h1 != null && h1.length() >= 10 && lowerTitles.contains(h1.toLowerCase(Locale.ROOT))) {
            return h1;
        }
        String siteName = meta.first("og:site_name", "application-name");
        for (String candidate : new String[] {og, jsonLdHeadline, titleTag}) {
            if (candidate != null && !candidate.isBlank()) {
                return withoutSiteName(collapse(candidate), siteName);
            }
        }
        return h1 == null ? "" : h1;
    }

    /** Cuts a leading or trailing part that is the site's name, or short enough to be one. */
    static String withoutSiteName(String title, String siteName) {
        for (String separator : SEPARATORS) {
            if (!title.contains(separator)) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(title.split(java.util.regex.Pattern.quote(separator))));
            if (parts.size() < 2) {
                continue;
            }
            String first = parts.get(0).strip();
            String last = parts.get(parts.size() - 1).strip();
            boolean weak = WEAK_SEPARATORS.contains(separator);
            if (isSiteName(last, siteName, weak) && words(last) <= words(title) - words(last)) {
                parts.remove(parts.size() - 1);
            } else if (isSiteName(first, siteName, weak) && words(first) < words(title) - words(first)) {
                parts.remove(0);
            } else {
                continue;
            }
            return String.join(separator, parts).strip();
        }
        return title;
    }

    private static boolean isSiteName(String part, String siteName, boolean weakSeparator) {
        if (siteName != null) {
            return part.equalsIgnoreCase(siteName.strip());
        }
        return (!weakSeparator || capitalized(part)) && words(part) <= SITE_NAME_MAX_WORDS;
    }

    /** Every word starts with an upper-case letter or a digit ("BBC News", "The Times"). */
    private static boolean capitalized(String part) {
        boolean wordStart = true;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.isWhitespace(c)) {
                wordStart = true;
            } else if (wordStart) {
                if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
                    return false;
                }
                wordStart = false;
            }
        }
        return true;
    }

    private static String firstH1(Document page) {
        Element h1 = page.body() == null ? null : page.body().selectFirst("h1");
        if (h1 == null) {
            return null;
        }
        String text = collapse(h1.text());
        return text.isEmpty() || text.length() > MAX_H1_CHARS ? null : text;
    }

    private static int words(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = !Character.isWhitespace(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }

    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (!space) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }
}
