package dev.newsline.ingest.errors;

import dev.newsline.ingest.model.RejectedRecord;
import dev.newsline.ingest.serde.RejectedRecordSerde;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.ingest.validate.RejectReason;
import dev.newsline.ingest.validate.Rejection;
import dev.newsline.ingest.validate.Rejections;
import java.time.Clock;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builds the news.rejected record an exception handler hands back to Kafka Streams to send (KIP-1034). */
final class DeadLetters {

    private final Rejections rejections = new Rejections(Clock.systemUTC());
    private final RejectedRecordSerde serde;

    DeadLetters(int maxRejectionBytes) {
        this.serde = new RejectedRecordSerde(maxRejectionBytes);
    }

    /** The rejection of {@code failed}, keyed like the raw record, capped to fit; counted. */
    ProducerRecord<byte[], byte[]> rejection(FailedRecord failed, RejectReason reason, String stage, String message) {
        (failed.article() ? FailureCounter.REJECTED : FailureCounter.INTERNAL_RECORD_REJECTED).increment();
        RejectedRecord rejected = rejections.record(new Rejection(reason, message), stage, failed.original(),
                failed.headers(), failed.origin());
        Long timestamp = failed.origin().timestamp() >= 0 ? failed.origin().timestamp() : null;
        return new ProducerRecord<>(Topics.REJECTED, null, timestamp, failed.key(), serde.write(rejected));
    }

    /** The reason for {@code e}: OUTPUT_TOO_LARGE for a record too large to write, else INTERNAL_ERROR. */
    static RejectReason reasonFor(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutputTooLargeException
                    || t instanceof org.apache.kafka.common.errors.RecordTooLargeException) {
                return RejectReason.OUTPUT_TOO_LARGE;
            }
        }
        return RejectReason.INTERNAL_ERROR;
    }

    /** One line about {@code e}, naming where it happened. */
    static String describe(Throwable e, String where) {
        return e.getClass().getSimpleName() + ": " + e.getMessage() + " (" + where + ")";
    }
}
