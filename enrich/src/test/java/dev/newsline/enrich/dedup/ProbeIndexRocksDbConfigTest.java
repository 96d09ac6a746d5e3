package dev.newsline.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rocksdb.Options;

class ProbeIndexRocksDbConfigTest {

    @Test
    void theProbeIndexKeepsBloomFiltersOnItsBottomLevelAndOtherStoresKeepKafkaStreamsDefaults() {
        ProbeIndexRocksDbConfig setter = new ProbeIndexRocksDbConfig();
        try (Options index = new Options().setOptimizeFiltersForHits(true);
             Options gather = new Options().setOptimizeFiltersForHits(true)) {
            setter.setConfig(ProbeIndex.STORE, index, Map.of());
            setter.setConfig(VerdictGatherer.STORE, gather, Map.of());
            assertThat(index.optimizeFiltersForHits()).isFalse();
            assertThat(gather.optimizeFiltersForHits()).isTrue();
        }
    }
}
