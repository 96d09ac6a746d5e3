package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.tag.TaggingInput;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the countries an article mentions and marks the ones it is about. Thread-safe. */
public final class CountryTagger {

    private final CountryGazetteer gazetteer;
    private final PhraseMatcher matcher;
    private final DatelineReader datelines;
    private final AmbiguityRules rules;
    private final CountryReader reader;
    private final PrimaryCountryScorer scorer;
    private final PhraseMatcher homeInstitutions;
    private final MentionRoles roles;
    private final OwnOffices ownOffices;
    private final TownsPlacedByTheirState townsByTheirState;
    private final DatelineAgencyCredit datelineCredit;

    /** Loads the gazetteer with every CLDR locale (about two seconds, more on a busy machine). */
    public CountryTagger() {
        this(CountryTaggerOptions.allLocales());
    }

    /** Loads the gazetteer as {@code options} say (the benchmark compares locale sets, with and without GeoNames). */
    public CountryTagger(CountryTaggerOptions options) {
        this(options, PrimaryModel.load());
    }

    /** With another primary model: the trainer's, before there is one to load. */
    CountryTagger(CountryTaggerOptions options, PrimaryModel model) {
        this.gazetteer = GazetteerLoader.load(options.cldrLocales(), options.geoNamesDir());
        this.matcher = new PhraseMatcher(gazetteer);
        RegionAfterComma regions = new RegionAfterComma(gazetteer);
        this.datelines = new DatelineReader(gazetteer, regions);
        this.townsByTheirState = new TownsPlacedByTheirState(regions);
        this.roles = new MentionRoles();
        EverydayWords everyday = new EverydayWords(roles);
        this.rules = new AmbiguityRules(new PersonNames(), new ArabicScriptSurnames(personNameWords(), roles),
                new NotPlaceContext(roles, everyday), everyday, new PlaceResolver(regions, roles, gazetteer.capitals()), new ClubMentions(roles),
                roles);
        this.datelineCredit = new DatelineAgencyCredit(datelines.credits());
        this.reader = new CountryReader(roles, datelineCredit);
        this.ownOffices = new OwnOffices(roles);
        this.scorer = new PrimaryCountryScorer(gazetteer.englishNames(), reader, model);
        this.homeInstitutions = new PhraseMatcher(GazetteerLoader.homeInstitutions());
    }

    /** Country tags, primary first, with evidence. */
    public List<CountryTag> tag(TaggingInput input) {
        List<PhraseMatch> matches = matches(matcher, input);
        // institutions named without their country (the ministry) are looked for only when nothing else files it
        List<PhraseMatch> credits = credits(matches, input);
        return scorer.score(resolve(matches, credits, input), credits, () -> matches(homeInstitutions, input), input);
    }

    /** The countries of an article as the primary model sees them: what its trainer learns from. */
    List<CountryReader.Candidate> candidates(TaggingInput input) {
        List<PhraseMatch> matches = matches(matcher, input);
        List<PhraseMatch> credits = credits(matches, input);
        return reader.candidates(resolve(matches, credits, input), credits, input);
    }

    /** What {@code matcher} finds in the title, then the body. */
    private static List<PhraseMatch> matches(PhraseMatcher matcher, TaggingInput input) {
        List<PhraseMatch> matches = new ArrayList<>();
        matches.addAll(matcher.find("title", input.title(), input.titleForm(), input.language()));
        matches.addAll(matcher.find("body", input.body(), input.bodyForm(), input.language()));
        return matches;
    }

    private List<ResolvedMention> resolve(List<PhraseMatch> matches, List<PhraseMatch> credits, TaggingInput input) {
        List<ResolvedMention> resolved = rules.resolve(matches, input, datelines.read(input.body()));
        List<ResolvedMention> implied = ownOffices.add(OurCountry.add(resolved, credits, input, roles), credits, input);
        return townsByTheirState.add(implied, matches, input);
    }

    /**
     * National news agencies' credits, in text order (title first): the fallback for a story naming no country. Without
     * a named one, the agency an Arabic-script dateline credits by its short name ("/أ ش أ/").
     */
    private List<PhraseMatch> credits(List<PhraseMatch> matches, TaggingInput input) {
        List<PhraseMatch> named = matches.stream().filter(m -> m.entry().credit()).toList();
        return named.isEmpty() ? datelineCredit.find(input) : named;
    }

    /** Every country code a tag can carry (ISO 3166-1 alpha-2), e.g. to create per-country topics ahead of time. */
    public Set<String> codes() {
        Set<String> codes = new HashSet<>(gazetteer.englishNames().keySet());
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.code() != null) {
                codes.add(e.code());
            }
            if (e.ambiguity() != null) {
                if (e.ambiguity().defaultCode() != null) {
                    codes.add(e.ambiguity().defaultCode());
                }
                codes.addAll(e.ambiguity().cues().keySet());
            }
        }
        return Set.copyOf(codes);
    }

    /** Names in the gazetteer, per kind, load time: for reports and the benchmark. */
    public Map<String, Integer> gazetteerCounts() {
        return gazetteer.counts();
    }

    /** How long loading the gazetteer took, in milliseconds. */
    public long loadMillis() {
        return gazetteer.loadMillis();
    }

    private static Set<String> personNameWords() {
        MatchFormNormalizer normalizer = new MatchFormNormalizer();
        Set<String> words = new HashSet<>();
        for (String word : CuratedNames.personNameWords()) {
            words.add(normalizer.fold(word));
        }
        return words;
    }
}
