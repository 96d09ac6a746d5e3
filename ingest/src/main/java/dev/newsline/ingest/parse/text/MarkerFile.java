package dev.newsline.ingest.parse.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sectioned word list on the class path: "# comments", "[section]" headers, one entry per line. */
public final class MarkerFile {

    private final Map<String, List<String>> sections;

    private MarkerFile(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    /** Loads {@code resource} (absolute class-path name); a missing file is a packaging bug, so it fails loudly. */
    public static MarkerFile load(String resource) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = MarkerFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = sections.computeIfAbsent("", k -> new ArrayList<>());
            for (String line; (line = reader.readLine()) != null; ) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1), k -> new ArrayList<>());
                } else {
                    current.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MarkerFile(sections);
    }

    /** The entries of {@code section} in file order (empty when absent). */
    public List<String> section(String section) {
        return List.copyOf(sections.getOrDefault(section, List.of()));
    }

    /** The entries of {@code section}, folded with {@link MarkerText#fold}. */
    public List<String> foldedSection(String section) {
        return section(section).stream().map(MarkerText::fold).toList();
    }
}
