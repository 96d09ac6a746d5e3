package dev.newsline.enrich.topology;

import dev.newsline.enrich.dedup.Fingerprinter;
import dev.newsline.enrich.identity.ArticleIdentity;
import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.DetectedLanguage;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.model.TopicTag;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.tag.TaggingInput;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.source.RawArticleProducer;
import dev.newsline.ingest.source.SourceCountryHint;
import java.time.Clock;
import java.util.List;

/** Normalizes, identifies, detects the language of and tags one parsed article. One instance per thread. */
public final class ArticleEnricher {

    private final Enrichers enrichers;
    private final Clock clock;
    private final MatchFormNormalizer normalizer = new MatchFormNormalizer();

    public ArticleEnricher(Enrichers enrichers, Clock clock) {
        this.enrichers = enrichers;
        this.clock = clock;
    }

    /** The enriched record of {@code article}. */
    public EnrichedArticle enrich(ParsedArticle article) {
        MatchText titleForm = normalizer.normalize(article.title());
        MatchText bodyForm = normalizer.normalize(article.body());
        String contentHash = ArticleIdentity.contentHash(titleForm.joined() + "\n" + bodyForm.joined());
        String id = ArticleIdentity.idOf(article.suppliedId(), article.url(), contentHash);
        DetectedLanguage language = language(article);
        TaggingInput input = new TaggingInput(article.title(), article.body(), titleForm, bodyForm, language.code(),
                sourceCountry(article));
        List<CountryTag> countries = enrichers.countryTagger().tag(input);
        List<TopicTag> topics = enrichers.topicTagger().tag(input);
        EnrichedArticle enriched = new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, article.title(),
                article.body(), article.text().appended(), article.publishedAt(), article.eventTime(), clock.instant(),
                article.source(), article.sources(), article.text().attribution(), article.url(),
                article.text().keywords(), language, countries, topics, contentHash, article.original(),
                article.charset(), article.originalRaw(), article.format(), article.headers(), article.origin());
        // dedup's fingerprint, next on this thread, shingles the same match forms: folded once, here
        Fingerprinter.MATCH_FORMS.offer(enriched, titleForm.joined() + bodyForm.joined());
        return enriched;
    }

    /** The home country the record's source declares, if it declares a valid one. */
    private static String sourceCountry(ParsedArticle article) {
        return article.headers() == null ? null : SourceCountryHint.parse(article.headers().get(RawArticleProducer.COUNTRY_HINT));
    }

    private DetectedLanguage language(ParsedArticle article) {
        DetectedLanguage detected = enrichers.languageDetector().detect(article.title(), article.body());
        if (DetectedLanguage.UNDETERMINED.equals(detected.code()) && article.languageHint() != null
                && !article.languageHint().isBlank()) {
            // Too little text to tell: trust what the producer declared.
            return new DetectedLanguage(article.languageHint().strip().toLowerCase(java.util.Locale.ROOT), 1.0);
        }
        return detected;
    }
}
