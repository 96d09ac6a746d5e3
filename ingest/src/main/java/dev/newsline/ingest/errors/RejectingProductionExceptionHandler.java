package dev.newsline.ingest.errors;

import dev.newsline.ingest.topology.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when an output cannot be written.
 * <ul>
 * <li>It cannot be serialized, or is larger than its topic accepts (the size checks throw
 * {@link OutputTooLargeException} while serializing, before the producer sees it): the article goes to
 * news.rejected with its original bytes instead, and the stream goes on.</li>
 * <li>A per-tag copy: logged and counted, never more; the article is on news.enriched.</li>
 * <li>The broker refused it for a passing reason (leader moving, not enough replicas): retried from the last
 * commit (KIP-1065 {@code RETRY}); these are about the cluster, not the record.</li>
 * <li>The broker refused it for good: under exactly-once that aborts the transaction, whatever a handler answers,
 * so the thread fails and the uncaught-exception policy bounds the retries; under at-least-once the article is
 * rejected instead.</li>
 * </ul>
 */
public final class RejectingProductionExceptionHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RejectingProductionExceptionHandler.class);

    private HandlerSettings settings = HandlerSettings.defaults();
    private DeadLetters deadLetters = new DeadLetters(settings.maxRejectionBytes());

    @Override
    public void configure(Map<String, ?> configs) {
        settings = HandlerSettings.from(configs);
        deadLetters = new DeadLetters(settings.maxRejectionBytes());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        String topic = record.topic();
        String message = DeadLetters.describe(exception, "writing to " + topic);
        if (Topics.isRoutedTopic(topic)) {
            return copyLost(message);
        }
        if (Topics.REJECTED.equals(topic)) {
            LOG.error("a rejection could not be written: {}", message, exception);
            return Response.fail();
        }
        return reject(FailedRecord.of(context, record.key(), record.value()), context, exception, message);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        String topic = record.topic();
        String message = DeadLetters.describe(exception, "writing to " + topic);
        if (Topics.isRoutedTopic(topic)) {
            return copyLost(message);
        }
        if (exception instanceof RetriableException) {
            LOG.warn("retrying from the last commit: {}", message);
            return Response.retry();
        }
        if (settings.exactlyOnce() || Topics.REJECTED.equals(topic)) {
            LOG.error("the broker refused a record for {}: {}; under exactly-once this aborts the transaction. If the "
                    + "record is too large, raise the topic's max.message.bytes (kafka-configs --alter --entity-type "
                    + "topics --entity-name {} --add-config max.message.bytes=...)", topic, message, topic);
            return Response.fail();
        }
        return reject(FailedRecord.ofSent(record), context, exception, message);
    }

    private static Response copyLost(String message) {
        FailureCounter.ROUTING_FAILED.increment();
        LOG.warn("a per-tag copy was not written (the article is unaffected): {}", message);
        return Response.resume();
    }

    private Response reject(FailedRecord failed, ErrorHandlerContext context, Exception exception, String message) {
        LOG.warn("rejected {}: {}", failed.origin(), message);
        return Response.resume(List.of(deadLetters.rejection(failed, DeadLetters.reasonFor(exception),
                PipelineStage.of(context.processorNodeId()), message)));
    }
}
