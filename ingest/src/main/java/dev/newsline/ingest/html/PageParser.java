package dev.newsline.ingest.html;

import dev.newsline.ingest.limit.InputLimits;
import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses decoded page text with jsoup's HTML5 parser, within bounds: a page with more than
 * {@link InputLimits#MAX_HTML_TAGS} start tags is TOO_COMPLEX before any node is built, and nesting deeper than
 * {@link InputLimits#MAX_HTML_DEPTH} is flattened by the parser, so every later walk is bounded too.
 */
public final class PageParser {

    private PageParser() {
    }

    /** @throws InputRejectedException with TOO_COMPLEX past the tag limit */
    public static Document parse(String html, String baseUri) {
        int tags = 0;
        for (int i = 0; i + 1 < html.length(); i++) {
            if (html.charAt(i) == '<' && isAsciiLetter(html.charAt(i + 1)) && ++tags > InputLimits.MAX_HTML_TAGS) {
                throw new InputRejectedException(RejectReason.TOO_COMPLEX, "the page has more than "
                        + InputLimits.MAX_HTML_TAGS + " tags, more than a web page is read with");
            }
        }
        Parser parser = Parser.htmlParser().setMaxDepth(InputLimits.MAX_HTML_DEPTH);
        return parser.parseInput(html, baseUri == null ? "" : baseUri);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
