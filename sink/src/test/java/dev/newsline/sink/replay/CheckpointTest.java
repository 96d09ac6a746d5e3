package dev.newsline.sink.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    @TempDir
    Path dir;

    @Test
    void acknowledgementsOutOfOrderSurviveASaveAndALoad() throws Exception {
        Path input = Files.writeString(dir.resolve("a.jsonl"), "{}\n{}\n{}\n{}\n{}\n");
        Checkpoint first = Checkpoint.fresh(dir.resolve("cp.json"));
        for (long o : new long[] {0, 1, 3, 4}) {
            first.acknowledge(input.toString(), o);
        }
        first.save();

        Checkpoint resumed = Checkpoint.load(dir.resolve("cp.json"));

        assertThat(resumed.acknowledged(input.toString(), 0)).isTrue();
        assertThat(resumed.acknowledged(input.toString(), 1)).isTrue();
        assertThat(resumed.acknowledged(input.toString(), 2)).isFalse();
        assertThat(resumed.acknowledged(input.toString(), 3)).isTrue();
        assertThat(resumed.acknowledged(input.toString(), 4)).isTrue();
        assertThat(resumed.acknowledged(input.toString(), 5)).isFalse();
        assertThat(resumed.acknowledged(dir.resolve("other.jsonl").toString(), 0)).isFalse();
        assertThat(Files.readString(dir.resolve("cp.json"))).contains("\"done_below\" : 2").contains("\"done_also\" : [ 3, 4 ]");
    }

    @Test
    void aContiguousRunIsKeptAsOneMarkNotAListThatGrowsWithTheArchive() throws Exception {
        Path input = Files.writeString(dir.resolve("big.jsonl"), "x");
        Checkpoint cp = Checkpoint.fresh(dir.resolve("cp.json"));
        for (long o = 9_999; o >= 0; o--) {
            cp.acknowledge(input.toString(), o); // even in reverse order
        }
        cp.save();

        assertThat(Files.readString(dir.resolve("cp.json"))).contains("\"done_below\" : 10000").contains("\"done_also\" : [ ]");
    }

    @Test
    void anInputChangedSinceTheCheckpointIsReplayedWhole() throws Exception {
        Path input = Files.writeString(dir.resolve("a.jsonl"), "{}\n{}\n");
        Checkpoint first = Checkpoint.fresh(dir.resolve("cp.json"));
        first.acknowledge(input.toString(), 0);
        first.save();
        Files.writeString(input, "{\"other\":1}\n{}\n{}\n");
        Files.setLastModifiedTime(input, FileTime.fromMillis(Files.getLastModifiedTime(input).toMillis() + 5000));

        Checkpoint resumed = Checkpoint.load(dir.resolve("cp.json"));

        assertThat(resumed.acknowledged(input.toString(), 0)).isFalse();
        assertThat(resumed.changedInputs()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotACheckpointIsRefusedWithItsName() throws IOException {
        Path bogus = Files.writeString(dir.resolve("bogus.json"), "{\"hello\":1}");

        assertThatThrownBy(() -> Checkpoint.load(bogus)).isInstanceOf(IOException.class)
                .hasMessageContaining("bogus.json is not a newsline replay checkpoint");
    }

    @Test
    void noCheckpointYetMeansNothingWasAcknowledged() throws Exception {
        assertThat(Checkpoint.load(dir.resolve("none.json")).acknowledged(dir.resolve("a").toString(), 0)).isFalse();
    }
}
