package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchTextTest {
    @Test
    void dump() throws Exception {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("/tmp/x/texts.txt"))) {
            String[] c = line.split("\\|", 3);
            List<CountryTag> tags = Articles.TAGGER.tag(Articles.input(c[1], c[2], c[0]));
            out.append("=== ").append(c[1]).append('\n');
            for (CountryTag t : tags) {
                out.append(String.format("  %s %s %.2f :", t.primary() ? "*" : " ", t.code(), t.score()));
                for (Mention m : t.mentions()) out.append(' ').append(m.text()).append('/').append(m.kind()).append('@').append(m.field().charAt(0)).append(m.start());
                out.append('\n');
            }
        }
        Files.writeString(Path.of("/tmp/x/texts.out"), out);
    }
}
