package dev.newsline.enrich.tag.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The IPTC Media Topics Newsline tags with, read from {@code topics/iptc-media-topics.tsv}. */
public final class TopicTaxonomy {

    /** One IPTC Media Topic: code, Newsline slug, English label, parent slug (null at the top level). */
    public record Topic(String code, String slug, String name, String parent) {

        public boolean topLevel() {
            return parent == null;
        }
    }

    static final String RESOURCE = "/topics/iptc-media-topics.tsv";

    private final Map<String, Topic> bySlug;

    private TopicTaxonomy(Map<String, Topic> bySlug) {
        this.bySlug = Map.copyOf(bySlug);
    }

    /** The taxonomy bundled with Newsline. */
    public static TopicTaxonomy load() {
        try (InputStream in = TopicTaxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Topic> topics = new LinkedHashMap<>();
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 4) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected 4 tab-separated columns");
                }
                String parent = cols[3].equals("-") ? null : cols[3];
                topics.put(cols[1], new Topic(cols[0], cols[1], cols[2], parent));
            }
            for (Topic t : topics.values()) {
                if (t.parent() != null && !topics.containsKey(t.parent())) {
                    throw new IllegalStateException(RESOURCE + ": unknown parent " + t.parent() + " of " + t.slug());
                }
            }
            return new TopicTaxonomy(topics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Topic> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public Collection<Topic> topics() {
        return bySlug.values();
    }
}
