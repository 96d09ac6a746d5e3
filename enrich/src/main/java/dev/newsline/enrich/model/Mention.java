package dev.newsline.enrich.model;

/**
 * Evidence for a tag: the text as the reader sees it, and where it stands.
 *
 * @param text  the matched text, exactly {@code field.substring(start, end)}
 * @param start index into the article's {@code title} or {@code body} string
 * @param end   index just past the match
 * @param field {@code title} or {@code body}
 */
public record Mention(String text, int start, int end, String field) {
}
