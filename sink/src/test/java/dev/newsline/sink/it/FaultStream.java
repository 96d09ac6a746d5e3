package dev.newsline.sink.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.source.ArticleFile;
import dev.newsline.ingest.source.ArticleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The raw records the fault ITs stream: mostly distinct generated articles (new ids and texts, so they reach
 * news.enriched), with the repo's seeds/ files cycled through (each a news.enriched record the first time,
 * an exact duplicate after), re-deliveries of an earlier id (news.duplicates) and empty records
 * (news.rejected): every output topic gets its share.
 */
final class FaultStream {

    private static final String[] WORDS = ("harbour council river bridge ministry farmers election budget "
            + "storm festival museum railway tender drought vaccine courthouse stadium reservoir factory "
            + "airport orchestra village mayor senate protest harvest wildfire treaty ferry market pension "
            + "cathedral satellite glacier highway tunnel refinery university hospital embassy lighthouse "
            + "copper wheat cobalt salmon timber coffee cotton lithium rainfall inflation tariff subsidy "
            + "volunteers engineers nurses teachers pilots miners fishermen students judges auditors "
            + "announced approved delayed reopened expanded rejected postponed inspected repaired funded "
            + "northern coastal eastern rural upland southern western island border central "
            + "quietly sharply early late again briefly nearly").split(" ");

    private static final Instant DAY = Instant.parse("2024-09-01T00:00:00Z");

    private FaultStream() {
    }

    /** {@code n} raw records; ids start with {@code run}, so two runs never share one. */
    static List<byte[]> records(String run, int n) {
        List<byte[]> seeds = seeds();
        Random random = new Random(run.hashCode());
        List<byte[]> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i % 20 == 5) {
                records.add(new byte[0]);
            } else if (i % 10 == 3) {
                records.add(seeds.get((i / 10) % seeds.size()));
            } else if (i % 10 == 7) {
                records.add(records.get(i - 1));
            } else {
                records.add(article(run + "-" + i, random, DAY.plusSeconds(60L * i)));
            }
        }
        return records;
    }

    /** One more distinct article, to send after a fault: its id is {@code id}. */
    static byte[] article(String id) {
        return article(id, new Random(id.hashCode()), DAY);
    }

    private static byte[] article(String id, Random random, Instant published) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            List<String> sentences = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                sentences.add(sentence(random, 8 + random.nextInt(7)) + ".");
            }
            paragraphs.add(String.join(" ", sentences));
        }
        ObjectNode o = JsonMapper.get().createObjectNode();
        o.put("id", id).put("title", sentence(random, 6)).put("body", String.join("\n\n", paragraphs))
                .put("published_at", published.toString());
        try {
            return JsonMapper.get().writeValueAsBytes(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return sb.toString();
    }

    private static List<byte[]> seeds() {
        try {
            List<ArticleFile> files = ArticleFiles.collect(List.of(Path.of(System.getProperty("newsline.repo.root", ".."),
                    "seeds")));
            if (files.isEmpty()) {
                throw new IllegalStateException("no files under the repository's seeds/ folder");
            }
            List<byte[]> bytes = new ArrayList<>(files.size());
            for (ArticleFile f : files) {
                bytes.add(f.read());
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
