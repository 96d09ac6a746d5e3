package dev.newsline.enrich.tag.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code topics/rules/<language>.rules}. A rule line is
 * {@code <topic> <weight> term | term ... [& term | term]... [! term | term]}; {@code #} starts a comment line.
 */
public final class RuleFileLoader {

    /** Languages with a bundled rule file. */
    public static final List<String> LANGUAGES = List.of("ar", "fa", "ur", "en", "fr", "de", "es", "ru", "tr");

    private final TopicTaxonomy taxonomy;

    public RuleFileLoader(TopicTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The rules for {@code language}, or empty when there is no rule file for it. */
    public Optional<List<TopicRule>> load(String language) {
        String resource = "/topics/rules/" + language + ".rules";
        try (InputStream in = RuleFileLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<TopicRule> rules = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                rules.add(parse(trimmed, language + ".rules:" + n));
            }
            return Optional.of(List.copyOf(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TopicRule parse(String line, String source) {
        String[] head = line.split("\\s+", 3);
        if (head.length < 3) {
            throw new IllegalArgumentException(source + ": expected '<topic> <weight> terms'");
        }
        String topic = head[0];
        if (taxonomy.bySlug(topic).isEmpty()) {
            throw new IllegalArgumentException(source + ": unknown topic " + topic);
        }
        double weight;
        try {
            weight = Double.parseDouble(head[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": bad weight " + head[1]);
        }
        List<String> terms = null;
        List<List<String>> allOf = new ArrayList<>();
        List<String> noneOf = new ArrayList<>();
        // Split on the operators while keeping them, so "a | b & c ! d" reads left to right.
        for (String part : head[2].split("(?=[&!])")) {
            String p = part.strip();
            if (p.startsWith("&")) {
                allOf.add(alternatives(p.substring(1), source));
            } else if (p.startsWith("!")) {
                noneOf.addAll(alternatives(p.substring(1), source));
            } else if (terms == null) {
                terms = alternatives(p, source);
            } else {
                throw new IllegalArgumentException(source + ": terms must come before & and ! groups");
            }
        }
        if (terms == null || terms.isEmpty()) {
            throw new IllegalArgumentException(source + ": no terms");
        }
        return new TopicRule(topic, weight, terms, allOf, noneOf, source);
    }

    private static List<String> alternatives(String text, String source) {
        List<String> out = Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (out.isEmpty()) {
            throw new IllegalArgumentException(source + ": empty group");
        }
        return out;
    }
}
