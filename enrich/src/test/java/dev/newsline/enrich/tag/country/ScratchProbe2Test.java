package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scratch: never committed. Reads /tmp/x/probe.tsv (lang TAB title TAB body) and prints tags. */
class ScratchProbe2Test {
    @Test
    void probe() throws Exception {
        Path in = Path.of(System.getProperty("probe.file", "/tmp/x/probe.tsv"));
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(in)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("file:")) {
                String[] fl = Files.readString(Path.of(line.substring(5).strip())).split("\n", 2);
                line = (line.contains("/fa") ? "fa" : "ar") + "\t" + fl[0] + "\t" + (fl.length > 1 ? fl[1].strip() : "");
            }
            String[] f = line.split("\t", -1);
            String lang = f[0], title = f.length > 2 ? f[1] : "", body = f.length > 2 ? f[2] : f[1];
            List<CountryTag> tags = (System.getProperty("nogeo") != null ? new CountryTagger(CountryTaggerOptions.allLocales(java.util.Optional.empty())) : System.getProperty("fixture") != null ? WorldArticles.TAGGER : Articles.TAGGER).tag(Articles.input(title, body, lang));
            out.append("== ").append(lang).append(" | ").append(title).append(" | ")
                    .append(body.length() > 160 ? body.substring(0, 160) + "…" : body).append('\n');
            var in2 = Articles.input(title, body, lang);
            var cs = Articles.TAGGER.candidates(in2);
            PrimaryModel pm = PrimaryModel.load();
            for (var c : cs) {
                out.append("   # ").append(c.code()).append(' ').append(c.reading().standing()).append(' ')
                        .append(String.format("p=%.3f", pm.probability(PrimaryFeatures.of(c, cs)))).append(' ').append(c.reading()).append('\n');
            }
            for (CountryTag t : tags) {
                out.append(String.format("   %s %s %.2f :", t.code(), t.primary() ? "P" : "o", t.score()));
                for (Mention m : t.mentions()) out.append(' ').append(m.text()).append('/').append(m.kind()).append('@').append(m.field().charAt(0)).append(m.start());
                out.append('\n');
            }
        }
        Files.writeString(Path.of(System.getProperty("probe.out", "/tmp/x/probe.out")), out.toString());
    }
}
