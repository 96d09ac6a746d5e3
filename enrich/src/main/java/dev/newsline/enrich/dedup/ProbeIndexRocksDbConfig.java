package dev.newsline.enrich.dedup;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

/**
 * RocksDB options for the dedup probe index: bloom filters on every level. Kafka Streams' default
 * ({@code optimizeFiltersForHits}) builds none for the bottommost level, where a full index keeps most of
 * its data, so every lookup of a never-seen probe key — nearly all of them — would read an index and a data
 * block there, and the cost per article would grow with the window. Other stores keep the defaults.
 */
public class ProbeIndexRocksDbConfig implements RocksDBConfigSetter {

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        if (ProbeIndex.STORE.equals(storeName)) {
            options.setOptimizeFiltersForHits(false);
        }
    }

    @Override
    public void close(String storeName, Options options) {
        // nothing allocated
    }
}
