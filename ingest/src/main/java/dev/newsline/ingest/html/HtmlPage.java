package dev.newsline.ingest.html;

import dev.newsline.ingest.decode.DecodedText;

/**
 * A web page read as an article.
 *
 * @param metadata what the page says about the article (title, URL, time, language)
 * @param body     the main text, paragraphs separated by "\n\n"
 * @param decoded  the whole page as decoded text, with the charset used
 */
public record HtmlPage(PageMetadata metadata, String body, DecodedText decoded) {
}
