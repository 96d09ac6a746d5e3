package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import dev.newsline.ingest.source.SharedFolder;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchArMissTest {
    @Test
    void dump() throws Exception {
        Path corpus = SharedFolder.locate("corpus").orElseThrow();
        String lang = System.getProperty("probe.lang", "ar");
        String sets = System.getProperty("probe.sets", "country-blind-ar.tsv,country-blind2-ar.tsv,country-blind4-ar.tsv");
        StringBuilder out = new StringBuilder();
        for (String set : sets.split(",")) {
            Map<String, String[]> rows = new HashMap<>();
            for (String l : new String(getClass().getResourceAsStream("/eval/" + set).readAllBytes(), "UTF-8").split("\n")) {
                if (!l.startsWith("#")) { String[] c = l.split("\t", -1); rows.put(c[0], c); }
            }
            for (LabelledArticle a : LabelledArticles.corpusFromItsSource("/eval/" + set, corpus.resolve(LabelledArticles.corpusFolder(lang)))) {
                List<CountryTag> tags = Articles.TAGGER.tag(Articles.input(a.title(), a.body(), a.language(), a.sourceCountry()));
                Set<String> got = Articles.primary(tags);
                if (got.equals(a.primary())) continue;
                String[] r = rows.get(a.id());
                out.append("=== ").append(set).append(' ').append(a.id()).append(" gold=").append(a.primary()).append(" got=").append(got)
                   .append(" other=").append(r[2]).append("\n  NOTE ").append(r.length > 4 ? r[4] : "").append('\n');
                out.append("  TITLE ").append(a.title()).append('\n');
                String b = a.body().replaceAll("\\s+", " ");
                out.append("  BODY ").append(b, 0, Math.min(500, b.length())).append(" [len ").append(b.length()).append("]\n");
                for (CountryTag t : tags) {
                    out.append(String.format("  %s %s %.2f :", t.primary() ? "*" : " ", t.code(), t.score()));
                    for (Mention m : t.mentions()) out.append(' ').append(m.text()).append('/').append(m.kind()).append('@').append(m.field().charAt(0)).append(m.start());
                    out.append('\n');
                }
            }
        }
        Files.writeString(Path.of(System.getProperty("probe.out", "/tmp/x/armiss.txt")), out);
    }
}
