package dev.newsline.ingest.html;

import dev.newsline.ingest.decode.DecodedText;
import dev.newsline.ingest.decode.TextDecoder;
import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * Reads a web page record: decodes it with the charset it declares (HTTP header, then {@code <meta>}; checked by
 * {@link TextDecoder}, which detects the charset when the declaration is missing or wrong), parses it within
 * bounds ({@link PageParser}), reads its metadata, then extracts its main text ({@link MainTextExtractor}).
 */
public final class HtmlPageReader {

    private final TextDecoder decoder = new TextDecoder();

    /**
     * @param headers the record's headers: {@code content-type} (its charset), {@code charset}, {@code url}
     * @throws InputRejectedException EMPTY, NOT_TEXT, BAD_ENCODING, TOO_COMPLEX, or NO_BODY for a page without prose
     */
    public HtmlPage read(byte[] value, Map<String, String> headers) {
        String declared = DeclaredCharset.fromContentType(headers.get("content-type"));
        if (declared == null) {
            declared = headers.get("charset");
        }
        if (declared == null) {
            declared = DeclaredCharset.fromMeta(value);
        }
        DecodedText decoded = decoder.decode(value, declared);
        Document page = PageParser.parse(decoded.text(), headers.get("url"));
        PageMetadata metadata = PageMetadataReader.read(page);
        String body = MainTextExtractor.extract(page, metadata.title());
        if (body.isBlank()) {
            throw new InputRejectedException(RejectReason.NO_BODY, "the web page has no main text (no paragraphs"
                    + " of prose outside menus, links and page furniture)");
        }
        return new HtmlPage(metadata, body, decoded);
    }
}
