package dev.newsline.ingest.source;

import java.io.IOException;
import java.io.InputStream;
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
final class WarcSource implements ArticleSource {

    private final Path file;
    private final boolean gzip;
    private final SourceLimits limits;

    WarcSource(Path file, boolean gzip, SourceLimits limits) {
        this.file = file;
        this.gzip = gzip;
        this.limits = limits;
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public void read(SourceListener listener) throws IOException, InterruptedException {
        String input = file.toAbsolutePath().normalize().toString();
        long ordinal = -1;
        // Decompressed here rather than by jwarc, so that the expansion limits hold for WARC.gz too.
        try (ExpansionGuard in = CompressedInput.open(file, gzip, limits);
             WarcReader reader = new WarcReader(in)) {
            Optional<WarcRecord> next;
            while ((next = reader.next()).isPresent()) {
                ordinal++;
                WarcRecord record = next.get();
                if (!(record instanceof WarcResponse response)) {
                    listener.skipped(SkippedEntry.skipped(input, ordinal, record.type(), -1,
                            "a WARC " + record.type() + " record, not a response"));
                    continue;
                }
                read(input, ordinal, response, listener);
            }
        } catch (ExpansionLimitException e) {
            listener.skipped(SkippedEntry.skipped(input, -1, name(), -1, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            IOException cause = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            listener.skipped(SkippedEntry.failed(input, -1, name(), CompressedInput.cut((ordinal + 1) + " WARC records", cause)));
        }
    }

    private void read(String input, long ordinal, WarcResponse response, SourceListener listener)
            throws IOException, InterruptedException {
        String uri = response.target();
        HttpResponse http = response.http();
        Optional<String> type = http.headers().first("Content-Type");
        if (http.status() != 200) {
            listener.skipped(SkippedEntry.skipped(input, ordinal, uri, -1, "HTTP status " + http.status() + ", not a page"));
            return;
        }
        if (type.isEmpty() || !isHtml(type.get())) {
            listener.skipped(SkippedEntry.skipped(input, ordinal, uri, -1,
                    "not an HTML response (Content-Type " + type.orElse("missing") + ")"));
            return;
        }
        byte[] value;
        try (InputStream body = http.bodyDecoded().stream()) {
            value = ArchiveEntries.readAtMost(body, limits.maxArticleBytes());
        }
        if (value == null) {
            listener.skipped(SkippedEntry.skipped(input, ordinal, uri, -1, limits.tooLarge(limits.maxArticleBytes() + 1L)));
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(RawArticleProducer.SOURCE, name());
        headers.put(RawArticleProducer.URL, uri);
        headers.put(RawArticleProducer.CONTENT_TYPE, type.get());
        listener.article(new SourceRecord(input, ordinal, uri, uri, value, headers,
                Math.max(0, response.date().toEpochMilli())));
    }

    private static boolean isHtml(String contentType) {
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }
}
