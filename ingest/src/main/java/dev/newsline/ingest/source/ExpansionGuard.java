package dev.newsline.ingest.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts the bytes a decompressor yields and stops it, with an {@link ExpansionLimitException}, as soon as
 * they pass the archive's total or the ratio to the compressed bytes behind them: a zip bomb is cut after a
 * bounded amount of work, whether its bytes are read or merely skipped over.
 */
final class ExpansionGuard extends FilterInputStream {

    private final SourceLimits limits;
    private final LongSupplier compressed;
    private final long totalBefore;
    private long expanded;

    /**
     * @param compressed  the compressed bytes behind what was read so far (a file position, or an entry's size)
     * @param totalBefore bytes the archive already expanded to before this stream
     */
    ExpansionGuard(InputStream in, SourceLimits limits, LongSupplier compressed, long totalBefore) {
        super(in);
        this.limits = limits;
        this.compressed = compressed;
        this.totalBefore = totalBefore;
    }

    /** Compressed bytes behind what was read so far. */
    long compressedBytes() {
        return compressed.getAsLong();
    }

    /** Bytes read through this guard. */
    long expanded() {
        return expanded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // In steps, so that a decompressor skipping over a bomb is stopped after one step past a limit.
        long done = 0;
        while (done < n) {
            long step = super.skip(Math.min(n - done, 1024 * 1024));
            if (step <= 0) {
                break;
            }
            count(step);
            done += step;
        }
        return done;
    }

    private void count(long n) throws ExpansionLimitException {
        expanded += n;
        if (totalBefore + expanded > limits.maxExpandedBytes()) {
            throw new ExpansionLimitException("expands past " + limits.maxExpandedBytes()
                    + " bytes in all (InputLimits.MAX_ARCHIVE_EXPANDED_BYTES): the rest is skipped", true);
        }
        long packed = Math.max(1, compressed.getAsLong());
        if (expanded > limits.ratioGraceBytes() && expanded > packed * limits.maxRatio()) {
            throw new ExpansionLimitException("expands " + expanded + " bytes from " + packed
                    + " compressed, more than " + limits.maxRatio() + ":1 (InputLimits.MAX_COMPRESSION_RATIO): a zip bomb?",
                    false);
        }
    }
}
