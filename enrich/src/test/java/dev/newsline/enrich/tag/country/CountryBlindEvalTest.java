package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.TAGGER;
import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.input;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.tag.EvalCounts;
import dev.newsline.ingest.source.SharedFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Blind country evaluation (issue 13): real Arabic and Persian corpus articles and written wire stories, labelled by
 * reading before the tagger ran on them. Per language: micro P/R/F1 of primary countries, forbidden tags emitted,
 * share of articles with a reader-found country but no primary tag; the earlier tagging-eval.jsonl figures beside.
 */
class CountryBlindEvalTest {

    /** Worst acceptable figures for one language; a change that falls below them fails the build. */
    record Floor(double minF1, int maxForbiddenTags, double maxNoPrimaryShare) {
    }

    /**
     * Raised by the issue-13 tagger, again by the issue-13 accuracy work, by the second accuracy round, (ar) by the
     * third and by the learned primary model (docs/country-tagging-journal.md, "Blind evaluation (issue 13)" and "A
     * learned primary model") from what the tagger measured: F1 0.005 below the measured value, forbidden tags and the
     * no-primary share at it. These hold with the GeoNames extract loaded (production, `newsline.geonames.dir=auto`
     * beside ../shared); never lower them. The one exception: Persian F1 fell from 0.948 to 0.943 when agency credits
     * began to file stories that name no country (three global items under a Fars credit, against one domestic item
     * found; every other Persian set gained and none is left without a primary, docs/country-tagging-journal.md "Agency
     * credits"); fa raised again in the sixteenth session by research reports that no credit files (0.954), and in the
     * seventeenth by Persian words that only look like places (0.957); ar in the eighteenth by Arabic teams' camps
     * abroad and Gulf clubs (0.886, 0.8 % without a primary); ar in the nineteenth by Iranian towns in Arabic and
     * Hezbollah's adjective (0.889); fa in the twenty-third by "our country" abroad leaving the host a venue (0.960).
     */
    static final Map<String, Floor> FLOORS = Map.of(
            "ar", new Floor(0.884, 0, 0.008),
            "fa", new Floor(0.955, 0, 0.0),
            "en", new Floor(0.983, 0, 0.0),
            "fr", new Floor(0.995, 0, 0.0),
            "es", new Floor(0.995, 0, 0.0),
            "de", new Floor(0.995, 0, 0.0),
            "ru", new Floor(0.995, 0, 0.0),
            "tr", new Floor(0.995, 0, 0.0));

    /**
     * Without ../shared/geonames (CI without the shared folder runs only the written wire stories): the world
     * gazetteer is off, so US towns in datelines and Columbia-like names are not recognized; still above main's figures.
     * en, fr and de raised by the issue-13 wire2 work (stand-alone dateline cities, towns placed by their state, wire
     * cities in cities.tsv) to its measured figures: F1 0.005 below, forbidden tags and no-primary share at them;
     * en again by the learned primary model (0.975); en's forbidden tags 2 -> 1 in the twenty-seventh issue-13 session
     * (a title's abbreviation before a surname: "Mr.").
     */
    static final Map<String, Floor> FLOORS_WITHOUT_GEONAMES = Map.of(
            "en", new Floor(0.970, 1, 0.0),
            "fr", new Floor(0.995, 1, 0.0),
            "es", new Floor(0.995, 0, 0.0),
            "de", new Floor(0.995, 0, 0.0),
            "ru", new Floor(0.995, 0, 0.0),
            "tr", new Floor(0.995, 0, 0.0));

    private static final String HEADER = "| language | articles | P | R | F1 | forbidden tags "
            + "| no primary (reader found one) |\n|---|---|---|---|---|---|---|\n";

    @Test
    void realCorpusArticlesLabelledBlind() {
        Optional<Path> corpus = SharedFolder.locate("corpus");
        Assumptions.assumeTrue(corpus.isPresent(),
                "../shared/corpus is absent: blind Arabic/Persian evaluation skipped "
                        + "(labels: eval/country-blind-*.tsv)");
        Assumptions.assumeTrue(SharedFolder.locate("geonames").isPresent(),
                "../shared/geonames is absent: blind Arabic/Persian evaluation skipped, its floors hold only with the "
                        + "GeoNames extract loaded as production runs");
        Map<String, CountryEvalScore> scores = new TreeMap<>();
        score(LabelledArticles.corpus("/eval/country-blind-ar.tsv", corpus.get().resolve("ar-saudinewsnet")), scores);
        score(LabelledArticles.corpus("/eval/country-blind-fa.tsv", corpus.get().resolve("fa-farsnews")), scores);
        report("BLIND corpus", scores);
        assertThat(scores.get("ar").primary.articles).isGreaterThanOrEqualTo(150);
        assertThat(scores.get("fa").primary.articles).isGreaterThanOrEqualTo(150);
        meetFloors(scores);
    }

