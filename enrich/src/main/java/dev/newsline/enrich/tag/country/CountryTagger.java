package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.tag.TaggingInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.newsline.enrich.normalize.MatchFormNormalizer;

/** Finds the countries an article mentions and marks the ones it is about. Thread-safe. */
public final class CountryTagger {

    private final CountryGazetteer gazetteer;
    private final PhraseMatcher matcher;
    private final AmbiguityRules rules;
    private final PrimaryCountryScorer scorer;

    /** Loads the gazetteer with every CLDR locale (a second or two). */
    public CountryTagger() {
        this(CountryTaggerOptions.allLocales());
    }

    public CountryTagger(CountryTaggerOptions options) {
        this.gazetteer = GazetteerLoader.load(options.cldrLocales());
        this.matcher = new PhraseMatcher(gazetteer);
        this.rules = new AmbiguityRules(personNameWords());
        this.scorer = new PrimaryCountryScorer(gazetteer.englishNames());
    }

    /** Country tags, primary first, with evidence. */
    public List<CountryTag> tag(TaggingInput input) {
        List<PhraseMatch> matches = new ArrayList<>();
        matches.addAll(matcher.find("title", input.title(), input.titleForm(), input.language()));
        matches.addAll(matcher.find("body", input.body(), input.bodyForm(), input.language()));
        return scorer.score(rules.resolve(matches, input), input.title(), input.body());
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
        var in = CountryTagger.class.getResourceAsStream(CuratedNames.DIR + "person-name-words.txt");
        if (in == null) {
            throw new IllegalStateException("missing gazetteer resource person-name-words.txt");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(normalizer.fold(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
