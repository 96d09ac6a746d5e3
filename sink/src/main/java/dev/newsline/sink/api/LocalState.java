package dev.newsline.sink.api;

import dev.newsline.sink.count.CountDimension;
import dev.newsline.sink.count.CountProfile;
import dev.newsline.sink.count.CountWindow;
import dev.newsline.sink.count.Tally;
import dev.newsline.sink.latest.ArticleEvent;
import dev.newsline.sink.latest.Copies;
import dev.newsline.sink.latest.IndexEntry;
import dev.newsline.sink.latest.RecencyKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Answers queries from this instance's sink stores only; {@link ClusterQueries} puts the instances together. */
final class LocalState {

    /** Newest first, then by id: the order of every list. */
    static final Comparator<Listed> NEWEST_FIRST = Comparator
            .comparing((Listed l) -> l.summary().eventTime()).reversed()
            .thenComparing(l -> l.summary().id());

    private final SinkStores stores;

    LocalState(SinkStores stores) {
        this.stores = stores;
    }

    /** The newest originals matching the query, with their copies, at most {@code limit}. */
    List<Listed> articles(ArticlesQuery query) {
        List<Listed> found = new ArrayList<>();
        for (ReadOnlyKeyValueStore<Bytes, IndexEntry> index : stores.indexes()) {
            int taken = 0;
            try (KeyValueIterator<Bytes, IndexEntry> newest = index.reverseAll()) {
                while (newest.hasNext() && taken < query.limit()) {
                    IndexEntry e = newest.next().value;
                    if (e.original() && query.filter().matches(e.summary())
                            && query.q().map(e::contains).orElse(true)) {
                        found.add(new Listed(e.summary(), copiesOf(e.summary().id())));
                        taken++;
                    }
                }
            }
        }
        found.sort(NEWEST_FIRST);
        return found.size() > query.limit() ? List.copyOf(found.subList(0, query.limit())) : found;
    }

    /** The copies lists kept here of any of {@code ids} (copies of a copy are listed under that copy). */
    Map<String, Copies> copies(Collection<String> ids) {
        Map<String, Copies> found = new TreeMap<>();
        for (String id : ids) {
            Copies c = stores.copies().get(id);
            if (c != null) {
                found.put(id, c);
            }
        }
        return found;
    }

    /** The full record of article {@code id} if it is kept here. */
    Optional<ArticleDetail> article(String id) {
        ArticleEvent event = stores.articles().get(id);
        if (event == null) {
            return Optional.empty();
        }
        return Optional.of(new ArticleDetail(event.article(), event.duplicate() ? null : copiesOf(id),
                event.duplicateOf(), event.method()));
    }

    /** The newest event time of an article kept here. */
    Optional<Instant> newest() {
        Optional<Instant> newest = Optional.empty();
        for (ReadOnlyKeyValueStore<Bytes, IndexEntry> index : stores.indexes()) {
            try (KeyValueIterator<Bytes, IndexEntry> it = index.reverseAll()) {
                if (it.hasNext()) {
                    Instant t = RecencyKey.eventTime(it.peekNextKey());
                    if (newest.isEmpty() || t.isAfter(newest.get())) {
                        newest = Optional.of(t);
                    }
                }
            }
        }
        return newest;
    }

    /** This instance's part of the counts of a query with its range resolved: the matching profiles summed. */
    CountBuckets counts(CountsQuery query) {
        ArticleFilter f = query.filter();
        CountDimension by = query.by();
        Optional<String> ownFilter = switch (by) {
            case COUNTRY -> f.country();
            case TOPIC -> f.topic();
            case LANGUAGE -> f.language();
            case SOURCE -> Optional.empty();
        };
        Map<Instant, Map<String, Tally>> sums = new TreeMap<>();
        try (KeyValueIterator<Windowed<String>, Tally> it = stores.counts(query.window()).fetchAll(
                query.from().orElseThrow(), query.to().orElseThrow().minusMillis(1))) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, Tally> kv = it.next();
                Optional<CountProfile> profile = CountProfile.decode(kv.key.key());
                if (profile.isEmpty() || !profile.get().matches(by, f.country(), f.topic(), f.language())) {
                    continue;
                }
                for (String value : profile.get().valuesOf(by)) {
                    if (ownFilter.isEmpty() || ownFilter.get().equals(value)) {
                        sums.computeIfAbsent(kv.key.window().startTime(), s -> new TreeMap<>())
                                .merge(value, kv.value, Tally::plus);
                    }
                }
            }
        }
        return new CountBuckets(sums.entrySet().stream()
                .map(e -> new CountBuckets.Bucket(e.getKey(), e.getValue())).toList());
    }

    private Copies copiesOf(String id) {
        Copies c = stores.copies().get(id);
        return c == null ? Copies.none() : c;
    }
}
