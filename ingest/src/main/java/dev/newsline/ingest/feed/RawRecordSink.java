package dev.newsline.ingest.feed;

import java.util.List;
import java.util.Optional;

/** Where feed records go: news.raw through {@link KafkaRawSink}, a list in tests of the poller. */
public interface RawRecordSink {

    /**
     * Sends the records and waits for the broker's answers.
     *
     * @return for each record in order: empty when acknowledged, else why it was not sent
     */
    List<Optional<Refusal>> send(List<FeedRecord> records) throws InterruptedException;
}
