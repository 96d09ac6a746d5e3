package dev.newsline.sink.api;

import dev.newsline.sink.latest.Copies;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Dedup may name a copy as what a later copy repeats (an exact-id copy of an article that was itself a copy). Such
 * copies are listed under that copy, on its original's partition, which may be another instance's: a list gathers
 * them and folds them under the original too, up to {@link #DEPTH} links.
 */
final class CopyChains {

    /** How many links of copies of copies a list follows. */
    static final int DEPTH = 3;

    private CopyChains() {
    }

    /** {@code listed} with every copy of their copies folded in; {@code lookup} finds copies lists by id. */
    static List<Listed> fold(List<Listed> listed, Function<Set<String>, Map<String, Copies>> lookup) {
        Map<String, Copies> folded = new HashMap<>();
        Map<String, String> rootOf = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Listed l : listed) {
            folded.put(l.summary().id(), l.duplicates());
            seen.add(l.summary().id());
        }
        for (Listed l : listed) {
            l.duplicates().ids().stream().filter(seen::add).forEach(c -> rootOf.put(c, l.summary().id()));
        }
        for (int depth = 0; depth < DEPTH && !rootOf.isEmpty(); depth++) {
            Map<String, String> next = new HashMap<>();
            for (Map.Entry<String, Copies> found : lookup.apply(Set.copyOf(rootOf.keySet())).entrySet()) {
                String root = rootOf.get(found.getKey());
                Copies more = found.getValue();
                folded.computeIfPresent(root, (r, c) -> c.plus(more));
                more.ids().stream().filter(seen::add).forEach(c -> next.put(c, root));
            }
            rootOf.clear();
            rootOf.putAll(next);
        }
        return listed.stream().map(l -> new Listed(l.summary(), folded.get(l.summary().id()))).toList();
    }
}
