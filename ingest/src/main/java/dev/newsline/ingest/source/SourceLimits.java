package dev.newsline.ingest.source;

import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.limit.InputLimits;

/**
 * What a source reads before it gives up on an entry or an input. The defaults come from
 * {@link InputLimits} and {@code newsline.max.article.bytes}; tests pass small ones.
 *
 * @param maxArticleBytes    the largest article read; a larger entry, file or line is skipped unread past this
 * @param maxExpandedBytes   the most bytes one archive may expand to; past it the rest is skipped
 * @param maxRatio           the most expanded bytes per compressed byte, once past {@code ratioGraceBytes}
 * @param ratioGraceBytes    expanded bytes below which the ratio is not checked
 * @param maxEntries         the most entries read from one archive
 */
public record SourceLimits(int maxArticleBytes, long maxExpandedBytes, int maxRatio, long ratioGraceBytes,
                           int maxEntries) {

    /** The limits for {@code settings}: its {@code newsline.max.article.bytes}, the rest from {@link InputLimits}. */
    public static SourceLimits of(NewslineSettings settings) {
        return new SourceLimits(settings.maxArticleBytes(), InputLimits.MAX_ARCHIVE_EXPANDED_BYTES,
                InputLimits.MAX_COMPRESSION_RATIO, InputLimits.RATIO_GRACE_BYTES, InputLimits.MAX_ARCHIVE_ENTRIES);
    }

    /** Why {@code size} bytes are too many for one article, if they are. */
    String tooLarge(long size) {
        return RawRecordLimits.describe(size) + ", more than newsline.max.article.bytes=" + maxArticleBytes;
    }
}
