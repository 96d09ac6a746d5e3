package dev.newsline.sink.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The size on disk of what a replay will read, for its percentage and ETA. */
public final class ReplayInputs {

    private ReplayInputs() {
    }

    /** Bytes of every regular file under {@code paths} (as the sources will read them: hidden files left out). */
    public static long sizeOnDisk(List<Path> paths) {
        long total = 0;
        for (Path path : paths) {
            try (Stream<Path> walk = Files.walk(path)) {
                total += walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .mapToLong(ReplayInputs::size).sum();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
            }
        }
        return total;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0; // gone since it was listed: the source will say so
        }
    }

    /** True when stderr is a terminal (Linux: fd 2 is a tty), where a redrawn bar makes sense. */
    public static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