    /**
     * Floors of the second blind corpus sets (eval/country-blind2-*.tsv, drawn in the fifth session as new tuning
     * material), from what the tagger measured on them: F1 0.005 below, forbidden tags and no-primary share at it
     * (after the learned primary model, which trains on them, docs/country-tagging-journal.md; ar raised again in the
     * seventh session by Saudi cities GeoNames has no Arabic name for: 0.883, 2.8 % without a primary; in the
     * eighteenth by Arabic teams' camps abroad and shared club names: 0.899, 2.1 %; both in the nineteenth by armed
     * forces read as a country's officials and Pyongyang's Arabic spellings: ar 0.906, fa 0.955; fa in the
     * twenty-second by a Persian agency's provincial desk: 0.958; fa in the twenty-fifth by an office named without
     * its country under a national agency's credit: 0.963).
     */
    static final Map<String, Floor> SECOND_SET_FLOORS = Map.of(
            "ar", new Floor(0.901, 0, 0.022),
            "fa", new Floor(0.958, 1, 0.0));

    /**
     * Floors of the fourth blind corpus sets (eval/country-blind4-*.tsv, drawn and labelled in the sixth session,
     * committed before any tagger run; first measured out of sample: rules ar 0.814 / fa 0.911, learned model 0.832 /
     * 0.913; the model is not trained on them, but their look-alike words were fixed): F1 0.005 below what the tagger
     * measured, forbidden tags and the no-primary share at it; ar raised in the seventh session by Saudi cities GeoNames
     * has no Arabic name for, 0.836 and 5.0 %; both raised in the sixteenth session by the Arabic sports pages and
     * research reports and Arabic listening posts, 0.861 and 0.925; ar in the eighteenth by Gulf clubs, a venue
     * named once otherwise and shared club names, 0.875; ar's forbidden tags to 0 in the twentieth, by "country-level"
     * after an office: المديرة القطرية, a UN agency's country director, is not Qatari; fa's to 1 in the twenty-sixth,
     * by the Sea of Oman as "آب‌های عمان", the waters ships sail).
     */
    static final Map<String, Floor> FOURTH_SET_FLOORS = Map.of(
            "ar", new Floor(0.870, 0, 0.051),
            "fa", new Floor(0.920, 1, 0.0));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar", "fa"})
    void fourthSetOfCorpusArticlesLabelledBlind(String language) {
        scoreCorpusSet("country-blind4", language, "FOURTH BLIND corpus", FOURTH_SET_FLOORS);
    }

    /**
     * Floors of the fifth blind corpus sets (eval/country-blind5-*.tsv: every file no earlier draw had named, 19 Arabic
     * and 102 Persian, drawn and labelled by two readers in the twenty-second session and committed before any tagger
     * run), against the adjudicated labels: first measured out of sample at ar 0.941 and fa 0.906 with 3 forbidden tags
     * (docs/country-tagging-journal.md); F1 0.005 below what the tagger measured after the twenty-second session's
     * work on them (fa 0.928, a provincial desk's story, the Qom shrine's Crimea, the British thermal unit), forbidden
     * tags and the no-primary share at it; fa raised in the twenty-third by our weightlifters at the Youth Olympics
     * abroad and Afghanistan's education read as Afghanistan's (0.940); ar in the twenty-fifth by the Houthis read
     * as Yemen's (0.971).
     */
    static final Map<String, Floor> FIFTH_SET_FLOORS = Map.of(
            "ar", new Floor(0.966, 0, 0.059),
            "fa", new Floor(0.935, 1, 0.0));

