package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.TAGGER;
import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.input;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.tag.country.CountryBlindEvalTest.Floor;
import dev.newsline.ingest.source.SharedFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Held-out country evaluation (issue 13): 150 Arabic and 150 Persian corpus articles drawn after the blind sets went
 * into tuning, labelled by reading before the tagger ran on them (eval/country-heldout-*.tsv). Scored like
 * {@link CountryBlindEvalTest}; nobody may tune on these articles, or they stop measuring anything.
 */
class CountryHeldOutEvalTest {

    /**
     * What the tagger measured after the second accuracy round (docs/tagging.md, "Second accuracy round"; raised from
     * the figures when the test was added): F1 0.005 below the measured value, forbidden tags and the no-primary share
     * at it. They hold with the GeoNames extract loaded, as production
     * runs; never lower them.
     */
    static final Map<String, Floor> FLOORS = Map.of(
            "ar", new Floor(0.802, 4, 0.046),
            "fa", new Floor(0.858, 2, 0.063));

    private static final String HEADER = "| language | articles | P | R | F1 | forbidden tags "
            + "| no primary (reader found one) |\n|---|---|---|---|---|---|---|\n";

    @Test
    void heldOutCorpusArticlesLabelledBlind() {
        Optional<Path> corpus = SharedFolder.locate("corpus");
        Assumptions.assumeTrue(corpus.isPresent(),
                "../shared/corpus is absent: held-out Arabic/Persian evaluation skipped "
                        + "(labels: eval/country-heldout-*.tsv)");
        Assumptions.assumeTrue(SharedFolder.locate("geonames").isPresent(),
                "../shared/geonames is absent: held-out evaluation skipped, its floors hold only with the GeoNames "
                        + "extract loaded as production runs");
        Map<String, CountryEvalScore> scores = new TreeMap<>();
        score(LabelledArticles.corpus("/eval/country-heldout-ar.tsv", corpus.get().resolve("ar-saudinewsnet")), scores);
        score(LabelledArticles.corpus("/eval/country-heldout-fa.tsv", corpus.get().resolve("fa-farsnews")), scores);

        StringBuilder table = new StringBuilder("HELD-OUT corpus\n").append(HEADER);
        scores.forEach((lang, s) -> table.append(s.row(lang)));
        System.out.println(table);

        assertThat(scores.get("ar").primary.articles).isEqualTo(150);
        assertThat(scores.get("fa").primary.articles).isEqualTo(150);
        SoftAssertions soft = new SoftAssertions();
        scores.forEach((lang, s) -> {
            Floor f = FLOORS.get(lang);
            soft.assertThat(s.primary.f1()).as("%s primary F1", lang).isGreaterThanOrEqualTo(f.minF1());
            soft.assertThat(s.forbiddenTags).as("%s forbidden tags", lang).isLessThanOrEqualTo(f.maxForbiddenTags());
            soft.assertThat(s.noPrimaryShare()).as("%s share without primary", lang)
                    .isLessThanOrEqualTo(f.maxNoPrimaryShare());
        });
        soft.assertAll();
    }

    private static void score(List<LabelledArticle> articles, Map<String, CountryEvalScore> scores) {
        for (LabelledArticle a : articles) {
            List<CountryTag> tags = TAGGER.tag(input(a.title(), a.body(), a.language()));
            Set<String> got = primary(tags);
            Set<String> wrong = new TreeSet<>(all(tags));
            wrong.retainAll(a.forbidden());
            scores.computeIfAbsent(a.language(), k -> new CountryEvalScore())
                    .add(a.primary(), a.forbidden(), got, all(tags));
            if (!got.equals(a.primary()) || !wrong.isEmpty()) {
                System.out.printf("MISS %s gold=%s got=%s forbidden-emitted=%s%n", a.id(), a.primary(), got, wrong);
            }
        }
    }
}
