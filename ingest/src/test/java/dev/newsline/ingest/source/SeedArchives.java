package dev.newsline.ingest.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsline.ingest.serde.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Archives built by tests from the project's own {@code seeds/} (never from {@code ../shared}): a zip and a
 * tar.gz of the seed files, JSON Lines of articles made from them, a WARC of HTML pages made from them.
 */
public final class SeedArchives {

    /** The WARC-Date of every page {@link #warc} writes. */
    public static final Instant WARC_DATE = Instant.parse("2025-05-06T07:08:09Z");

    private SeedArchives() {
    }

    /** The project's seeds folder. */
    public static Path seedsFolder() {
        return Path.of(System.getProperty("newsline.repo.root", ".."), "seeds");
    }

    /** Every seed article file, in name order, with its path inside {@code seeds/}. */
    public static List<Seed> seeds() throws IOException {
        Path root = seedsFolder();
        List<Seed> seeds = new java.util.ArrayList<>();
        for (ArticleFile f : ArticleFiles.collect(List.of(root))) {
            seeds.add(new Seed(root.relativize(f.path()).toString().replace('\\', '/'), f.read()));
        }
        return seeds;
    }

    /** A seed file: its path inside {@code seeds/} and its bytes. */
    public record Seed(String path, byte[] bytes) {

        /** The seed's text as a page title and paragraphs: first non-blank line, then the rest. */
        String[] titleAndBody() {
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            int nl = text.indexOf('\n');
            return nl < 0 ? new String[] {text, text} : new String[] {text.substring(0, nl).strip(), text.substring(nl + 1).strip()};
        }
    }

    /** A zip of every seed file under its path. */
    public static Path zip(Path out) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Seed seed : seeds()) {
                zip.putArchiveEntry(new ZipArchiveEntry(seed.path()));
                zip.write(seed.bytes());
                zip.closeArchiveEntry();
            }
        }
        return out;
    }

    /** A tar.gz of every seed file under its path. */
    public static Path tarGz(Path out) throws IOException {
        try (OutputStream file = Files.newOutputStream(out);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(file))) {
            for (Seed seed : seeds()) {
                TarArchiveEntry entry = new TarArchiveEntry(seed.path());
                entry.setSize(seed.bytes().length);
                tar.putArchiveEntry(entry);
                tar.write(seed.bytes());
                tar.closeArchiveEntry();
            }
        }
        return out;
    }

    /**
     * JSON Lines of {@code count} articles made from the text seeds in turn, with ids {@code prefix-n} and
     * {@code published_at} one minute apart from 2025-01-01; gzipped when the name ends in {@code .gz}.
     */
    public static Path jsonLines(Path out, String prefix, int count) throws IOException {
        List<Seed> texts = seeds().stream().filter(s -> s.path().endsWith(".txt")).toList();
        OutputStream file = Files.newOutputStream(out);
        try (OutputStream o = out.toString().endsWith(".gz") ? new GZIPOutputStream(file) : file) {
            for (int n = 0; n < count; n++) {
                o.write(jsonArticle(prefix + "-" + n, texts.get(n % texts.size()), n).getBytes(StandardCharsets.UTF_8));
                o.write('\n');
            }
        }
        return out;
    }

    /** One JSON article object on one line, from a seed; the n-th copy of a seed gets a numbered title. */
    public static String jsonArticle(String id, Seed seed, int n) {
        String[] tb = seed.titleAndBody();
        ObjectNode node = JsonMapper.get().createObjectNode();
        node.put("id", id);
        node.put("title", n < 15 ? tb[0] : tb[0] + " (" + n + ")");
        node.put("body", tb[1]);
        node.put("published_at", Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * n).toString());
        return node.toString();
    }

    /** The URI {@link #warc} gives the page made from {@code seed}. */
    public static String uriOf(Seed seed) {
        return "https://news.example.org/" + seed.path().replace(".txt", ".html");
    }

    /**
     * A WARC (gzipped per record when the name ends in {@code .gz}), written with jwarc: one HTML response per
     * text seed ({@code text/html; charset=utf-8}), then a plain-text response and a 404 page, which a reader
     * must skip.
     */
    public static Path warc(Path out) throws IOException {
        WarcCompression compression = out.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            for (Seed seed : seeds()) {
                if (!seed.path().endsWith(".txt")) {
                    continue;
                }
                writer.write(response(uriOf(seed), 200, "text/html; charset=utf-8", page(seed)));
            }
            writer.write(response("https://news.example.org/robots.txt", 200, "text/plain", "User-agent: *".getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://news.example.org/gone.html", 404, "text/html", "<html>gone</html>".getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** An HTML page with the seed's title and its body as paragraphs. */
    public static byte[] page(Seed seed) {
        String[] tb = seed.titleAndBody();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(tb[0]).append("</title></head><body><article><h1>").append(tb[0]).append("</h1>");
        for (String para : tb[1].split("\n\\s*\n")) {
            html.append("<p>").append(para.strip()).append("</p>");
        }
        return html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A WARC response record for an HTTP response with {@code body}. */
    public static WarcResponse response(String uri, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body)
                .setHeader("Content-Type", contentType) // verbatim, as a server sent it (the builder normalizes)
                .build();
        return new WarcResponse.Builder(URI.create(uri)).date(WARC_DATE).body(http).build();
    }
}
