package dev.newsline.sink.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the process's and every Java thread's CPU clock at the start of a phase and again at its end, so a phase's
 * CPU can be given to thread groups: stream threads, the producers' I/O threads, the embedded broker's handlers, and
 * (from procfs, in brackets) the collector, the JIT compilers and RocksDB's background threads.
 */
final class CpuClock {

    private static final String STREAM_THREAD = "StreamThread-";
    private static final int GROUPS = 12;
    // Client ids carry a UUID and threads a number; folded, the threads of one role add up. Thread names are the
    // JVM's own, short, and the pattern has no nested repetition.
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long startWall = System.nanoTime();
    private final long startProcess = processCpuNanos();
    private final Map<Long, Long> startThreads = threadCpu(new HashMap<>());
    private final Map<String, Long> startNative = NativeThreadCpu.snapshot();

    /** The CPU time used since this clock was made. */
    CpuTime stop() {
        long wall = System.nanoTime() - startWall;
        long process = processCpuNanos() - startProcess;
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> now = threadCpu(names);
        Map<String, Long> byGroup = new HashMap<>();
        long stream = 0;
        int streamThreads = 0;
        for (Map.Entry<Long, Long> e : now.entrySet()) {
            long used = e.getValue() - startThreads.getOrDefault(e.getKey(), 0L);
            String name = names.get(e.getKey());
            byGroup.merge(fold(name), used, Long::sum);
            if (name.contains(STREAM_THREAD) && used > 0) {
                stream += used;
                streamThreads++;
            }
        }
        NativeThreadCpu.snapshot().forEach((group, millis) -> byGroup.put("(" + group + ")",
                (millis - startNative.getOrDefault(group, 0L)) * 1_000_000));
        long javaThreads = byGroup.entrySet().stream().filter(e -> !e.getKey().startsWith("("))
                .mapToLong(Map.Entry::getValue).sum();
        List<ThreadCpu> groups = byGroup.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(GROUPS)
                .map(e -> new ThreadCpu(e.getKey(), e.getValue() / 1_000_000))
                .toList();
        return new CpuTime(wall / 1_000_000, process / 1_000_000, stream / 1_000_000, streamThreads,
                Runtime.getRuntime().availableProcessors(), Math.max(0, process - javaThreads) / 1_000_000, groups);
    }

    static String fold(String threadName) {
        return NUMBER.matcher(UUID.matcher(threadName).replaceAll("<id>")).replaceAll("#");
    }

    /** CPU nanoseconds of every live Java thread by id; fills {@code names} with their names. */
    private Map<Long, Long> threadCpu(Map<Long, String> names) {
        Map<Long, Long> cpu = new HashMap<>();
        if (!threads.isThreadCpuTimeSupported()) {
            return cpu;
        }
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos >= 0) {
                cpu.put(info.getThreadId(), nanos);
                names.put(info.getThreadId(), info.getThreadName());
            }
        }
        return cpu;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }
}
