package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Marks as primary what an article is about: {@link CountryReader} reads how each country stands in it, the learned
 * {@link PrimaryModel} picks the country it finds likeliest and any other it finds likely on its own, among those the
 * labelling conventions allow ({@link CountryReader.Reading#standing()}); a story that names no country it can be
 * filed under goes under its national agency's credit, or else, when its source declares a home country, under that
 * country by the institutions it names without a country (the ministry, the municipality), unless it reports
 * research (the world's science news that a Fars credit carries). The evidence lists the first
 * {@value #MAX_MENTIONS} mentions of each country (title first, then by position), so a body that repeats a name
 * thousands of times does not repeat it in the output; the score counts them all.
 */
final class PrimaryCountryScorer {

    static final int MAX_MENTIONS = 100;
    /** What a news agency's credit adds to its country's score when the story is filed under it. */
    static final double CREDIT = 0.5;
    static final String CREDIT_KIND = "credit";
    /** What each institution named without its country adds to the source's home country when filed under it. */
    static final double HOME_INSTITUTION = 0.5;
    static final String HOME_INSTITUTION_KIND = "home-institution";

    private final Map<String, String> englishNames;
    private final CountryReader reader;
    private final PrimaryModel model;

    PrimaryCountryScorer(Map<String, String> englishNames, CountryReader reader, PrimaryModel model) {
        this.englishNames = englishNames;
        this.reader = reader;
        this.model = model;
    }

    /**
     * The country tags of an article: its {@code mentions} weighed by the model, and, when that leaves no country
     * primary, the country of the first national agency's credit among {@code credits} (a ministry's announcement
     * under a Fars or SPA credit names no place; a reader files it under the agency's country); failing that, the
     * source's declared home country if {@code homeInstitutions} (read only then) finds an institution named without
     * its country.
     */
    List<CountryTag> score(List<ResolvedMention> mentions, List<PhraseMatch> credits,
                           Supplier<List<PhraseMatch>> homeInstitutions, TaggingInput in) {
        List<CountryReader.Candidate> candidates = reader.candidates(mentions, credits, in);
        boolean[] primary = model.primary(candidates.stream().map(c -> PrimaryFeatures.of(c, candidates)).toList(),
                candidates.stream().map(c -> c.reading().standing()).toList());
        List<CountryTag> tags = new ArrayList<>();
        for (int i = 0; i < primary.length; i++) {
            CountryReader.Candidate c = candidates.get(i);
            List<Mention> evidence = c.mentions().stream().limit(MAX_MENTIONS)
                    .map(m -> mention(m, in)).toList();
            tags.add(new CountryTag(c.code(), englishNames.getOrDefault(c.code(), c.code()),
                    Math.round(c.score() * 100) / 100.0, primary[i], evidence));
        }
        // a research report that names no country is the world's news, whoever carries it
        if (tags.stream().noneMatch(CountryTag::primary) && !reader.reportsResearch(in)) {
            if (!credits.isEmpty()) {
                String code = credits.get(0).entry().code();
                fileUnder(tags, code, credits.stream().filter(c -> c.entry().code().equals(code)).toList(),
                        CREDIT_KIND, CREDIT, in);
            } else if (in.sourceCountry() != null) {
                List<PhraseMatch> home = homeInstitutions.get().stream().filter(p -> !indefinite(p, in)).toList();
                if (!home.isEmpty()) {
                    fileUnder(tags, in.sourceCountry(), home, HOME_INSTITUTION_KIND, HOME_INSTITUTION, in);
                }
            }
        }
        tags.sort(Comparator.comparing((CountryTag t) -> !t.primary())
                .thenComparing(Comparator.comparingDouble(CountryTag::score).reversed())
                .thenComparing(CountryTag::code));
        return tags;
    }

    /**
     * Makes {@code code} primary with {@code own} as its evidence (of {@code kind}, each worth {@code weight}), before
     * the mentions its tag already has.
     */
    private void fileUnder(List<CountryTag> tags, String code, List<PhraseMatch> own, String kind, double weight,
                           TaggingInput in) {
        List<Mention> evidence = own.stream().limit(MAX_MENTIONS).map(c -> {
            String field = in.text(c.field());
            return new Mention(field.substring(c.start(), c.end()), c.start(), c.end(), c.field(), kind);
        }).toList();
        double score = Math.round(weight * own.size() * 100) / 100.0;
        for (int i = 0; i < tags.size(); i++) {
            CountryTag t = tags.get(i);
            if (t.code().equals(code)) {
                List<Mention> all = new ArrayList<>(evidence);
                all.addAll(t.mentions());
                all.sort(Comparator.comparing((Mention m) -> !m.field().equals("title")).thenComparingInt(Mention::start));
                tags.set(i, new CountryTag(code, t.name(), Math.round((t.score() + score) * 100) / 100.0, true,
                        all.subList(0, Math.min(all.size(), MAX_MENTIONS))));
                return;
            }
        }
        tags.add(new CountryTag(code, englishNames.getOrDefault(code, code), score, true, evidence));
    }

    /**
     * An Arabic word written with tanween (ـٌ ـٍ ـً) is indefinite, and so no institution's name: "كلمات جَامِعَةٌ"
     * ("comprehensive words") in a quoted commentary is no university.
     */
    private static boolean indefinite(PhraseMatch p, TaggingInput in) {
        return WrittenForm.withTanween(in.text(p.field()), p.start(), p.end());
    }

    private static Mention mention(ResolvedMention m, TaggingInput in) {
        PhraseMatch p = m.match();
        return new Mention(in.text(p.field()).substring(p.start(), p.end()), p.start(), p.end(), p.field(), kind(m));
    }

    /**
     * The mention's kind for the output: the dateline, a club's town, a town named after another country (LEBANON,
     * Ohio; Mexico, Pampanga), else what kind of name matched.
     */
    static String kind(ResolvedMention m) {
        if (m.dateline()) {
            return "dateline";
        }
        if (m.club()) {
            return "club";
        }
        NameKind kind = m.match().entry().kind();
        if ((kind == NameKind.COUNTRY_NAME || kind == NameKind.SHORT_FORM || kind == NameKind.DEMONYM)
                && !m.code().equals(m.match().entry().code())) {
            return "city";
        }
        return switch (kind) {
            case COUNTRY_NAME, SHORT_FORM, AMBIGUOUS, NOT_PLACE -> "country";
            case DEMONYM -> "demonym";
            case CITY -> "city";
            case REGION -> "region";
            case INSTITUTION -> m.match().entry().company() ? "company" : "institution";
        };
    }
}
