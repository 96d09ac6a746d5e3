package dev.newsline.sink.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsline.ingest.serde.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds bench articles from {@link SentencePools}: JSON records with a unique id, a language drawn with weight
 * √(pool size) so small seed languages still appear, lengths from one sentence to dozens; about 5% exact
 * re-sends and 5% light rewrites (one sentence dropped or two words swapped) of earlier articles. Originals
 * are new sentence draws; a language with few sentences gets word draws from its vocabulary instead, so its
 * originals are not near-duplicates of each other by accident.
 */
public final class InputGenerator {

    private static final double RESEND_SHARE = 0.05;
    private static final double REWRITE_SHARE = 0.05;
    private static final int SMALL_POOL = 500;

    private final SentencePools pools;
    private final List<String> languages;
    private final double[] cumulativeWeights;

    public InputGenerator(SentencePools pools) {
        if (pools.byLanguage().isEmpty()) {
            throw new IllegalArgumentException("no sentences to build bench articles from");
        }
        this.pools = pools;
        this.languages = List.copyOf(pools.byLanguage().keySet());
        this.cumulativeWeights = new double[languages.size()];
        double sum = 0;
        for (int i = 0; i < languages.size(); i++) {
            sum += Math.sqrt(pools.byLanguage().get(languages.get(i)).size());
            cumulativeWeights[i] = sum;
        }
    }

    /** {@code count} records with ids {@code bench-<prefix>-<n>}, the same for the same {@code seed}. */
    public GeneratedInput generate(int count, String prefix, long seed) {
        Random random = new Random(seed);
        List<byte[]> values = new ArrayList<>(count);
        List<Article> originals = new ArrayList<>();
        Map<String, Integer> byLanguage = new LinkedHashMap<>();
        int resends = 0;
        int rewrites = 0;
        long bytes = 0;
        for (int n = 0; n < count; n++) {
            double r = random.nextDouble();
            byte[] value;
            if (!values.isEmpty() && r < RESEND_SHARE) {
                value = values.get(random.nextInt(values.size()));
                resends++;
            } else if (!originals.isEmpty() && r < RESEND_SHARE + REWRITE_SHARE) {
                Article source = originals.get(random.nextInt(originals.size()));
                value = json(prefix + "-" + n, rewrite(source, random));
                byLanguage.merge(source.language(), 1, Integer::sum);
                rewrites++;
            } else {
                Article article = original(random);
                originals.add(article);
                value = json(prefix + "-" + n, article);
                byLanguage.merge(article.language(), 1, Integer::sum);
            }
            bytes += value.length;
            values.add(value);
        }
        return new GeneratedInput(values, new InputMix(count - resends - rewrites, resends, rewrites, bytes, byLanguage));
    }

    private Article original(Random random) {
        String language = language(random);
        List<String> pool = pools.byLanguage().get(language);
        double length = random.nextDouble();
        int sentences = length < 0.3 ? 1 + random.nextInt(3) : length < 0.8 ? 5 + random.nextInt(6) : 20 + random.nextInt(21);
        List<String> body = new ArrayList<>(sentences);
        for (int i = 0; i < sentences; i++) {
            String real = pool.get(random.nextInt(pool.size()));
            body.add(pool.size() < SMALL_POOL ? wordDraw(pool, real, random) : real);
        }
        return new Article(language, body);
    }

    private String language(Random random) {
        double x = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (x < cumulativeWeights[i]) {
                return languages.get(i);
            }
        }
        return languages.get(languages.size() - 1);
    }

    /** A sentence as long as {@code shape}, of words drawn from the whole pool. */
    private static String wordDraw(List<String> pool, String shape, Random random) {
        int words = shape.split("\\s+").length;
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String[] from = pool.get(random.nextInt(pool.size())).split("\\s+");
            s.append(i == 0 ? "" : " ").append(from[random.nextInt(from.length)]);
        }
        return s.append('.').toString();
    }

    private static Article rewrite(Article source, Random random) {
        List<String> body = new ArrayList<>(source.sentences());
        if (body.size() > 3 && random.nextBoolean()) {
            body.remove(random.nextInt(body.size()));
        } else {
            int i = random.nextInt(body.size());
            String[] words = body.get(i).split(" ");
            if (words.length > 2) {
                int w = random.nextInt(words.length - 1);
                String t = words[w];
                words[w] = words[w + 1];
                words[w + 1] = t;
            }
            body.set(i, String.join(" ", words));
        }
        return new Article(source.language(), body);
    }

    private static byte[] json(String id, Article article) {
        ObjectNode node = JsonMapper.get().createObjectNode();
        node.put("id", "bench-" + id);
        node.put("source", "newsline-bench");
        String first = article.sentences().get(0);
        node.put("title", first.length() > 80 ? first.substring(0, 80) : first);
        node.put("body", String.join(" ", article.sentences()));
        try {
            return JsonMapper.get().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a generated article", e);
        }
    }

    private record Article(String language, List<String> sentences) {
    }
}
