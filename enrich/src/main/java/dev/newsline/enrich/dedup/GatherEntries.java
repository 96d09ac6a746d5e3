package dev.newsline.enrich.dedup;

/** What the gather store holds for a delivery, read from outside the stage: its key, and an entry's verdict count. */
public final class GatherEntries {

    private GatherEntries() {
    }

    /** The gather key of the article with {@code id} read from news.raw at {@code partition} and {@code offset}. */
    public static String ref(String id, int partition, long offset) {
        return Refs.of(OrderKey.boundedId(id), Fingerprinter.delivery(partition, offset));
    }

    /** "N of M verdicts" for a stored entry of the current layout, or null for anything else (its article, JSON). */
    public static String verdictCount(byte[] entry) {
        if (entry == null || entry.length == 0 || entry[0] != GatherEntryFormat.FORMAT) {
            return null;
        }
        try {
            PendingArticle p = GatherEntryFormat.decode(entry);
            return p.verdicts().size() + " of " + p.expected() + " verdicts";
        } catch (CorruptEntryException e) {
            return null;
        }
    }
}
