package dev.newsline.enrich.dedup.eval;

import java.util.List;

/**
 * An article a rewrite is generated from, read at test time (never copied into the project).
 *
 * @param name       file name, for reports
 * @param title      title
 * @param paragraphs body paragraphs
 */
public record SourceArticle(String name, String title, List<String> paragraphs) {

    /** The body, paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /** True for Persian text (Persian-only letters present). */
    public boolean persian() {
        String all = title + body();
        return all.chars().anyMatch(c -> c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی' || c == 'ک');
    }
}
