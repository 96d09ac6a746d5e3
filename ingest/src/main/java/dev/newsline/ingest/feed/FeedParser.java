package dev.newsline.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom documents with Rome. DOCTYPEs are refused outright, which shuts out both
 * external entities (XXE: no local file or URL is read) and entity expansion ("billion laughs"); Rome also turns
 * off external entities and external DTDs in the SAX parser. The charset comes from the HTTP
 * {@code Content-Type}, the XML declaration and the BOM, as RFC 3023 says, leniently when they disagree.
 */
public final class FeedParser {

    /** @param contentType the HTTP {@code Content-Type}, or null */
    public ParsedFeed parse(byte[] document, String contentType) throws FeedParseException {
        SyndFeed feed;
        try (InputStream in = new ByteArrayInputStream(document);
             XmlReader reader = contentType == null ? new XmlReader(in, true) : new XmlReader(in, contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IllegalArgumentException | IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new FeedParseException("not a feed we read: " + message.replaceAll("\\s+", " ").strip());
        }
        List<FeedItem> items = new ArrayList<>();
        int withoutKey = 0;
        for (SyndEntry entry : feed.getEntries()) {
            Optional<String> link = nonBlank(entry.getLink());
            Optional<String> key = nonBlank(entry.getUri()).or(() -> link);
            if (key.isEmpty()) {
                withoutKey++;
                continue;
            }
            items.add(new FeedItem(key.get().strip(), link.map(String::strip), title(entry), date(entry),
                    content(entry), nonBlank(text(entry.getDescription()))));
        }
        return new ParsedFeed(List.copyOf(items), withoutKey);
    }

    private static Optional<String> title(SyndEntry entry) {
        SyndContent title = entry.getTitleEx();
        return nonBlank(title != null ? text(title) : entry.getTitle()).map(t -> t.replaceAll("\\s+", " ").strip());
    }

    private static Optional<Instant> date(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return Optional.ofNullable(date).map(Date::toInstant);
    }

    private static Optional<String> content(SyndEntry entry) {
        StringBuilder all = new StringBuilder();
        for (SyndContent part : entry.getContents()) {
            String text = text(part);
            if (text != null && !text.isBlank()) {
                all.append(all.length() == 0 ? "" : "\n\n").append(text);
            }
        }
        return nonBlank(all.toString());
    }

    /** The content as plain text: HTML and XHTML are turned into paragraphs, anything else kept as it is. */
    private static String text(SyndContent content) {
        if (content == null || content.getValue() == null) {
            return null;
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.contains("html") ? HtmlFragmentText.toText(content.getValue()) : content.getValue().strip();
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
