package dev.newsline.enrich.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Evidence for a tag: the text as the reader sees it, and where it stands.
 *
 * @param text  the matched text, exactly {@code field.substring(start, end)}
 * @param start index into the article's {@code title} or {@code body} string
 * @param end   index just past the match
 * @param field {@code title} or {@code body}
 * @param kind  for country evidence, what kind of name it is: {@code dateline} (the place a wire story is filed
 *              from), {@code country}, {@code demonym}, {@code city}, {@code region}, {@code institution},
 *              {@code company}, {@code club} (a sports club's town), {@code credit} (a national agency's credit),
 *              {@code home-institution} (an institution named without its country, for the home country the source
 *              declares); absent (null) for topic evidence
 */
public record Mention(String text, int start, int end, String field,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String kind) {

    /** Evidence without a kind (topics). */
    public Mention(String text, int start, int end, String field) {
        this(text, start, end, field, null);
    }
}
