package dev.newsline.ingest.feed;

import java.time.Instant;
import java.util.Optional;

/**
 * One item (RSS) or entry (Atom) of a feed, its text already plain.
 *
 * @param key     its guid (RSS) or id (Atom), else its link: the record key, and what the state file remembers
 * @param link    the page it links to, if any
 * @param title   its title as plain text, if any
 * @param date    its publication date, else its update date, if any
 * @param content its full text (RSS {@code content:encoded}, Atom {@code content}), if the feed carries it
 * @param summary its summary (RSS {@code description}, Atom {@code summary}), if any
 */
public record FeedItem(String key, Optional<String> link, Optional<String> title, Optional<Instant> date,
                       Optional<String> content, Optional<String> summary) {
}
