package dev.newsline.enrich.tag.country;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchMatchesTest {
    @Test
    void m() throws Exception {
        var in = Articles.input("C", "The council met in Nashville. The tornado tore through North Nashville last week.", "en");
        Method mm = CountryTagger.class.getDeclaredMethod("matches", PhraseMatcher.class, dev.newsline.enrich.tag.TaggingInput.class);
        mm.setAccessible(true);
        var f = CountryTagger.class.getDeclaredField("matcher"); f.setAccessible(true);
        @SuppressWarnings("unchecked") List<PhraseMatch> ms = (List<PhraseMatch>) mm.invoke(null, f.get(Articles.TAGGER), in);
        for (PhraseMatch p : ms) System.out.println("MATCH " + p.start() + " " + p.entry().key() + " " + p.entry().kind() + " " + p.entry().source() + " " + p.entry().code());
    }
}
