package dev.newsline.ingest.config;

import java.time.Duration;
import java.util.Properties;

/**
 * The settings of {@code newsline feeds} (keys {@code newsline.feeds.*}, declared in {@link SettingKeys}), typed and
 * checked; the page size cap is {@code newsline.max.article.bytes}, as a larger page would only be rejected.
 *
 * @param connectTimeout  how long a request may take to connect
 * @param requestTimeout  how long a request may take in all, headers and body
 * @param maxFeedBytes    the largest feed document read
 * @param maxPageBytes    the largest linked page read ({@code newsline.max.article.bytes})
 * @param maxRedirects    redirects followed per request
 * @param fetchPages      whether an item holding only a summary has its linked page fetched
 * @param maxBackoff      the longest wait before a failing feed is polled again
 */
public record FeedSettings(Duration connectTimeout, Duration requestTimeout, int maxFeedBytes, int maxPageBytes,
                           int maxRedirects, boolean fetchPages, Duration maxBackoff) {

    /**
     * Defaults, overridden by the {@code newsline.*} keys of {@code props}.
     *
     * @throws InvalidSettingException for an unknown {@code newsline.*} key or a bad value
     */
    public static FeedSettings from(Properties props) {
        NewslineSettings newsline = NewslineSettings.from(props);
        return new FeedSettings(
                SettingKeys.FEEDS_CONNECT_TIMEOUT.read(props),
                SettingKeys.FEEDS_READ_TIMEOUT.read(props),
                SettingKeys.FEEDS_MAX_BYTES.read(props),
                newsline.maxArticleBytes(),
                SettingKeys.FEEDS_MAX_REDIRECTS.read(props),
                SettingKeys.FEEDS_FETCH_PAGES.read(props),
                SettingKeys.FEEDS_MAX_BACKOFF.read(props));
    }
}
