package dev.newsline.ingest.topology;

import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.StreamsConfigFactory;
import dev.newsline.ingest.errors.OutputLimit;
import dev.newsline.ingest.model.IngestOutcome;
import dev.newsline.ingest.model.ParsedArticle;
import dev.newsline.ingest.model.RejectedRecord;
import dev.newsline.ingest.serde.JsonSerde;
import dev.newsline.ingest.serde.RejectedRecordSerde;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/** Stage 1 of the topology: news.raw → parsed articles, and bad input → news.rejected. */
public final class IngestStage {

    /** Serde of records on news.rejected. */
    public static final Serde<RejectedRecord> REJECTED_SERDE =
            new RejectedRecordSerde(OutputLimit.valueBytes(StreamsConfigFactory.MAX_RECORD_BYTES));
    /** Serde of articles between ingest and enrich (also used when they cross a repartition). */
    public static final Serde<ParsedArticle> PARSED_SERDE = JsonSerde.of(ParsedArticle.class);

    private IngestStage() {
    }

    /** Adds the ingest stage to {@code builder}; returns the stream of parsed articles (key: raw key or null). */
    public static KStream<String, ParsedArticle> build(StreamsBuilder builder, NewslineSettings settings) {
        Map<String, KStream<String, IngestOutcome>> outcomes = builder
                .stream(Topics.RAW, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("ingest-raw"))
                .process(() -> new RawRecordProcessor(settings.maxArticleBytes()), Named.as("read-raw-record"))
                .split(Named.as("ingest-"))
                .branch((key, outcome) -> outcome instanceof RejectedRecord, Branched.as("rejected"))
                .defaultBranch(Branched.as("parsed"));

        outcomes.get("ingest-rejected")
                .mapValues(outcome -> (RejectedRecord) outcome, Named.as("ingest-as-rejected"))
                .to(Topics.REJECTED, Produced.with(Serdes.String(), REJECTED_SERDE).withName("ingest-to-rejected"));

        return outcomes.get("ingest-parsed")
                .mapValues(outcome -> (ParsedArticle) outcome, Named.as("ingest-as-parsed"));
    }
}
