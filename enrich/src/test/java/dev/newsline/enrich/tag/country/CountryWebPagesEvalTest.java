package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.CountryBlindEvalTest.meetFloors;
import static dev.newsline.enrich.tag.country.CountryBlindEvalTest.report;
import static dev.newsline.enrich.tag.country.CountryBlindEvalTest.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.tag.country.CountryBlindEvalTest.Floor;
import dev.newsline.ingest.source.SharedFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Country evaluation on real web pages (issue 13): the news and blog pages of ../shared/extraction-benchmark, mostly
 * American outlets of 2019, labelled by two blind readers and adjudicated before the tagger ran on them
 * (eval/country-pages*.tsv). Half of the pages, drawn by hash, are held out: scored with totals only, never read for
 * rules. The other half is tuning material, scored with its misses.
 */
class CountryWebPagesEvalTest {

    static final String LABELS = "/eval/country-pages-adjudicated.tsv";

    /**
     * The held-out half, from the first measurement (twenty-eighth issue-13 session, the tagger of f29171f): en F1
     * 0.800, 1 forbidden tag, 1 of 38 pages without a primary; F1 0.005 below, the rest at it. Never lower them.
     */
    static final Map<String, Floor> HELD_OUT_FLOORS = Map.of(
            "en", new Floor(0.795, 1, 0.027),
            "ru", new Floor(0.995, 0, 0.0));

    /**
     * The tuning half: its first measurement was en 0.765, 3 forbidden tags, 2 of 38 without a primary; raised in the
     * same session by the readings it showed (0.772, no forbidden tag; Russian: no look-alike foods). 0.765 since the
     * twenty-ninth session: with Carolina no longer read as Puerto Rico's city, an NHL roundup names one country fewer
     * and Canada (the Canadiens', Senators' and Jets' towns) passes the threshold for a second primary country. 0.777
     * since the forty-sixth: the US Justice Department in the Assange story.
     */
    static final Map<String, Floor> TUNING_FLOORS = Map.of(
            "de", new Floor(0.662, 0, 0.0),
            "en", new Floor(0.772, 0, 0.053),
            "ru", new Floor(0.0, 0, 0.0));

    /**
     * Every page, its body as the pipeline's page reader extracts it rather than as a person marked it, from the
     * first measurement (en 0.780, 4 forbidden tags, 3 of 76 without a primary), raised by the tuning half's readings
     * (0.784, 1 forbidden tag), and by the forty-sixth session's US agencies (0.791).
     */
    static final Map<String, Floor> AS_EXTRACTED_FLOORS = Map.of(
            "de", new Floor(0.662, 0, 0.0),
            "en", new Floor(0.786, 1, 0.040),
            "ru", new Floor(0.0, 0, 0.0));

    @Test
    void heldOutHalfOfTheWebPages() {
        Map<String, CountryEvalScore> scores = new TreeMap<>();
        score(pages(true).stream().filter(a -> heldOut(a.id())).toList(), scores, false);
        report("HELD-OUT web pages", scores);
        meetFloors(scores, HELD_OUT_FLOORS);
    }

    @Test
    void tuningHalfOfTheWebPages() {
        Map<String, CountryEvalScore> scores = new TreeMap<>();
        score(pages(true).stream().filter(a -> !heldOut(a.id())).toList(), scores, true);
        report("TUNING web pages", scores);
        meetFloors(scores, TUNING_FLOORS);
    }

    @Test
    void everyWebPageAsThePipelineExtractsIt() {
        List<LabelledArticle> pages = pages(false);
        Map<String, CountryEvalScore> scores = new TreeMap<>();
        score(pages, scores, false);
        report("web pages AS EXTRACTED", scores);
        assertThat(pages).hasSizeGreaterThan(80);
        meetFloors(scores, AS_EXTRACTED_FLOORS);
    }

    /**
     * Held out when the first byte of SHA-256("newsline-i13-pages:" + key) is below 128: fixed before any tagger ran
     * on the pages, so that nobody can choose which pages stay unread.
     */
    static boolean heldOut(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("newsline-i13-pages:" + key).getBytes(StandardCharsets.UTF_8));
            return (hash[0] & 0xff) < 128;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pages with their hand-marked bodies, read once for both halves (each page's HTML is parsed for its title). */
    private static List<LabelledArticle> handMarked;

    private static List<LabelledArticle> pages(boolean handMarkedBody) {
        if (handMarkedBody && handMarked != null) {
            return handMarked;
        }
        Optional<Path> benchmark = SharedFolder.locate("extraction-benchmark");
        Assumptions.assumeTrue(benchmark.isPresent(), "../shared/extraction-benchmark is absent: web-page country"
                + " evaluation skipped (labels: eval/country-pages*.tsv)");
        Assumptions.assumeTrue(SharedFolder.locate("geonames").isPresent(), "../shared/geonames is absent: web-page"
                + " country evaluation skipped, its floors hold only with the GeoNames extract loaded as production"
                + " runs");
        List<LabelledArticle> pages = LabelledArticles.webPages(LABELS, benchmark.get(), handMarkedBody);
        if (handMarkedBody) {
            handMarked = pages;
        }
        return pages;
    }
}
