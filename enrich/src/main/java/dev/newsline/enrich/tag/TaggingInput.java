package dev.newsline.enrich.tag;

import dev.newsline.enrich.normalize.MatchText;

/**
 * What the taggers read: the title and body a reader sees, their match forms (offsets index those
 * strings), the detected language, and the home country its source declares (ISO 3166-1 alpha-2, or null). The
 * "read also" tail is deliberately not here.
 */
public record TaggingInput(String title, String body, MatchText titleForm, MatchText bodyForm, String language,
                           String sourceCountry) {

    /** An article whose source declares no home country. */
    public TaggingInput(String title, String body, MatchText titleForm, MatchText bodyForm, String language) {
        this(title, body, titleForm, bodyForm, language, null);
    }

    /** The text of {@code field}, "title" or "body", as a mention names it. */
    public String text(String field) {
        return "title".equals(field) ? title : body;
    }

    /** The match form of {@code field}, "title" or "body". */
    public MatchText form(String field) {
        return "title".equals(field) ? titleForm : bodyForm;
    }
}
