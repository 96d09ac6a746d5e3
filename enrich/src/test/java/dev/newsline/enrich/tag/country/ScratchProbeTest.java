package dev.newsline.enrich.tag.country;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        for (String f : System.getProperty("probe.files", "").split(",")) {
            if (f.isBlank()) continue;
            String[] text = Files.readString(Path.of(f)).split("\\R", 2);
            String lang = Path.of(f).getFileName().toString().substring(0, 2);
            var in = Articles.input(text[0].strip(), text.length > 1 ? text[1].strip() : "", lang);
            System.out.println("PROBE " + f);
            for (var t : Articles.TAGGER.tag(in)) {
                System.out.println("  " + t.code() + (t.primary() ? "*" : "") + " " + t.score() + " " + t.mentions().stream().limit(4).map(m -> m.text() + "/" + m.kind()).toList());
            }
            for (var c : Articles.TAGGER.candidates(in)) {
                System.out.println("  cand " + c.code() + " " + c.reading());
            }
        }
    }
}
