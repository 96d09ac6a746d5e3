package dev.newsline.ingest.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsline.ingest.source.SharedFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads the real feed samples in ../shared/seeds by number ("002"); skips the calling test when absent. */
final class SharedSeeds {

    private SharedSeeds() {
    }

    static String text(String number) {
        Optional<Path> seeds = SharedFolder.locate("seeds");
        assumeTrue(seeds.isPresent(), "../shared/seeds not found: skipping tests on the real feed samples");
        try (Stream<Path> files = Files.list(seeds.get())) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst()
                    .orElse(null);
            assumeTrue(file != null, "../shared/seeds has no sample " + number + ": skipping");
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
