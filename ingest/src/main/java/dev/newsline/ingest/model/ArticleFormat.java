package dev.newsline.ingest.model;

import java.util.List;

/** The forms a raw record can take; an article's {@code format} field names the one it arrived in. */
public final class ArticleFormat {

    /** Plain text in any charset: title, body, metadata lines. */
    public static final String TEXT = "text";
    /** A JSON object with {@code title}, {@code body} and the other fields of docs/schema.md. */
    public static final String JSON = "json";
    /** A web page: the title from the page, the body its main text. */
    public static final String HTML = "html";
    /** Every format, as docs/schema lists them. */
    public static final List<String> ALL = List.of(TEXT, JSON, HTML);

    private ArticleFormat() {
    }
}
