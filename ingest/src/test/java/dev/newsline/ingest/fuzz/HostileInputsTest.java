package dev.newsline.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileInputsTest {

    @Test
    void theSameSeedGivesTheSameInputsAndInputIDependsOnlyOnI() {
        List<HostileInput> first = HostileInputs.generate(300, 5);
        List<HostileInput> again = HostileInputs.generate(300, 5);
        HostileInputs other = new HostileInputs(5);
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i).value()).isEqualTo(first.get(i).value());
            assertThat(again.get(i).headers()).isEqualTo(first.get(i).headers());
            assertThat(other.input(299 - i).name()).isEqualTo(first.get(299 - i).name());
        }
        assertThat(HostileInputs.generate(300, 6)).extracting(HostileInput::name)
                .isNotEqualTo(first.stream().map(HostileInput::name).toList());
    }

    @Test
    void everyKindComesUpAndMostInputsAreSmall() {
        List<HostileInput> inputs = HostileInputs.generate(2000, 1);
        Set<HostileInput.Kind> kinds = EnumSet.noneOf(HostileInput.Kind.class);
        inputs.forEach(i -> kinds.add(i.kind()));
        assertThat(kinds).containsExactlyInAnyOrder(HostileInput.Kind.values());
        long large = inputs.stream().filter(i -> i.value().length > 50_000).count();
        assertThat(large).isBetween(10L, 400L);
    }

    @Test
    void writeFolderWritesOneFilePerInputNamedForItsKind(@TempDir Path dir) throws IOException {
        List<Path> files = HostileInputs.writeFolder(dir.resolve("hostile"), 40, 7);
        List<HostileInput> inputs = HostileInputs.generate(40, 7);
        assertThat(files).hasSize(40);
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i).getFileName().toString()).isEqualTo(inputs.get(i).name())
                    .startsWith(String.format("%05d-", i)).matches(".*\\.(txt|json|bin)");
            assertThat(Files.readAllBytes(files.get(i))).isEqualTo(inputs.get(i).value());
        }
    }
}
