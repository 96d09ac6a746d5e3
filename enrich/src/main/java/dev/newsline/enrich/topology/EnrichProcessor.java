package dev.newsline.enrich.topology;

import dev.newsline.enrich.model.EnrichFailure;
import dev.newsline.enrich.model.EnrichOutcome;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.validate.Rejection;
import dev.newsline.ingest.validate.Rejections;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Enriches each article and keys it by article id; a failure, or an enriched record too large to travel on, becomes
 * a rejection carrying the raw bytes exactly as delivered, never a crash.
 */
final class EnrichProcessor implements Processor<String, ParsedArticle, String, EnrichOutcome> {

    static final String STAGE = "enrich";

    private final ArticleEnricher enricher;
    private final EnrichedSizeCheck sizeCheck = new EnrichedSizeCheck();
    private final Rejections rejections = new Rejections(Clock.systemUTC());
    private ProcessorContext<String, EnrichOutcome> context;

    EnrichProcessor(Enrichers enrichers) {
        this.enricher = new ArticleEnricher(enrichers, Clock.systemUTC());
    }

    @Override
    public void init(ProcessorContext<String, EnrichOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, ParsedArticle> record) {
        ParsedArticle article = record.value();
        Rejection rejection;
        try {
            EnrichedArticle enriched = enricher.enrich(article);
            rejection = sizeCheck.tooLarge(enriched);
            if (rejection == null) {
                context.forward(record.withKey(enriched.id()).withValue(enriched));
                return;
            }
        } catch (RuntimeException e) {
            rejection = Rejections.internalError(e);
        }
        context.forward(record.withValue(new EnrichFailure(rejections.record(rejection, STAGE, article.originalBytes(),
                article.headers(), article.origin()))));
    }
}
