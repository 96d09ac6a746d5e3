package dev.newsline.ingest.errors;

import dev.newsline.ingest.validate.RejectReason;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that cannot be read (news.raw is read as bytes and never fails; a repartition topic can hold a
 * record an older or newer version wrote) goes to news.rejected: with its article's original bytes when its JSON
 * still holds them, else with its own bytes. The stream goes on.
 */
public final class RejectingDeserializationExceptionHandler implements DeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RejectingDeserializationExceptionHandler.class);

    private DeadLetters deadLetters = new DeadLetters(HandlerSettings.defaults().maxRejectionBytes());

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = new DeadLetters(HandlerSettings.from(configs).maxRejectionBytes());
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        FailedRecord failed = FailedRecord.of(record);
        String message = DeadLetters.describe(exception, "reading " + record.topic());
        LOG.warn("rejected {}-{}@{}, which cannot be read: {}", record.topic(), record.partition(), record.offset(),
                message);
        return Response.resume(List.of(deadLetters.rejection(failed, RejectReason.INTERNAL_ERROR,
                PipelineStage.of(context.processorNodeId()), message)));
    }
}
