package dev.newsline.enrich.tag;

import dev.newsline.enrich.normalize.MatchText;

/**
 * What the taggers read: the title and body a reader sees, their match forms (offsets index those
 * strings), and the detected language. The "read also" tail is deliberately not here.
 */
public record TaggingInput(String title, String body, MatchText titleForm, MatchText bodyForm, String language) {

    /** The text of {@code field}, "title" or "body", as a mention names it. */
    public String text(String field) {
        return "title".equals(field) ? title : body;
    }

    /** The match form of {@code field}, "title" or "body". */
    public MatchText form(String field) {
        return "title".equals(field) ? titleForm : bodyForm;
    }
}
