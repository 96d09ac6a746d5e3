package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchWireProbeTest {
    @Test
    void dump() throws Exception {
        Set<String> ids = new HashSet<>(Arrays.asList(System.getProperty("probe.ids", "").split(",")));
        StringBuilder out = new StringBuilder();
        for (String set : System.getProperty("probe.sets", "country-wire-9.tsv,country-wire-ml6.tsv,country-wire-arfa.tsv").split(",")) {
            for (LabelledArticle a : LabelledArticles.wire("/eval/" + set)) {
                if (!ids.contains(a.id()) && !ids.contains("ALL")) continue;
                List<CountryTag> tags = Articles.TAGGER.tag(Articles.input(a.title(), a.body(), a.language(), a.sourceCountry()));
                out.append("=== ").append(a.id()).append(" gold=").append(a.primary()).append(" got=").append(Articles.primary(tags)).append('\n');
                for (CountryTag t : tags) {
                    out.append(String.format("  %s %s %.2f :", t.primary() ? "*" : " ", t.code(), t.score()));
                    for (Mention m : t.mentions()) out.append(' ').append(m.text()).append('/').append(m.kind()).append('@').append(m.field().charAt(0)).append(m.start());
                    out.append('\n');
                }
            }
        }
        Files.writeString(Path.of("/tmp/x/probe.txt"), out);
    }
}
