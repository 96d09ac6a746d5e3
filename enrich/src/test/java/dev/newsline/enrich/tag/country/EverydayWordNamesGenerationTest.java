package dev.newsline.enrich.tag.country;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.source.SharedFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code everyday-word-names.tsv} is what the Hunspell dictionaries say of the GeoNames extract's town names: the
 * names (and the Russian case forms the gazetteer makes of them) each language's dictionary accepts written in lower
 * case, that is as an everyday word. Runs where the {@code hunspell} program, its dictionaries and ../shared/geonames
 * are present (on Debian: {@code apt-get install hunspell hunspell-en-us hunspell-fr hunspell-es hunspell-de-de
 * hunspell-tr hunspell-ru}); skipped elsewhere, CI included.
 */
class EverydayWordNamesGenerationTest {

    /** Language we read → the Hunspell dictionary that decides its words. */
    static final Map<String, String> DICTIONARIES = new TreeMap<>(Map.of("de", "de_DE", "en", "en_US", "es", "es_ES",
            "fr", "fr_FR", "ru", "ru_RU", "tr", "tr_TR"));

    private static final Path HUNSPELL_DIR = Path.of("/usr/share/hunspell");

    @Test
    void committedListIsWhatTheDictionariesSay() throws Exception {
        // Given the GeoNames extract and the dictionaries
        Optional<Path> geonames = SharedFolder.locate("geonames");
        Assumptions.assumeTrue(geonames.isPresent(), "../shared/geonames is absent: everyday-word-names.tsv not checked");
        Assumptions.assumeTrue(hunspellRuns() && DICTIONARIES.values().stream()
                        .allMatch(d -> Files.exists(HUNSPELL_DIR.resolve(d + ".dic"))),
                "hunspell or one of its dictionaries (" + DICTIONARIES.values() + ") is not installed:"
                        + " everyday-word-names.tsv not regenerated (it ships as is)");
        List<GeoNamesFiles.GeoName> names = GeoNamesFiles.read(geonames.get());
        // When each language's dictionary reads the names of its script
        StringBuilder out = new StringBuilder(header());
        out.append("lang\tword\n");
        for (Map.Entry<String, String> d : DICTIONARIES.entrySet()) {
            for (String word : accepted(d.getValue(), candidates(names, d.getKey()))) {
                out.append(d.getKey()).append('\t').append(word).append('\n');
            }
        }
        Path generated = Path.of("target", EverydayWordNames.FILE);
        Files.writeString(generated, out);
        // Then the shipped list is that one
        String shipped;
        try (InputStream in = getClass().getResourceAsStream(CuratedNames.DIR + EverydayWordNames.FILE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped).as("gazetteer/%s is stale: copy enrich/%s over it", EverydayWordNames.FILE, generated)
                .isEqualTo(out.toString());
    }

    /**
     * The one-word names written in a script the language reads ({@link GeoNamesFiles.GeoName#languages()}), in lower
     * case, with the Russian case forms of Cyrillic ones.
     */
    private static TreeSet<String> candidates(List<GeoNamesFiles.GeoName> names, String language) {
        Locale locale = Locale.forLanguageTag(language);
        TreeSet<String> out = new TreeSet<>();
        for (GeoNamesFiles.GeoName g : names) {
            String name = g.name();
            if (!g.languages().contains(language)
                    || !name.codePoints().allMatch(c -> Character.isLetter(c) || c == '\'')) {
                continue;
            }
            String lower = name.toLowerCase(locale);
            out.add(lower);
            if (language.equals("ru")) {
                RussianForms.of(lower).stream().filter(f -> f.codePoints().allMatch(Character::isLetter)).forEach(out::add);
            }
        }
        return out;
    }

    /** The words Hunspell's {@code -G} mode prints back: those the dictionary accepts as written. */
    private static TreeSet<String> accepted(String dictionary, TreeSet<String> words) throws Exception {
        Process p = new ProcessBuilder("hunspell", "-i", "UTF-8", "-d", HUNSPELL_DIR.resolve(dictionary).toString(), "-G")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = p.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try (OutputStream in = p.getOutputStream()) {
            in.write(String.join("\n", words).concat("\n").getBytes(StandardCharsets.UTF_8));
        }
        TreeSet<String> out = new TreeSet<>();
        for (String line : read.get().split("\n")) {
            // -G prints every accepted token of a line; keep whole candidates only
            if (words.contains(line.strip())) {
                out.add(line.strip());
            }
        }
        assertThat(p.waitFor()).as("hunspell -d " + dictionary).isZero();
        return out;
    }

    private static boolean hunspellRuns() {
        try {
            Process p = new ProcessBuilder("hunspell", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String header() {
        return """
                # Town names of the world gazetteer that are everyday words of a language we read (EverydayWordNames):
                # there, the name's capital letter shows a town only where a word would have none (not at a sentence's
                # start, not in a headline in title case, not inside a longer capitalized name), since Russian Игра
                # ("game") opens a sentence as Igra in Udmurtia would, and Golden State is no town called Golden.
                # Facts: which words each language has, from the Hunspell dictionaries of Debian 12 (hunspell-de-de,
                # hunspell-en-us, hunspell-es, hunspell-fr, hunspell-ru, hunspell-tr): a name of the GeoNames extract
                # (../shared/geonames, cities of 15,000 people and more with their alternate names), or a Russian case
                # form the gazetteer makes of a Cyrillic one (RussianForms), that the language's dictionary accepts in
                # lower case. Only one-word names of the language's script are checked. Generated, do not edit:
                # EverydayWordNamesGenerationTest writes enrich/target/everyday-word-names.tsv where hunspell is
                # installed and fails while this file differs. It applies to names only GeoNames gives; a curated or
                # CLDR name (Reading, Nice, Bath in stop-names.tsv) is decided by its own file.
                """;
    }
}
