package dev.newsline.enrich.topology;

import dev.newsline.enrich.language.LanguageDetector;
import dev.newsline.enrich.tag.country.CountryTagger;
import dev.newsline.enrich.tag.country.CountryTaggerOptions;
import dev.newsline.enrich.tag.topic.TopicTagger;
import dev.newsline.ingest.config.NewslineSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The heavy, thread-safe parts of enrichment (language models, gazetteers, rules), built once per application. */
public record Enrichers(LanguageDetector languageDetector, CountryTagger countryTagger, TopicTagger topicTagger) {

    private static final Logger LOG = LoggerFactory.getLogger(Enrichers.class);

    /** Builds every part from the settings; takes a few seconds (language models, gazetteers). */
    public static Enrichers load(NewslineSettings settings) {
        if (settings.geonamesDir().isEmpty()) {
            LOG.info("country tagger without world cities: no GeoNames extract (newsline.geonames.dir: auto looks for "
                    + "../shared/geonames; set it to a folder holding cities15000.txt and admin1CodesASCII.txt)");
        }
        CountryTagger countries = new CountryTagger(CountryTaggerOptions.allLocales(settings.geonamesDir()));
        LOG.info("country gazetteer loaded in {} ms: {} names{}", countries.loadMillis(),
                countries.gazetteerCounts().get("names"),
                settings.geonamesDir().map(d -> ", GeoNames from " + d).orElse(""));
        return new Enrichers(new LanguageDetector(settings.languages(), settings.languageSampleChars()),
                countries, new TopicTagger());
    }
}
