package dev.newsline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops paragraphs that are labels rather than text: the page's title repeated inside the article (a headline
 * not marked {@code <h1>}) and advertising labels left where an ad was removed ("Advertisement", "Anzeige",
 * "إعلان"…).
 */
final class ParagraphFilter {

    private static final Set<String> AD_LABELS = Set.of("advertisement", "advert", "ad", "ads", "sponsored",
            "sponsored content", "advertising", "anzeige", "werbung", "publicité", "publicidad", "pubblicità",
            "publicidade", "реклама", "reklam", "إعلان", "اعلان", "تبلیغات", "اشتہار", "scroll to continue",
            "continue reading below", "story continues below advertisement", "article continues below advertisement");

    private ParagraphFilter() {
    }

    static List<String> keep(List<String> paragraphs, String title) {
        String ownTitle = title == null ? "" : normalized(title);
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            String n = normalized(p);
            if (!AD_LABELS.contains(n) && !(n.equals(ownTitle) && !ownTitle.isEmpty())) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** Lower case, without the punctuation and white space at either end. */
    private static String normalized(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
