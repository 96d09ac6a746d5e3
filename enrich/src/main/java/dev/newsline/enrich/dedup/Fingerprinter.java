package dev.newsline.enrich.dedup;

import dev.newsline.enrich.identity.ArticleIdentity;
import dev.newsline.enrich.identity.UrlCanonicalizer;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.ingest.model.Origin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;

/** Computes an article's order key and probe keys. Not thread-safe (the normalizer is not): one per processor. */
public final class Fingerprinter {

    /**
     * The joined match forms of title then body that enrichment folded for an article, handed to its fingerprint,
     * next on the same thread, so they are not folded twice.
     */
    public static final ArticleHandoff<String> MATCH_FORMS = new ArticleHandoff<>();

    private static final int EXACT_KEY_BYTES = 12;

    private final DedupSettings settings;
    private final MatchFormNormalizer normalizer = new MatchFormNormalizer();
    private final Shingler shingler;
    private final OnePermutationHasher minHasher;
    private final LshBands bands;

    public Fingerprinter(DedupSettings settings) {
        this.settings = settings;
        this.shingler = new Shingler(settings.shingleChars());
        this.minHasher = new OnePermutationHasher(Math.max(settings.sketchValues(), settings.bands() * settings.rows()));
        this.bands = new LshBands(settings.bands(), settings.rows());
    }

    /** The article's fingerprint. */
    public Fingerprint fingerprint(EnrichedArticle a) {
        List<Bytes> probes = new ArrayList<>(3 + settings.bands());
        probes.add(ProbeKind.ID.key(digest(a.id())));
        String url = UrlCanonicalizer.canonicalize(a.url());
        if (url != null) {
            probes.add(ProbeKind.URL.key(digest(url)));
        }
        String form = matchForm(a);
        probes.add(ProbeKind.CONTENT.key(digest(a.contentHash() != null ? a.contentHash() : form)));
        long[] shingles = shingler.shingles(form);
        SimilaritySketch sketch = null;
        if (shingles.length >= settings.minShingles()) {
            int[] signature = minHasher.signature(shingles);
            // Bands from the first bands × rows values; the sketch keeps 2 bits of every value to verify.
            for (long band : bands.keys(signature)) {
                probes.add(ProbeKind.BAND.key(longBytes(band)));
            }
            sketch = SimilaritySketch.of(signature, shingles.length);
        }
        return new Fingerprint(a, orderKey(a), List.copyOf(probes), sketch);
    }

    /** Shingles of the article's separator-free match form (title then body). */
    public long[] shingles(EnrichedArticle a) {
        return shingler.shingles(matchForm(a));
    }

    /** The MinHash signature of the article. */
    public int[] signature(EnrichedArticle a) {
        return minHasher.signature(shingles(a));
    }

    /**
     * Title then body in match form, without separator: as enrichment folded them when it handed them over for this
     * article ({@link #MATCH_FORMS}), else folded here (the same normalizer, so the same strings).
     */
    private String matchForm(EnrichedArticle a) {
        String carried = MATCH_FORMS.take(a);
        if (carried != null) {
            return carried;
        }
        String title = a.title() == null ? "" : normalizer.normalize(a.title()).joined();
        String body = a.body() == null ? "" : normalizer.normalize(a.body()).joined();
        return title + body;
    }

    /** The order key of {@code a} (its id bounded: {@link OrderKey#boundedId}). */
    public static OrderKey orderKey(EnrichedArticle a) {
        Origin o = a.origin();
        long processed = a.ingestedAt() != null ? a.ingestedAt().toEpochMilli()
                : o != null ? o.timestamp() : 0L;
        Instant event = a.publishedAt() != null ? a.publishedAt() : a.eventTime();
        long eventMs = event != null ? event.toEpochMilli() : processed;
        // Partition and offset, not a hash: within a partition the tie-break then follows arrival order.
        long delivery = o != null ? delivery(o.partition(), o.offset()) : Mix.fmix64(processed ^ a.id().hashCode());
        return new OrderKey(eventMs, OrderKey.boundedId(a.id()), delivery, processed);
    }

    /** The delivery of a raw record at {@code partition} and {@code offset}: partition << 40 | offset. */
    static long delivery(int partition, long offset) {
        return ((long) partition << 40) | (offset & 0xFF_FFFF_FFFFL);
    }

    /** The raw partition of a {@link #delivery}. */
    static int partition(long delivery) {
        return (int) (delivery >>> 40);
    }

    private static byte[] digest(String s) {
        return Arrays.copyOf(ArticleIdentity.sha256(s), EXACT_KEY_BYTES);
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }
}
