package dev.newsline.enrich.topology;

import dev.newsline.enrich.model.EnrichFailure;
import dev.newsline.enrich.model.EnrichOutcome;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.validate.Rejections;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Enriches each article and keys it by article id; a failure becomes a rejection, never a crash. */
final class EnrichProcessor implements Processor<String, ParsedArticle, String, EnrichOutcome> {

    static final String STAGE = "enrich";

    private final ArticleEnricher enricher;
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
        try {
            EnrichedArticle enriched = enricher.enrich(article);
            context.forward(record.withKey(enriched.id()).withValue(enriched));
        } catch (RuntimeException e) {
            byte[] original = article.original().getBytes(StandardCharsets.UTF_8);
            EnrichFailure failure = new EnrichFailure(rejections.record(Rejections.internalError(e), STAGE,
                    original, article.headers(), article.origin()));
            context.forward(record.withValue(failure));
        }
    }
}
