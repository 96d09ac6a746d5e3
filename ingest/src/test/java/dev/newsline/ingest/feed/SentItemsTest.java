package dev.newsline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentItemsTest {

    @TempDir
    Path dir;

    @Test
    void whatWasSavedIsWhatALaterLoadKnows() throws Exception {
        Path file = dir.resolve("feeds-state.json");
        SentItems state = SentItems.load(file);
        assertThat(state.contains("world", "a")).isFalse();
        state.add("world", "a");
        state.add("world", "b");
        state.add("local", "a");
        state.setValidators("world", new Validators(Optional.of("\"e1\""), Optional.of("Tue, 04 Mar 2025 09:00:00 GMT")));
        state.save();

        SentItems reloaded = SentItems.load(file);
        assertThat(reloaded.contains("world", "a")).isTrue();
        assertThat(reloaded.contains("world", "b")).isTrue();
        assertThat(reloaded.contains("local", "a")).isTrue();
        assertThat(reloaded.contains("local", "b")).isFalse();
        assertThat(reloaded.validators("world")).isEqualTo(
                new Validators(Optional.of("\"e1\""), Optional.of("Tue, 04 Mar 2025 09:00:00 GMT")));
        assertThat(reloaded.validators("local")).isEqualTo(Validators.NONE);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("feeds-state.json");
        }
    }

    @Test
    void onlyTheNewestKeysAreKeptPerFeed() throws Exception {
        SentItems state = SentItems.load(dir.resolve("s.json"));
        for (int i = 0; i <= SentItems.MAX_KEYS_PER_FEED; i++) {
            state.add("world", "item-" + i);
        }
        assertThat(state.contains("world", "item-0")).isFalse();
        assertThat(state.contains("world", "item-1")).isTrue();
        assertThat(state.contains("world", "item-" + SentItems.MAX_KEYS_PER_FEED)).isTrue();
    }

    @Test
    void aFileThatIsNoStateFileIsRefusedRatherThanOverwritten() throws Exception {
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "{\"shopping\": [\"milk\"]}");
        assertThatThrownBy(() -> SentItems.load(file)).isInstanceOf(IOException.class)
                .hasMessage("not a feeds state file of format 1");
        Files.writeString(file, "{broken");
        assertThatThrownBy(() -> SentItems.load(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("not a feeds state file (bad JSON");
    }
}
