package dev.newsline.ingest.parse.attribution;

import dev.newsline.ingest.limit.StepBudget;
import dev.newsline.ingest.model.Attribution;
import dev.newsline.ingest.parse.text.MarkerFile;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrase that credits the story at the start of its lead ("به گزارش X به نقل از Y،", "وفقا لـ X،",
 * "LONDON (Reuters) -", "According to X,") with the patterns of {@code attribution.txt}. The phrase stays in
 * the body; only the names are read.
 *
 * <p>The lead is one of the first {@value #LEAD_PARAGRAPHS} paragraphs: Persian agencies often open with a
 * one-paragraph summary and put "به گزارش …" at the start of the second. Only the first {@value #HEAD_CHARS}
 * characters of each are read (every phrase we look for is shorter), through the record's {@link StepBudget}.
 */
public final class AttributionFinder {

    static final int LEAD_PARAGRAPHS = 3;
    static final int HEAD_CHARS = 300;
    static final String NAME = "[^\\s،,:؛;]+(?:\\s+[^\\s،,:؛;]+){0,5}?";
    private static final String QUOTES = "«»“”„\"‹›"; // not ' or ’: they belong to names like l'AFP

    private final List<Pattern> patterns;

    public AttributionFinder(MarkerFile file) {
        patterns = file.section("attribution").stream()
                .map(p -> Pattern.compile(p.replace("{name}", NAME), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    /**
     * The attribution at the start of the first paragraph that has one, among the first few; or null.
     *
     * @throws dev.newsline.ingest.validate.InputRejectedException with TOO_COMPLEX when {@code budget} runs out
     */
    public Attribution find(List<String> paragraphs, StepBudget budget) {
        for (int i = 0; i < Math.min(LEAD_PARAGRAPHS, paragraphs.size()); i++) {
            String paragraph = paragraphs.get(i);
            String head = paragraph.length() > HEAD_CHARS ? paragraph.substring(0, HEAD_CHARS) : paragraph;
            for (Pattern pattern : patterns) {
                Matcher m = budget.matcher(pattern, head, "attribution");
                if (m.find()) {
                    String outlet = clean(m.group("outlet"));
                    String via = pattern.pattern().contains("(?<via>") ? clean(m.group("via")) : null;
                    if (outlet != null) {
                        return new Attribution(outlet, via);
                    }
                }
            }
        }
        return null;
    }

    private static String clean(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (QUOTES.indexOf(c) < 0) {
                b.append(c);
            }
        }
        String cleaned = b.toString().replaceAll("\\s+", " ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
