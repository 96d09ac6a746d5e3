package dev.newsline.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The formats a source reads, told apart by magic bytes (zip, gzip, WARC, tar; for gzip, the magic of what
 * it holds) and, for what has none (JSON Lines), by the extension. Anything else is one plain article.
 */
public enum SourceFormat {
    PLAIN, ZIP, TAR, TAR_GZ, JSONL, JSONL_GZ, WARC, WARC_GZ;

    private static final int PEEK = 512;

    /** The format of {@code file}, reading at most its first bytes (and the first bytes they expand to). */
    public static SourceFormat of(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PEEK);
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4}) || startsWith(head, new byte[] {'P', 'K', 5, 6})) {
            return ZIP;
        }
        if (startsWith(head, new byte[] {(byte) 0x1f, (byte) 0x8b})) {
            return ofGzip(file, name);
        }
        if (startsWith(head, "WARC/".getBytes(StandardCharsets.US_ASCII))) {
            return WARC;
        }
        if (isTar(head) || name.endsWith(".tar")) {
            return TAR;
        }
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? JSONL : PLAIN;
    }

    private static SourceFormat ofGzip(Path file, String name) {
        byte[] inner;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            inner = in.readNBytes(PEEK);
        } catch (IOException e) {
            inner = new byte[0]; // cut or damaged: the name decides, and the source reports the damage
        }
        if (startsWith(inner, "WARC/".getBytes(StandardCharsets.US_ASCII)) || name.endsWith(".warc.gz")) {
            return WARC_GZ;
        }
        if (isTar(inner) || name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return TAR_GZ;
        }
        boolean object = inner.length > 0 && inner[0] == '{';
        return object || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz") ? JSONL_GZ : PLAIN;
    }

    private static boolean isTar(byte[] head) {
        return head.length >= 262 && Arrays.equals(head, 257, 262, "ustar".getBytes(StandardCharsets.US_ASCII), 0, 5);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** A source reading {@code file} in this format; {@code path} names a plain file ({@code filename} header). */
    ArticleSource open(Path file, String path, SourceLimits limits) {
        return switch (this) {
            case PLAIN -> new FileSource(file, path, limits);
            case ZIP -> new ZipSource(file, limits);
            case TAR -> new TarSource(file, false, limits);
            case TAR_GZ -> new TarSource(file, true, limits);
            case JSONL -> new JsonLinesSource(file, false, limits);
            case JSONL_GZ -> new JsonLinesSource(file, true, limits);
            case WARC -> new WarcSource(file, false, limits);
            case WARC_GZ -> new WarcSource(file, true, limits);
        };
    }
}
