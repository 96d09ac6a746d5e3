package dev.newsline.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.topology.ArticleEnricher;
import dev.newsline.enrich.topology.EnrichStage;
import dev.newsline.enrich.topology.Enrichers;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.fuzz.HostileInput;
import dev.newsline.ingest.fuzz.HostileInputs;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.read.RawArticleReader;
import dev.newsline.ingest.validate.InputRejectedException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What dedup takes over from enrichment in memory instead of computing or reading it again (issue 10) changes no
 * result: the fingerprint from the match forms enrichment handed over is the one dedup computes itself, and the
 * article the gatherer takes from memory writes the same output bytes as the copy it would have parsed from the
 * gather store. Checked on the project's seeds mutated into hostile inputs (broken encodings, control, bidi and
 * combining characters, huge fields), through the real enricher.
 */
class EnrichedToDedupTest {

    private static final int INPUTS = 600;
    private static final Serde<EnrichedArticle> JSON = EnrichStage.ENRICHED_SERDE;

    private static List<EnrichedArticle> enriched;
    private static List<String> carried;

    @BeforeAll
    static void enrichOnce() {
        NewslineSettings settings = NewslineSettings.defaults();
        ArticleEnricher enricher = new ArticleEnricher(Enrichers.load(settings), Clock.systemUTC());
        RawArticleReader reader = new RawArticleReader(settings.maxArticleBytes());
        enriched = new ArrayList<>();
        carried = new ArrayList<>();
        for (HostileInput in : HostileInputs.generate(INPUTS, 23)) {
            try {
                ParsedArticle p = reader.read(in.value(), in.headers(), new Origin("news.raw", 0, in.index(), 0));
                EnrichedArticle a = enricher.enrich(p);
                enriched.add(a);
                carried.add(Fingerprinter.MATCH_FORMS.take(a));
            } catch (InputRejectedException rejected) {
                // not an article: nothing reaches dedup
            }
        }
    }

    @Test
    void theMatchFormHandedOverIsTheOneDedupWouldFold() {
        MatchFormNormalizer normalizer = new MatchFormNormalizer();
        assertThat(enriched).hasSizeGreaterThan(INPUTS / 10);
        for (int i = 0; i < enriched.size(); i++) {
            EnrichedArticle a = enriched.get(i);
            assertThat(carried.get(i)).as(a.id())
                    .isEqualTo(normalizer.normalize(a.title()).joined() + normalizer.normalize(a.body()).joined());
        }
    }

    @Test
    void aFingerprintFromTheHandedOverFormIsByteIdentical() {
        Fingerprinter withHandoff = new Fingerprinter(DedupSettings.defaults());
        Fingerprinter folding = new Fingerprinter(DedupSettings.defaults());
        for (int i = 0; i < enriched.size(); i++) {
            EnrichedArticle a = enriched.get(i);
            Fingerprinter.MATCH_FORMS.offer(a, carried.get(i));
            Fingerprint handedOver = withHandoff.fingerprint(a);
            assertThat(Fingerprinter.MATCH_FORMS.take(a)).as("the offer was used").isNull();
            Fingerprint folded = folding.fingerprint(a); // nothing offered: folds title and body itself
            assertThat(handedOver.probes()).as(a.id()).isEqualTo(folded.probes());
            assertThat(handedOver.sketch()).as(a.id()).isEqualTo(folded.sketch());
            assertThat(handedOver.order()).isEqualTo(folded.order());
        }
    }

    @Test
    void anOfferForAnotherObjectIsNotTaken() {
        EnrichedArticle a = enriched.get(0);
        EnrichedArticle sameValue = TestArticles.withId(a, a.id());
        Fingerprinter.MATCH_FORMS.offer(a, "xy");
        assertThat(Fingerprinter.MATCH_FORMS.take(sameValue)).isNull();
        assertThat(Fingerprinter.MATCH_FORMS.take(a)).as("taking for another article used the offer up").isNull();
    }

    @Test
    void theArticleKeptInMemoryWritesTheBytesItsStoredCopyWouldWrite() {
        for (EnrichedArticle a : enriched) {
            byte[] stored = JSON.serializer().serialize("t", a);
            EnrichedArticle parsed = JSON.deserializer().deserialize("t", stored);
            assertThat(parsed).as(a.id()).isEqualTo(a);
            assertThat(Arrays.equals(JSON.serializer().serialize("t", parsed.forOutput()),
                    JSON.serializer().serialize("t", a.forOutput()))).as(a.id()).isTrue();
        }
    }
}
