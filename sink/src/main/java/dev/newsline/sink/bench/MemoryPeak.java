package dev.newsline.sink.bench;

/**
 * Peak heap in use (sampled, garbage included), peak heap left after a collection (what was live), and peak
 * resident set size (the kernel's VmHWM; -1 where not on Linux).
 */
public record MemoryPeak(long heapBytes, long heapAfterGcBytes, long rssBytes) {
}
