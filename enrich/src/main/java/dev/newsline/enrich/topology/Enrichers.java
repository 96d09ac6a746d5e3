package dev.newsline.enrich.topology;

import dev.newsline.enrich.language.LanguageDetector;
import dev.newsline.enrich.tag.country.CountryTagger;
import dev.newsline.enrich.tag.country.CountryTaggerOptions;
import dev.newsline.enrich.tag.topic.TopicTagger;
import dev.newsline.ingest.config.NewslineSettings;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The heavy, thread-safe parts of enrichment (language models, gazetteers, rules), built once per application. */
public record Enrichers(LanguageDetector languageDetector, CountryTagger countryTagger, TopicTagger topicTagger) {

    private static final Logger LOG = LoggerFactory.getLogger(Enrichers.class);

    /**
     * Builds every part from the settings; takes a few seconds (the country gazetteer most). The three parts are
     * built at once on their own threads: each is single-threaded work on its own data, and the country gazetteer
     * alone takes longer than the other two together. Lingua's models for short texts are left to load when a short
     * text first needs them.
     */
    public static Enrichers load(NewslineSettings settings) {
        if (settings.geonamesDir().isEmpty()) {
            LOG.info("country tagger without world cities: no GeoNames extract (newsline.geonames.dir: auto looks for "
                    + "../shared/geonames; set it to a folder holding cities15000.txt and admin1CodesASCII.txt)");
        }
        // Checked here, on the caller's thread, so a bad setting fails at once with its own message.
        CountryTaggerOptions countryOptions = CountryTaggerOptions.allLocales(settings.geonamesDir());
        CompletableFuture<CountryTagger> countries = timed("country gazetteer", () -> new CountryTagger(countryOptions));
        CompletableFuture<TopicTagger> topics = timed("topic rules", TopicTagger::new);
        long t0 = System.nanoTime();
        LanguageDetector languages = new LanguageDetector(settings.languages(), settings.languageSampleChars());
        LOG.info("language models (trigrams) loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
        CountryTagger countryTagger = join(countries);
        LOG.info("country gazetteer: {} names{}", countryTagger.gazetteerCounts().get("names"),
                settings.geonamesDir().map(d -> ", GeoNames from " + d).orElse(""));
        return new Enrichers(languages, countryTagger, join(topics));
    }

    /** Starts {@code part} on its own thread (the common pool is Lingua's), logging how long it took. */
    private static <T> CompletableFuture<T> timed(String what, Supplier<T> part) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                result.complete(part.get());
                LOG.info("{} loaded in {} ms", what, (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "newsline-load-" + what.replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static <T> T join(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            // The part's own exception, as if it had been built on this thread (one-line messages stay one line).
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
