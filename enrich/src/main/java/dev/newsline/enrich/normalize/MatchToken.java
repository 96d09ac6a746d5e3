package dev.newsline.enrich.normalize;

/**
 * One word of the match form.
 *
 * @param text  the folded word (never shown to readers)
 * @param start index in the original string of the word's first character
 * @param end   index in the original string just past the word's last character
 */
public record MatchToken(String text, int start, int end) {
}
