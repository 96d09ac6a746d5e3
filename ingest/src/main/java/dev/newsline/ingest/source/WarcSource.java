package dev.newsline.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC or WARC.gz file (jwarc), such as Common Crawl's CC-NEWS: each HTML {@code response} record is an
 * article, sent as its HTTP payload with the target URI as key and {@code url} header, the HTTP
 * Content-Type verbatim (its charset is the reader's first clue) and the WARC-Date as timestamp. Other
 * records (warcinfo, request, metadata, non-HTML or non-200 responses) are skipped with the reason.
 */
record WarcSource(Path file, boolean gzip, SourceLimits limits) implements FileInput {

    @Override
    public void read(SourceListener listener) throws IOException, InterruptedException {
        String input = input();
        long ordinal = -1;
        long whole = 0;
        long size = Files.size(file);
        // Decompressed here rather than by jwarc, so that the expansion limits hold for WARC.gz too.
        try (ExpansionGuard in = CompressedInput.open(file, gzip, limits);
             WarcReader reader = new WarcReader(in)) {
            while (true) {
                Entry entry;
                try {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        return;
                    }
                    ordinal++;
                    listener.position(input, in.compressedBytes(), size);
                    entry = entry(input, ordinal, next.get());
                    whole++;
                } catch (ExpansionLimitException e) {
                    listener.skipped(SkippedEntry.skipped(input, -1, name(), -1, e.getMessage()));
                    return;
                } catch (IOException | RuntimeException e) { // jwarc reports some damage unchecked
                    IOException cause = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                    listener.skipped(SkippedEntry.failed(input, -1, name(),
                            CompressedInput.cut(whole + " WARC records", cause)));
                    return;
                }
                // Outside the try: what the listener throws (the broker gone) is not damage in the file.
                if (entry.record() != null) {
                    listener.article(entry.record());
                } else {
                    listener.skipped(entry.skipped());
                }
            }
        }
    }

    /** A record read whole: an article, or why it is not one. */
    private record Entry(SourceRecord record, SkippedEntry skipped) {
    }

    private Entry entry(String input, long ordinal, WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return new Entry(null, SkippedEntry.skipped(input, ordinal, record.type(), -1,
                    "a WARC " + record.type() + " record, not a response"));
        }
        return read(input, ordinal, response);
    }

    private Entry read(String input, long ordinal, WarcResponse response) throws IOException {
        String uri = response.target();
        HttpResponse http = response.http();
        Optional<String> type = http.headers().first("Content-Type");
        if (http.status() != 200) {
            return new Entry(null, SkippedEntry.skipped(input, ordinal, uri, -1, "HTTP status " + http.status() + ", not a page"));
        }
        if (type.isEmpty() || !isHtml(type.get())) {
            return new Entry(null, SkippedEntry.skipped(input, ordinal, uri, -1,
                    "not an HTML response (Content-Type " + type.orElse("missing") + ")"));
        }
        byte[] value;
        try (InputStream body = http.bodyDecoded().stream()) {
            value = ArchiveEntries.readAtMost(body, limits.maxArticleBytes());
        }
        if (value == null) {
            return new Entry(null, SkippedEntry.skipped(input, ordinal, uri, -1, limits.tooLarge(limits.maxArticleBytes() + 1L)));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(RawArticleProducer.SOURCE, name());
        headers.put(RawArticleProducer.URL, uri);
        headers.put(RawArticleProducer.CONTENT_TYPE, type.get());
        return new Entry(new SourceRecord(input, ordinal, uri, uri, value, headers,
                Math.max(0, response.date().toEpochMilli())), null);
    }

    private static boolean isHtml(String contentType) {
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }
}
