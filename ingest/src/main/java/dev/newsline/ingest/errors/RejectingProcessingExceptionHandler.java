package dev.newsline.ingest.errors;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that makes any processor throw goes to news.rejected with its original bytes, and the stream goes on
 * (KIP-1033 handler, KIP-1034 dead-letter record, sent in the same transaction as the task's other output).
 * Exceptions of the per-tag routing processors only cost the extra copies: logged and counted, the article has
 * already gone to news.enriched. A failed punctuation has no record: logged, and it runs again at its next time. Exceptions of Kafka Streams itself (a state store, a send that failed) say
 * nothing about the record and fail the thread, so the uncaught-exception policy decides.
 */
public final class RejectingProcessingExceptionHandler implements ProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RejectingProcessingExceptionHandler.class);

    private DeadLetters deadLetters = new DeadLetters(HandlerSettings.defaults().maxRejectionBytes());

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = new DeadLetters(HandlerSettings.from(configs).maxRejectionBytes());
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        String processor = context.processorNodeId();
        if (exception instanceof StreamsException) {
            LOG.error("processor {} failed on {}-{}@{} for a reason of Kafka Streams, not of the record: {}", processor,
                    context.topic(), context.partition(), context.offset(), exception.toString());
            return Response.fail();
        }
        if (record == null) {
            // A punctuation (scheduled work, such as expiring an index) failed: no record to reject; it runs again.
            LOG.error("scheduled work of processor {} failed, skipped until its next run: {}", processor,
                    exception.toString(), exception);
            return Response.resume();
        }
        if (PipelineStage.isRouting(processor)) {
            FailureCounter.ROUTING_FAILED.increment();
            LOG.warn("per-tag copies of the record {}-{}@{} lost (the article is unaffected): {}", context.topic(),
                    context.partition(), context.offset(), DeadLetters.describe(exception, "in processor " + processor));
            return Response.resume();
        }
        FailedRecord failed = FailedRecord.of(context, record.key(), record.value());
        String message = DeadLetters.describe(exception, "in processor " + processor);
        LOG.warn("rejected {} after an exception: {}", failed.origin(), message, exception);
        return Response.resume(List.of(deadLetters.rejection(failed, DeadLetters.reasonFor(exception),
                PipelineStage.of(processor), message)));
    }
}
