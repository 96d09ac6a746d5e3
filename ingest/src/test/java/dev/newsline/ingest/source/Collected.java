package dev.newsline.ingest.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Everything a source reported, in order: the tests' listener. */
final class Collected implements SourceListener {

    final List<SourceRecord> records = new ArrayList<>();
    final List<SkippedEntry> skipped = new ArrayList<>();

    static Collected read(ArticleSource source) throws IOException, InterruptedException {
        Collected c = new Collected();
        source.read(c);
        return c;
    }

    @Override
    public void article(SourceRecord record) {
        records.add(record);
    }

    @Override
    public void skipped(SkippedEntry entry) {
        skipped.add(entry);
    }

    List<String> entries() {
        return records.stream().map(SourceRecord::entry).toList();
    }

    List<String> skippedEntries() {
        return skipped.stream().map(SkippedEntry::entry).toList();
    }

    static String text(SourceRecord r) {
        return new String(r.value(), StandardCharsets.UTF_8);
    }

    /** Limits as the defaults, with articles of at most {@code maxArticleBytes}. */
    static SourceLimits limits(int maxArticleBytes) {
        return new SourceLimits(maxArticleBytes, dev.newsline.ingest.limit.InputLimits.MAX_ARCHIVE_EXPANDED_BYTES,
                dev.newsline.ingest.limit.InputLimits.MAX_COMPRESSION_RATIO,
                dev.newsline.ingest.limit.InputLimits.RATIO_GRACE_BYTES, 1000);
    }

    static final SourceLimits DEFAULTS = limits(512 * 1024);
}
