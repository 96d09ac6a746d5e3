package dev.newsline.sink.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.source.SharedFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Raw JSON articles for the dedup ITs: real articles (../shared, read at test time) or a few literal ones,
 * each with rewrites of the kinds dedup must catch; and the cluster arithmetic to check the outputs.
 */
final class DedupCorpus {

    /** One raw record to send: its id, the story (source) it belongs to, and its JSON bytes. */
    record RawArticle(String id, String story, byte[] json) {
    }

    private static final Instant DAY = Instant.parse("2024-03-01T00:00:00Z");

    private DedupCorpus() {
    }

    /** {@code n} stories, each an original and four rewrites (exact copy, digits+letters, new attribution, paragraph). */
    static List<RawArticle> stories(int n) {
        List<String[]> texts = texts(n);
        List<RawArticle> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String title = texts.get(i)[0];
            List<String> ps = List.of(Arrays.copyOfRange(texts.get(i), 1, texts.get(i).length));
            String story = "s" + i;
            Instant t = DAY.plusSeconds(600L * i);
            out.add(json(story, story, title, String.join("\n\n", ps), t));
            out.add(json(story + "-copy", story, title, String.join("\n\n", ps), t.plusSeconds(60)));
            out.add(json(story + "-forms", story, forms(title), forms(String.join("\n\n", ps)), t.plusSeconds(120)));
            List<String> attributed = new ArrayList<>(ps);
            attributed.set(0, "به گزارش خبرگزاری ایسنا، " + ps.get(0));
            out.add(json(story + "-credit", story, title, String.join("\n\n", attributed), t.plusSeconds(180)));
            List<String> cut = new ArrayList<>(ps);
            if (cut.size() >= 4) { // the shortest paragraph after the lead: one paragraph, not half the text
                cut.remove(cut.indexOf(cut.subList(1, cut.size()).stream()
                        .min(java.util.Comparator.comparingInt(String::length)).orElseThrow()));
            } else {
                cut.add("این خبر تکمیل می شود و جزئیات بیشتر به زودی منتشر خواهد شد.");
            }
            out.add(json(story + "-cut", story, title, String.join("\n\n", cut), t.plusSeconds(240)));
        }
        return out;
    }

    private static RawArticle json(String id, String story, String title, String body, Instant published) {
        ObjectNode o = JsonMapper.get().createObjectNode();
        o.put("id", id).put("title", title).put("body", body).put("published_at", published.toString());
        try {
            return new RawArticle(id, story, JsonMapper.get().writeValueAsBytes(o));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String forms(String t) {
        StringBuilder sb = new StringBuilder();
        t.codePoints().forEach(c -> sb.appendCodePoint(c >= '0' && c <= '9' ? '۰' + (c - '0')
                : c >= '۰' && c <= '۹' ? '0' + (c - '۰') : c == 'ی' ? 'ي' : c == 'ک' ? 'ك' : c == '\u200C' ? ' ' : c));
        return sb.toString();
    }

    private static List<String[]> texts(int n) {
        List<String[]> out = new ArrayList<>();
        SharedFolder.locate("corpus/fa-farsnews").ifPresent(dir -> {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(n).toList()) {
                    String[] lines = Arrays.stream(Files.readString(f, StandardCharsets.UTF_8).split("\\R"))
                            .map(String::strip).filter(l -> !l.isEmpty()).toArray(String[]::new);
                    if (lines.length >= 2 && String.join(" ", lines).length() > 300) {
                        out.add(lines);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (out.isEmpty()) {
            System.out.println("DedupCorpus: ../shared/corpus not found: using three literal stories");
            out.add(new String[] {"بارش شدید باران در شمال کشور",
                    "سازمان هواشناسی اعلام کرد که بارش شدید باران در استان های گیلان و مازندران تا پایان هفته ادامه دارد.",
                    "به گفته کارشناسان، احتمال وقوع سیلاب در مناطق کوهستانی زیاد است و نیروهای امدادی در حالت آماده باش قرار دارند.",
                    "مردم باید از سفرهای غیرضروری به مناطق شمالی در روزهای ۲۰ و ۲۱ اسفند خودداری کنند."});
            out.add(new String[] {"افزایش قیمت نان در استان تهران از هفته آینده",
                    "رئیس اتحادیه نانوایان استان تهران گفت قیمت نان از هفته آینده به میزان ۱۵ درصد افزایش می یابد.",
                    "او افزود این افزایش با توجه به بالا رفتن هزینه آرد و دستمزد کارگران تصویب شده است.",
                    "نانوایانی که قیمت ها را بیش از نرخ مصوب افزایش دهند با جریمه روبه رو خواهند شد."});
            out.add(new String[] {"گشایش نمایشگاه بین المللی کتاب با حضور ناشران خارجی",
                    "سی و پنجمین نمایشگاه بین المللی کتاب تهران امروز با حضور بیش از ۲۰۰۰ ناشر داخلی و خارجی گشایش یافت.",
                    "مدیر نمایشگاه گفت امسال بخش ویژه ای برای کتاب های کودک و نوجوان در نظر گرفته شده است.",
                    "نمایشگاه تا ده روز آینده از ساعت ۹ صبح تا ۸ شب پذیرای بازدیدکنندگان خواهد بود."});
        }
        return out;
    }

    /** Ids grouped into clusters by the duplicate_of links on news.duplicates (union–find). */
    static Map<String, Set<String>> clusters(List<JsonNode> enriched, List<JsonNode> duplicates) {
        Map<String, String> parent = new HashMap<>();
        enriched.forEach(a -> parent.putIfAbsent(a.path("id").asText(), a.path("id").asText()));
        for (JsonNode d : duplicates) {
            String a = d.path("id").asText();
            String b = d.path("duplicate_of").asText();
            parent.putIfAbsent(a, a);
            parent.putIfAbsent(b, b);
            parent.put(find(parent, a), find(parent, b));
        }
        Map<String, Set<String>> out = new HashMap<>();
        parent.keySet().forEach(id -> out.computeIfAbsent(find(parent, id), k -> new HashSet<>()).add(id));
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) {
            x = parent.get(x);
        }
        return x;
    }

    /** The clusters as sets of ids (comparable across runs). */
    static Set<Set<String>> partition(Map<String, Set<String>> clusters) {
        return new HashSet<>(clusters.values());
    }
}