    /** The fifth sets' sizes: all that the corpus had left unread. */
    static final Map<String, Integer> FIFTH_SET_SIZES = Map.of("ar", 19, "fa", 102);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar", "fa"})
    void fifthSetOfCorpusArticlesLabelledBlind(String language) {
        scoreCorpusSet("country-blind5", "-adjudicated", language, false, "FIFTH BLIND corpus (adjudicated)",
                FIFTH_SET_FLOORS, FIFTH_SET_SIZES.get(language));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar", "fa"})
    void secondSetOfCorpusArticlesLabelledBlind(String language) {
        scoreCorpusSet("country-blind2", language, "SECOND BLIND corpus", SECOND_SET_FLOORS);
    }

    /**
     * Floors of the tuning corpus sets read as the feeds of their outlets deliver them, declaring the home country
     * (SaudiNewsNet's Saudi outlets, Fars News Agency), against the first reading's labels: F1 0.005 below what the
     * tagger measured with home institutions (docs/country-tagging-journal.md, "The source's home country"), forbidden
     * tags and the no-primary share at it. country-blind2 ar lowered in the thirteenth session from 0.883 to 0.878: the
     * Arabic adjectives' indefinite and plural forms (شركة يابانية، مستوطنين إسرائيليين) gained 0.02 to 0.03 on each
     * written Arabic wire set and cost this set 0.008 (0.891 to 0.883), whose readers leave out the countries of
     * residents and of foreign players in Saudi domestic news. Raised in the sixteenth session: country-blind fa and
     * country-blind4 to what they measured (0.954; 0.875 and 0.925); country-blind fa again in the seventeenth (0.957);
     * the three Arabic sets in the eighteenth, by teams' camps abroad, Gulf clubs and shared club names (0.887, 0.903
     * and 0.889); country-blind and country-blind2 in the nineteenth by Iranian towns in Arabic, armed forces and
     * Pyongyang (ar 0.890 and 0.910, fa 0.955); country-blind2 ar again by indefinite words that are no institution
     * (0.912). country-blind4 ar's forbidden tags to 0 in the twentieth (المديرة القطرية, a country director);
     * country-blind2 fa in the twenty-second by a Persian agency's provincial desk (0.958); country-blind4 ar in the
     * twenty-fourth by the source's "our country" (لبلادنا; 0.895); country-blind2 fa in the twenty-fifth by an office
     * named without its country under a national agency's credit (0.963); country-blind4 fa's forbidden tags to 1 in
     * the twenty-sixth ("آب‌های عمان", the Sea of Oman).
     */
    static final Map<String, Map<String, Floor>> FROM_SOURCE_FLOORS = Map.of(
            "country-blind", Map.of("ar", new Floor(0.885, 0, 0.008), "fa", new Floor(0.952, 0, 0.0)),
            "country-blind2", Map.of("ar", new Floor(0.907, 0, 0.008), "fa", new Floor(0.958, 1, 0.0)),
            "country-blind4", Map.of("ar", new Floor(0.890, 0, 0.022), "fa", new Floor(0.920, 1, 0.0)));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"country-blind", "country-blind2", "country-blind4"})
    void corpusSetsFromTheirSource(String labels) {
        for (String language : List.of("ar", "fa")) {
            scoreCorpusSet(labels, language, true, labels.toUpperCase(Locale.ROOT) + " FROM THE SOURCE",
                    FROM_SOURCE_FLOORS.get(labels));
        }
    }

    private static void scoreCorpusSet(String labels, String language, String title, Map<String, Floor> floors) {
        scoreCorpusSet(labels, language, false, title, floors);
    }

    private static void scoreCorpusSet(String labels, String language, boolean fromSource, String title,
                                       Map<String, Floor> floors) {
        scoreCorpusSet(labels, "", language, fromSource, title, floors, 150);
    }

    /**
     * Scores eval/{@code labels}-{@code language}{@code reading}.tsv (at least {@code minArticles} corpus articles)
     * against {@code floors}; with {@code fromSource}, as the outlets' feeds deliver them, declaring their home
     * country.
     */
    private static void scoreCorpusSet(String labels, String reading, String language, boolean fromSource,
                                       String title, Map<String, Floor> floors, int minArticles) {
        Optional<Path> corpus = SharedFolder.locate("corpus");
        Assumptions.assumeTrue(corpus.isPresent(), "../shared/corpus is absent: " + title
                + " evaluation skipped (labels: eval/" + labels + "-*.tsv)");
        Assumptions.assumeTrue(SharedFolder.locate("geonames").isPresent(), "../shared/geonames is absent: " + title
                + " evaluation skipped, its floors hold only with the GeoNames extract loaded as production runs");
        Map<String, CountryEvalScore> scores = new TreeMap<>();
        String folder = LabelledArticles.corpusFolder(language);
        String resource = "/eval/" + labels + "-" + language + reading + ".tsv";
        score(fromSource ? LabelledArticles.corpusFromItsSource(resource, corpus.get().resolve(folder))
                : LabelledArticles.corpus(resource, corpus.get().resolve(folder)), scores);
        report(title, scores);
        assertThat(scores.get(language).primary.articles).isGreaterThanOrEqualTo(minArticles);
        meetFloors(scores, floors);
    }

    @Test
    void writtenWireStoriesLabelledBlind() {
        Map<String, CountryEvalScore> scores = new TreeMap<>();
        score(LabelledArticles.wire("/eval/country-wire.tsv"), scores);
        report("BLIND wire", scores);
        assertThat(scores.get("en").primary.articles).isGreaterThanOrEqualTo(60);
        meetFloors(scores);
    }

    /** The first written set's floors without the world gazetteer, where ../shared is here (see below). */
    @Test
    void writtenWireStoriesWithoutTheWorldGazetteer() {
        Assumptions.assumeTrue(SharedFolder.locate("geonames").isPresent(),
                "../shared/geonames is absent: writtenWireStoriesLabelledBlind already checks the floors without it");
        Map<String, CountryEvalScore> scores = new TreeMap<>();
        score(WithoutGeoNames.TAGGER, LabelledArticles.wire("/eval/country-wire.tsv"), scores, false);
        report("BLIND wire WITHOUT GEONAMES", scores);
        meetFloors(scores, FLOORS_WITHOUT_GEONAMES);
    }

    /**
     * A written wire set (eval/country-wire-*.tsv), its stories in each language, and its floors with and without the
     * world gazetteer (whose keys are its languages), as eval/wire-set-floors.tsv gives them.
     */
    record WireSet(String title, String resource, Map<String, Integer> stories, Map<String, Floor> floors,
                   Map<String, Floor> floorsWithoutGeoNames) {
        @Override
        public String toString() {
            return resource;
        }
    }

    /** Every written wire set of eval/wire-set-floors.tsv, in the order the file lists them. */
    static List<WireSet> writtenWireSets() throws IOException {
        Map<String, WireSet> sets = new LinkedHashMap<>();
        try (InputStream in = CountryBlindEvalTest.class.getResourceAsStream("/eval/wire-set-floors.tsv")) {
            assertThat(in).as("eval/wire-set-floors.tsv").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t");
                WireSet set = sets.computeIfAbsent(c[0], r -> new WireSet(c[1], "/eval/" + r, new TreeMap<>(),
                        new TreeMap<>(), new TreeMap<>()));
                set.stories().put(c[3], Integer.parseInt(c[2]));
                Floor floor = new Floor(Double.parseDouble(c[5]), Integer.parseInt(c[6]), Double.parseDouble(c[7]));
                (c[4].equals("with") ? set.floors() : set.floorsWithoutGeoNames()).put(c[3], floor);
            }
        }
        return List.copyOf(sets.values());
    }

    @ParameterizedTest
    @MethodSource("writtenWireSets")
    void writtenWireSetsLabelledBlind(WireSet set) {
        Map<String, CountryEvalScore> scores = new TreeMap<>();
        score(LabelledArticles.wire(set.resource()), scores);
        report(set.title(), scores);
        assertThat(scores.keySet()).containsExactlyInAnyOrderElementsOf(set.floors().keySet());
        scores.forEach((language, s) -> assertThat(s.primary.articles).as(language).isEqualTo(set.stories().get(language)));
        meetFloors(scores, SharedFolder.locate("geonames").isPresent() ? set.floors() : set.floorsWithoutGeoNames());
    }

    /**
     * The floors without the world gazetteer, checked in the same run where ../shared is here (CI runs with it, so
     * otherwise nothing would read them): a tagger of every CLDR locale and no GeoNames extract, as a deployment
     * without the extract runs.
     */
    @ParameterizedTest
    @MethodSource("writtenWireSets")
    void writtenWireSetsWithoutTheWorldGazetteer(WireSet set) {
        Assumptions.assumeTrue(SharedFolder.locate("geonames").isPresent(),
                "../shared/geonames is absent: writtenWireSetsLabelledBlind already checks the floors without it");
        Map<String, CountryEvalScore> scores = new TreeMap<>();
        score(WithoutGeoNames.TAGGER, LabelledArticles.wire(set.resource()), scores, false);
        report(set.title() + " WITHOUT GEONAMES", scores);
        meetFloors(scores, set.floorsWithoutGeoNames());
    }

    /** A tagger without the GeoNames extract, built only when a test needs it. */
    private static final class WithoutGeoNames {
        static final CountryTagger TAGGER = new CountryTagger(CountryTaggerOptions.allLocales(Optional.empty()));
    }

    /** The set written while the rules were built, measured the same way, so the before/after table is complete. */
    @Test
    void earlierEvaluationSetForComparison() {
        Map<String, CountryEvalScore> scores = new TreeMap<>();
        score(LabelledArticles.earlier("/eval/tagging-eval.jsonl"), scores);
        EvalCounts micro = new EvalCounts();
        scores.values().forEach(s -> {
            micro.articles += s.primary.articles;
            micro.tp += s.primary.tp;
            micro.fp += s.primary.fp;
            micro.fn += s.primary.fn;
        });
        report("EARLIER tagging-eval.jsonl (no forbidden labels)", scores);
        System.out.printf("EARLIER micro: %d articles, P %.3f R %.3f F1 %.3f%n", micro.articles, micro.precision(),
                micro.recall(), micro.f1());
        assertThat(micro.articles).isGreaterThanOrEqualTo(60);
        assertThat(micro.f1()).isGreaterThanOrEqualTo(CountryTaggingEvalTest.MICRO_F1_FLOOR);
    }

    /** Tags each article and adds it to its language's score; prints a MISS line for each miss. */
    static void score(List<LabelledArticle> articles, Map<String, CountryEvalScore> scores) {
        score(articles, scores, true);
    }

    /** Tags each article and adds it to its language's score; with {@code misses}, prints a MISS line for each miss. */
    static void score(List<LabelledArticle> articles, Map<String, CountryEvalScore> scores, boolean misses) {
        score(TAGGER, articles, scores, misses);
    }

    /** As {@link #score(List, Map, boolean)}, with {@code tagger}. */
    static void score(CountryTagger tagger, List<LabelledArticle> articles, Map<String, CountryEvalScore> scores,
                      boolean misses) {
        for (LabelledArticle a : articles) {
            List<CountryTag> tags = tagger.tag(input(a.title(), a.body(), a.language(), a.sourceCountry()));
            Set<String> got = primary(tags);
            Set<String> wrong = new TreeSet<>(all(tags));
            wrong.retainAll(a.forbidden());
            scores.computeIfAbsent(a.language(), k -> new CountryEvalScore())
                    .add(a.primary(), a.forbidden(), got, all(tags));
            if (misses && (!got.equals(a.primary()) || !wrong.isEmpty())) {
                System.out.printf("MISS %s gold=%s got=%s forbidden-emitted=%s%n", a.id(), a.primary(), got, wrong);
            }
        }
    }

    /** Prints the per-language table under {@code title}. */
    static void report(String title, Map<String, CountryEvalScore> scores) {
        StringBuilder table = new StringBuilder(title).append('\n').append(HEADER);
        scores.forEach((lang, s) -> table.append(s.row(lang)));
        System.out.println(table);
    }

    private static void meetFloors(Map<String, CountryEvalScore> scores) {
        meetFloors(scores, SharedFolder.locate("geonames").isPresent() ? FLOORS : FLOORS_WITHOUT_GEONAMES);
    }

    /** Every language scored must have a floor in {@code floors} and meet it. */
    static void meetFloors(Map<String, CountryEvalScore> scores, Map<String, Floor> floors) {
        SoftAssertions soft = new SoftAssertions();
        scores.forEach((lang, s) -> {
            Floor f = floors.get(lang);
            soft.assertThat(f).as("floor for language %s", lang).isNotNull();
            if (f != null) {
                soft.assertThat(s.primary.f1()).as("%s primary F1", lang).isGreaterThanOrEqualTo(f.minF1());
                soft.assertThat(s.forbiddenTags).as("%s forbidden tags", lang)
                        .isLessThanOrEqualTo(f.maxForbiddenTags());
                soft.assertThat(s.noPrimaryShare()).as("%s share without primary", lang)
                        .isLessThanOrEqualTo(f.maxNoPrimaryShare());
            }
        });
        soft.assertAll();
    }
}
