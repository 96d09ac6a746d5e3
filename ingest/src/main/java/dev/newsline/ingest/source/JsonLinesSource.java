package dev.newsline.ingest.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON Lines file ({@code .jsonl}, gzip allowed): one JSON article object per line, each sent as its own
 * record, declared {@code application/json}. A line that is not a JSON article is still sent, so that the
 * pipeline rejects it with its reason and its bytes while the other lines go through; a line longer than
 * an article may be is skipped without being held in memory.
 */
record JsonLinesSource(Path file, boolean gzip, SourceLimits limits) implements FileInput {

    @Override
    public void read(SourceListener listener) throws IOException, InterruptedException {
        String input = input();
        long mtime = Files.getLastModifiedTime(file).toMillis();
        long line = 0;
        long ordinal = -1; // counts the lines that are reported (not blank ones), so a checkpoint's marks have no gaps
        long size = Files.size(file);
        try (ExpansionGuard guarded = CompressedInput.open(file, gzip, limits);
             InputStream in = new BufferedInputStream(guarded, 64 * 1024)) {
            Line next;
            while ((next = readLine(in)) != null) {
                line++;
                if ((line & 0xff) == 0) {
                    listener.position(input, guarded.compressedBytes(), size);
                }
                String entry = name() + ":" + line;
                if (next.length() > limits.maxArticleBytes()) {
                    listener.skipped(SkippedEntry.skipped(input, ++ordinal, entry, next.length(), limits.tooLarge(next.length())));
                } else if (!next.blank()) {
                    listener.article(record(input, ++ordinal, entry, next.bytes(), mtime));
                }
            }
        } catch (ExpansionLimitException e) {
            listener.skipped(SkippedEntry.skipped(input, -1, name(), -1, e.getMessage()));
        } catch (IOException e) {
            listener.skipped(SkippedEntry.failed(input, -1, name(), CompressedInput.cut("line " + line, e)));
        }
    }

    private SourceRecord record(String input, long ordinal, String entry, byte[] value, long mtime) {
        ArticleMetadata meta = ArticleMetadata.ofJson(value);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(RawArticleProducer.SOURCE, name());
        headers.put(RawArticleProducer.FILENAME, entry);
        headers.put(RawArticleProducer.CONTENT_TYPE, ArticleMetadata.JSON);
        return new SourceRecord(input, ordinal, entry, meta.idOr(entry), value, headers, meta.timeOr(mtime));
    }

    /**
     * One line without its end ({@code \n} or {@code \r\n}); null at the end of the input. A line longer than
     * an article may be is read to its end but not kept: only its length is.
     *
     * @throws IOException also when the input ends inside a line (a cut file): that part-line is never sent
     */
    private Line readLine(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        long length = 0;
        boolean blank = true;
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            length++;
            if (length <= limits.maxArticleBytes() + 1L) {
                buf.write(b);
            }
            blank &= b == ' ' || b == '\t' || b == '\r';
        }
        if (b < 0 && length == 0) {
            return null;
        }
        byte[] bytes = buf.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r' && length <= limits.maxArticleBytes()) {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
            length--;
        }
        return new Line(bytes, length, blank);
    }

    private record Line(byte[] bytes, long length, boolean blank) {
    }
}
