package dev.newsline.enrich.topology;

import dev.newsline.enrich.language.LanguageDetector;
import dev.newsline.enrich.tag.country.CountryTagger;
import dev.newsline.enrich.tag.topic.TopicTagger;
import dev.newsline.ingest.config.NewslineSettings;

/** The heavy, thread-safe parts of enrichment (language models, gazetteers, rules), built once per application. */
public record Enrichers(LanguageDetector languageDetector, CountryTagger countryTagger, TopicTagger topicTagger) {

    /** Builds every part from the settings; takes a few seconds (language models, gazetteers). */
    public static Enrichers load(NewslineSettings settings) {
        return new Enrichers(new LanguageDetector(settings.languages(), settings.languageSampleChars()),
                new CountryTagger(), new TopicTagger());
    }
}
