package dev.newsline.ingest.feed;

import java.net.URI;
import java.util.Optional;

/**
 * One feed of the feeds file.
 *
 * @param url          where the RSS or Atom document is fetched
 * @param name         the {@code source} header of every record from it
 * @param languageHint an ISO 639-1 code the feed is written in, if given
 * @param countryHint  an ISO 3166-1 alpha-2 code the feed is about or from, if given
 */
public record FeedSource(URI url, String name, Optional<String> languageHint, Optional<String> countryHint) {
}
