package dev.newsline.sink.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples heap in use, and heap left after the last GC (the live set), every 20 ms on a daemon thread while open; on close, the peak and the process's peak
 * RSS, which it resets at open where the kernel allows (writing 5 to /proc/self/clear_refs).
 */
final class MemorySampler implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    MemorySampler() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux, or not allowed: VmHWM then is the peak since the JVM started
        }
        thread = new Thread(this::sample, "bench-memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            long live = 0;
            for (MemoryPoolMXBean pool : pools) {
                MemoryUsage afterGc = pool.getCollectionUsage();
                live += afterGc == null ? 0 : afterGc.getUsed();
            }
            peakLive.accumulateAndGet(live, Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The peaks so far. */
    MemoryPeak peak() {
        return new MemoryPeak(peakHeap.get(), peakLive.get(), vmHwmBytes());
    }

    static long vmHwmBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
    }
}
