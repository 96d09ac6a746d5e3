package dev.newsline.sink.latest;

import java.util.ArrayList;
import java.util.List;

/**
 * The copies of one original: how many, and the ids of the first {@link #MAX_IDS} (a syndicated story can have
 * hundreds, the list stays small).
 */
public record Copies(long count, List<String> ids) {

    /** How many copy ids are kept per original. */
    public static final int MAX_IDS = 100;

    public Copies {
        ids = List.copyOf(ids);
    }

    /** No copies. */
    public static Copies none() {
        return new Copies(0, List.of());
    }

    /** These copies and {@code more}: counts added, ids up to {@link #MAX_IDS}. */
    public Copies plus(Copies more) {
        List<String> all = new ArrayList<>(ids);
        more.ids().stream().limit(Math.max(0, MAX_IDS - all.size())).forEach(all::add);
        return new Copies(count + more.count(), all);
    }

    /** These copies and one more (an exact-id copy has its original's id: it is listed under that id again). */
    public Copies with(String id) {
        List<String> more = new ArrayList<>(ids);
        if (more.size() < MAX_IDS) {
            more.add(id);
        }
        return new Copies(count + 1, more);
    }
}
