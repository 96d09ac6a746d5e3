package dev.newsline.ingest.parse.metadata;

import dev.newsline.ingest.limit.InputLimits;
import dev.newsline.ingest.limit.StepBudget;
import dev.newsline.ingest.parse.text.MarkerFile;
import dev.newsline.ingest.parse.text.MarkerText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lifts metadata lines ("LABEL: value" with a known date, source or keyword label, in any of our languages)
 * out of the article: they become fields and leave the text.
 *
 * <p>A line counts only when all of it is "label: value", the label is one of {@code markers.txt}, and the value
 * is short (a body sentence that happens to start "Source: …" is long and stays). A date line whose value we
 * cannot read still leaves the text when its value is short; the first readable date wins. Only the first
 * {@value #MAX_LABEL} characters of a line are searched for the label, and at most {@link InputLimits#MAX_KEYWORDS}
 * keywords and {@link InputLimits#MAX_SOURCES} sources are kept.
 */
public final class MetadataLineExtractor {

    static final int MAX_VALUE = 200;
    static final int MAX_KEYWORDS_VALUE = 1000;
    static final int MAX_UNREADABLE_DATE = 40;
    static final int MAX_LABEL = 40;

    private final Set<String> dateLabels;
    private final Set<String> sourceLabels;
    private final Set<String> keywordLabels;
    private final PublicationDateParser dates = new PublicationDateParser();

    public MetadataLineExtractor(MarkerFile markers) {
        dateLabels = Set.copyOf(markers.foldedSection("date-label"));
        sourceLabels = Set.copyOf(markers.foldedSection("source-label"));
        keywordLabels = Set.copyOf(markers.foldedSection("keyword-label"));
    }

    /**
     * Reads and removes the metadata lines from tidy lines (blank lines are "").
     *
     * @throws dev.newsline.ingest.validate.InputRejectedException with TOO_COMPLEX when {@code budget} runs out
     */
    public Metadata extract(List<String> lines, StepBudget budget) {
        LocalDate published = null;
        List<String> sources = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        List<String> remaining = new ArrayList<>(lines.size());
        for (String line : lines) {
            int colon = colon(line);
            if (colon < 0) {
                remaining.add(line);
                continue;
            }
            String label = MarkerText.fold(line.substring(0, colon));
            String value = line.substring(colon + 1).strip();
            if (keywordLabels.contains(label) && value.length() <= MAX_KEYWORDS_VALUE) {
                addUpTo(keywords, ListSplitter.split(value), InputLimits.MAX_KEYWORDS);
            } else if (sourceLabels.contains(label) && value.length() <= MAX_VALUE) {
                addUpTo(sources, ListSplitter.split(value), InputLimits.MAX_SOURCES);
            } else if (dateLabels.contains(label) && value.length() <= MAX_VALUE) {
                LocalDate date = dates.parse(value, budget);
                if (date == null && value.length() > MAX_UNREADABLE_DATE) {
                    remaining.add(line);
                } else if (published == null) {
                    published = date;
                }
            } else {
                remaining.add(line);
            }
        }
        return new Metadata(published, sources, keywords, remaining);
    }

    private static void addUpTo(List<String> list, List<String> items, int max) {
        for (int i = 0; i < items.size() && list.size() < max; i++) {
            list.add(items.get(i));
        }
    }

    private static int colon(String line) {
        int limit = Math.min(line.length(), MAX_LABEL + 1);
        for (int i = 1; i < limit; i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '：') {
                return i;
            }
        }
        return -1;
    }
}
