package dev.newsline.enrich.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.newsline.ingest.source.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The fast breaker must find exactly the words ICU finds wherever it claims to cover the text. */
class AlphabeticWordBreakerTest {

    private final BreakIterator icu = BreakIterator.getWordInstance(ULocale.ROOT);

    @Test
    void agreesWithIcuForEveryFoldedCharacterInEveryContext() {
        List<String> disagreements = new ArrayList<>();
        String[] contexts = {"%s", "ab%scd", "12%s34", "ab%s12", "12%sab", "a%s", "%sa", "1%s", "%s1", "%s%s",
                "ab%s%scd", "س%sم", "۱%s", "_%s_", "a %s b"};
        for (int c = 0; c < 0x10000; c++) {
            if (CodePointFolder.lookup((char) c) != c) {
                continue; // never in folded text: folding turns it into something else or drops it
            }
            String ch = String.valueOf((char) c);
            for (String context : contexts) {
                String text = context.replace("%s", ch);
                char[] chars = text.toCharArray();
                if (AlphabeticWordBreaker.covers(chars, chars.length) && !fast(text).equals(icu(text))) {
                    disagreements.add(String.format("U+%04X in \"%s\": fast %s, ICU %s", c, context, fast(text),
                            icu(text)));
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void agreesWithIcuOnRandomMixesOfJoiners() {
        String alphabet = "ab12س۱.,:;'’·_ -";
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12) + 1; k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String folded = text.toString().replace('۱', '1'); // as folding leaves it
            assertThat(fast(folded)).as(folded).isEqualTo(icu(folded));
        }
    }

    @Test
    void agreesWithIcuOnFoldedRealArticles() throws IOException {
        Optional<Path> corpus = SharedFolder.locate("corpus");
        Assumptions.assumeTrue(corpus.isPresent(), "../shared/corpus is absent: real-text agreement check skipped");
        MatchFormNormalizer normalizer = new MatchFormNormalizer();
        int covered = 0;
        try (Stream<Path> files = Files.walk(corpus.get(), 2)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(2000).toList()) {
                // The folded string keeps only words; rebuild a folded text with the punctuation kept.
                String folded = foldKeepingPunctuation(normalizer, Files.readString(file));
                char[] chars = folded.toCharArray();
                if (AlphabeticWordBreaker.covers(chars, chars.length)) {
                    covered++;
                    assertThat(fast(folded)).as(file.getFileName().toString()).isEqualTo(icu(folded));
                }
            }
        }
        assertThat(covered).isGreaterThan(1900);
    }

    /** Folds char by char as the normalizer does, without segmenting, so punctuation and spaces stay. */
    private static String foldKeepingPunctuation(MatchFormNormalizer normalizer, String text) {
        StringBuilder out = new StringBuilder(text.length());
        CodePointFolder.Scratch scratch = new CodePointFolder.Scratch();
        text.codePoints().forEach(cp -> CodePointFolder.fold(cp, scratch, out));
        return out.toString();
    }

    private static List<String> fast(String text) {
        List<String> words = new ArrayList<>();
        AlphabeticWordBreaker.words(text.toCharArray(), text.length(), (s, e) -> words.add(text.substring(s, e)));
        return words;
    }

    private List<String> icu(String text) {
        List<String> words = new ArrayList<>();
        icu.setText(text);
        int start = icu.first();
        for (int end = icu.next(); end != BreakIterator.DONE; start = end, end = icu.next()) {
            if (icu.getRuleStatus() != BreakIterator.WORD_NONE) {
                words.add(text.substring(start, end));
            }
        }
        return words;
    }
}
