package dev.newsline.ingest.topology;

import dev.newsline.ingest.model.IngestOutcome;
import dev.newsline.ingest.model.Origin;
import dev.newsline.ingest.read.RawArticleReader;
import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.Rejection;
import dev.newsline.ingest.validate.Rejections;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Reads each raw record into an article or a rejection; no input can make it throw. */
final class RawRecordProcessor implements Processor<byte[], byte[], String, IngestOutcome> {

    static final String STAGE = "ingest";

    private final RawArticleReader reader;
    private final Rejections rejections = new Rejections(Clock.systemUTC());
    private ProcessorContext<String, IngestOutcome> context;

    RawRecordProcessor(int maxArticleBytes) {
        this.reader = new RawArticleReader(maxArticleBytes);
    }

    @Override
    public void init(ProcessorContext<String, IngestOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        Origin origin = context.recordMetadata()
                .map(m -> new Origin(m.topic(), m.partition(), m.offset(), record.timestamp()))
                .orElse(new Origin(Topics.RAW, -1, -1, record.timestamp()));
        Map<String, String> headers = HeaderStrings.of(record.headers());
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        IngestOutcome outcome;
        try {
            // Kept now, while the raw bytes are at hand: a failure after ingest rejects the record with them.
            outcome = reader.read(record.value(), headers, origin).keepingRaw(record.value());
        } catch (InputRejectedException e) {
            outcome = rejections.record(e.rejection(), STAGE, record.value(), headers, origin);
        } catch (RuntimeException e) {
            Rejection bug = Rejections.internalError(e);
            outcome = rejections.record(bug, STAGE, record.value(), headers, origin);
        }
        context.forward(record.withKey(key).withValue(outcome));
    }
}
