package dev.newsline.sink.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.source.ArticleOutcome;
import dev.newsline.ingest.topology.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class MissingInputsTest {

    private static ArticleOutcome sent(String path, int partition, long offset) {
        return new ArticleOutcome(path, 0, path, 10, partition, offset, null, false);
    }

    private static ConsumerRecord<String, String> output(String topic, String filename, int partition, long offset) {
        return new ConsumerRecord<>(topic, 0, 0, null, "{\"headers\":{\"filename\":\"" + filename + "\"},"
                + "\"origin\":{\"topic\":\"news.raw\",\"partition\":" + partition + ",\"offset\":" + offset + "}}");
    }

    @Test
    void theFilesWhoseRawRecordIsOnNoOutputTopicAreMissingInInputOrder() {
        List<ArticleOutcome> sent = List.of(sent("in/a.txt", 0, 0), sent("in/b.txt", 1, 0), sent("in/c.txt", 0, 1),
                sent("in/d.txt", 1, 1));
        Map<String, List<ConsumerRecord<String, String>>> accounted = Map.of(
                Topics.ENRICHED, List.of(output(Topics.ENRICHED, "a.txt", 0, 0)),
                Topics.DUPLICATES, List.of(),
                Topics.REJECTED, List.of(output(Topics.REJECTED, "c.txt", 0, 1)));

        assertThat(MissingInputs.of(sent, accounted)).extracting(ArticleOutcome::entry)
                .containsExactly("in/b.txt", "in/d.txt");
    }

    @Test
    void twoFilesOfTheSameNameAreToldApartByWhereTheyLandedOnNewsRaw() {
        List<ArticleOutcome> sent = List.of(sent("one/same.txt", 0, 5), sent("two/same.txt", 0, 6));
        Map<String, List<ConsumerRecord<String, String>>> accounted = Map.of(
                Topics.ENRICHED, List.of(output(Topics.ENRICHED, "same.txt", 0, 6)));

        assertThat(MissingInputs.of(sent, accounted)).extracting(ArticleOutcome::entry)
                .containsExactly("one/same.txt");
    }

    @Test
    void anOutputThatNamesNoOriginAccountsForNothing() {
        List<ArticleOutcome> sent = List.of(sent("a.txt", 0, 0));
        Map<String, List<ConsumerRecord<String, String>>> accounted = Map.of(Topics.REJECTED, List.of(
                new ConsumerRecord<>(Topics.REJECTED, 0, 0, null, "not json"),
                new ConsumerRecord<>(Topics.REJECTED, 0, 1, null, "{\"origin\":{\"topic\":\"elsewhere\",\"partition\":0,\"offset\":0}}")));

        assertThat(MissingInputs.of(sent, accounted)).hasSize(1);
    }
}
