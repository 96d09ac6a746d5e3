package dev.newsline.ingest.parse.tail;

import dev.newsline.ingest.parse.text.MarkerFile;
import dev.newsline.ingest.parse.text.MarkerText;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a "read also" tail (another story appended after "إقرأ أيضاً:", "بیشتر بخوانید", "Read also",
 * "Lire aussi", "Читайте также"…) off the article.
 *
 * <p>The marker must start a line and be followed by nothing or by ":" "-" "|" "»" and a headline. A marker
 * before any body text (on the title or the first body line) is not a tail: cutting there would leave the
 * article empty, so it is left alone.
 */
public final class ReadAlsoSplitter {

    private static final String AFTER_MARKER = ":：-–—|»>.…";
    private static final int MAX_MARKER_LINE = 300;

    private final List<String> markers;

    public ReadAlsoSplitter(MarkerFile markerFile) {
        markers = markerFile.foldedSection("read-also").stream()
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** The article's own lines and the appended text (null when there is no tail or it is empty). */
    public record Split(List<String> article, String appended) {
    }

    /** Splits tidy lines (blank lines are "") at the first "read also" marker that follows some body text. */
    public Split split(List<String> lines) {
        int contentSeen = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (contentSeen >= 2) {
                String rest = afterMarker(line);
                if (rest != null) {
                    return new Split(List.copyOf(lines.subList(0, i)), appended(rest, lines.subList(i + 1, lines.size())));
                }
            }
            contentSeen++;
        }
        return new Split(List.copyOf(lines), null);
    }

    /** The headline after the marker ("" when none), or null when the line does not start with a marker. */
    private String afterMarker(String line) {
        if (line.length() > MAX_MARKER_LINE) {
            return null;
        }
        String folded = MarkerText.fold(line);
        for (String marker : markers) {
            if (!folded.startsWith(marker)) {
                continue;
            }
            String tail = folded.substring(marker.length()).strip();
            if (tail.isEmpty()) {
                return "";
            }
            if (AFTER_MARKER.indexOf(tail.charAt(0)) >= 0) {
                return headline(line);
            }
        }
        return null;
    }

    /** The original text after the first separator on a marker line. */
    private static String headline(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (AFTER_MARKER.indexOf(line.charAt(i)) >= 0) {
                String rest = line.substring(i + 1);
                int j = 0;
                while (j < rest.length() && (AFTER_MARKER.indexOf(rest.charAt(j)) >= 0 || rest.charAt(j) == ' ')) {
                    j++;
                }
                return rest.substring(j);
            }
        }
        return "";
    }

    private static String appended(String headline, List<String> rest) {
        List<String> lines = new ArrayList<>();
        if (!headline.isEmpty()) {
            lines.add(headline);
        }
        for (String line : rest) {
            boolean blankAfterBlank = line.isEmpty() && (lines.isEmpty() || lines.get(lines.size() - 1).isEmpty());
            if (!blankAfterBlank) {
                lines.add(line);
            }
        }
        String text = String.join("\n", lines).strip();
        return text.isEmpty() ? null : text;
    }
}
