package dev.newsline.sink.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU of the process's threads that no Java thread stands for (the collector, the JIT compilers, RocksDB's flush and
 * compaction threads), read by kernel thread name from {@code /proc/self/task} (Linux; empty elsewhere).
 */
final class NativeThreadCpu {

    private static final Path TASKS = Path.of("/proc/self/task");
    // USER_HZ: the unit of utime and stime in /proc/<pid>/task/<tid>/stat on every Linux the JDK runs on.
    private static final long TICK_MILLIS = 10;

    private NativeThreadCpu() {
    }

    /** Milliseconds of CPU so far by group: "GC", "JIT", "RocksDB background", "JVM other" (VM, JFR). */
    static Map<String, Long> snapshot() {
        Map<String, Long> byGroup = new LinkedHashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return byGroup;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String group = group(read(task.resolve("comm")).strip());
                if (group != null) {
                    byGroup.merge(group, ticks(read(task.resolve("stat"))) * TICK_MILLIS, Long::sum);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A thread that ended while being read, or no procfs: the figure is then missing, not wrong.
            return Map.of();
        }
        return byGroup;
    }

    /** The group of a kernel thread name, or null for threads that are Java threads (counted by ThreadMXBean). */
    static String group(String comm) {
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
            return "GC";
        }
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            return "JIT";
        }
        if (comm.startsWith("rocksdb:")) {
            return "RocksDB background";
        }
        if (comm.startsWith("VM ") || comm.startsWith("JFR ") || comm.equals("Sweeper thread")) {
            return "JVM other";
        }
        return null;
    }

    /** utime + stime (fields 14 and 15) of a stat line; the name in field 2 may hold spaces, so count after ')'. */
    static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
    }
}
