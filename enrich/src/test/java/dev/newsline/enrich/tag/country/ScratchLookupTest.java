package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScratchLookupTest {
    @Test
    void lookup() {
        var g = GazetteerLoader.load(List.of(), Optional.of(Path.of("/work/shared/geonames")));
        var n = new MatchFormNormalizer();
        for (String s : System.getProperty("probe.names", "").split(",")) {
            String k = n.fold(s).replace(" ", "");
            System.out.println("LOOKUP " + s + " key=" + k + " -> " + g.lookup(k));
        }
    }
}
