package dev.newsline.sink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.model.Origin;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The origin of the three output shapes of docs/schema.md, and nothing from a record that has none. */
class OriginReaderTest {

    private static Optional<Origin> read(String json) {
        return OriginReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheOriginOfAnEnrichedRecordAfterNestedFieldsThatAlsoHoldOffsets() {
        String enriched = """
                {"schema_version":1,"id":"a","title":"T","body":"B",
                 "countries":[{"code":"TR","mentions":[{"text":"Turkey","start":3,"end":9,"field":"body",
                   "origin":{"topic":"decoy","partition":9,"offset":9}}]}],
                 "headers":{"offset":"77"},
                 "origin":{"topic":"news.raw","partition":2,"offset":41,"timestamp":1795505902497}}""";
        assertThat(read(enriched)).contains(new Origin("news.raw", 2, 41, 1795505902497L));
    }

    @Test
    void readsTheOriginOfAFlatDuplicateRecord() {
        String duplicate = """
                {"schema_version":1,"id":"b","origin":{"topic":"news.raw","partition":0,"offset":7,"timestamp":5},
                 "duplicate_of":"a","similarity":1.0,"method":"exact-id","published_earlier":false}""";
        assertThat(read(duplicate)).contains(new Origin("news.raw", 0, 7, 5));
    }

    @Test
    void readsTheOriginOfARejectedRecord() {
        String rejected = """
                {"schema_version":1,"reason":"EMPTY","message":"empty record","stage":"ingest","original_base64":"",
                 "headers":{},"origin":{"topic":"news.raw","partition":1,"offset":0,"timestamp":-1},
                 "rejected_at":"2026-01-01T00:00:00Z"}""";
        assertThat(read(rejected)).contains(new Origin("news.raw", 1, 0, -1));
    }

    @Test
    void aRecordWithoutAUsableOriginHasNone() {
        assertThat(read("{\"id\":\"a\"}")).isEmpty();
        assertThat(read("{\"origin\":null}")).isEmpty();
        assertThat(read("{\"origin\":{\"topic\":\"news.raw\",\"partition\":\"0\",\"offset\":3}}")).isEmpty();
        assertThat(read("{\"origin\":{\"topic\":\"news.raw\",\"offset\":3}}")).isEmpty();
        assertThat(read("{\"origin\":{\"topic\":\"news.raw\",\"partition\":0,\"offset\":-3}}")).isEmpty();
        assertThat(read("[1,2]")).isEmpty();
        assertThat(read("{\"origin\":{\"topic\":\"news.raw\",\"partit")).isEmpty();
        assertThat(OriginReader.read(new byte[] {(byte) 0xff, 0x00, 0x13})).isEmpty();
        assertThat(OriginReader.read(null)).isEmpty();
    }
}
