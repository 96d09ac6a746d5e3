package dev.newsline.sink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.serde.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The generated input: unique ids except exact re-sends, about 10% copies, every language, the same for one seed. */
class InputGeneratorTest {

    private static final SentencePools POOLS = new SentencePools(Map.of(
            "en", IntStream.range(0, 800).mapToObj(i -> "English sentence number " + i + " about the harbour.").toList(),
            "de", List.of("Der Haushalt der Stadt wurde am Montag beschlossen.", "Die Opposition stimmte dagegen.")));

    @Test
    void copiesAreAboutTenPercentAndOnlyExactReSendsRepeatAnId() throws Exception {
        GeneratedInput input = new InputGenerator(POOLS).generate(4000, "t", 7);

        InputMix mix = input.mix();
        assertThat(input.values()).hasSize(4000);
        assertThat(mix.total()).isEqualTo(4000);
        assertThat(mix.resends()).isBetween(120, 280);
        assertThat(mix.rewrites()).isBetween(120, 280);
        assertThat(mix.byLanguage().keySet()).containsExactlyInAnyOrder("en", "de");
        Map<String, byte[]> byId = new HashMap<>();
        int repeatedIds = 0;
        for (byte[] value : input.values()) {
            JsonNode article = JsonMapper.get().readTree(value);
            assertThat(article.path("body").asText()).isNotBlank();
            byte[] earlier = byId.putIfAbsent(article.path("id").asText(), value);
            if (earlier != null) {
                assertThat(value).as("a repeated id is an exact re-send").isEqualTo(earlier);
                repeatedIds++;
            }
        }
        assertThat(repeatedIds).isEqualTo(mix.resends());
    }

    @Test
    void aLanguageWithFewSentencesStillGetsDistinctBodies() throws Exception {
        GeneratedInput input = new InputGenerator(POOLS).generate(4000, "t", 7);

        Set<String> germanBodies = new HashSet<>();
        List<String> german = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (byte[] value : input.values()) {
            JsonNode article = JsonMapper.get().readTree(value);
            if (!article.path("body").asText().contains("harbour")) { // every English sentence names it
                if (ids.add(article.path("id").asText())) {
                    german.add(article.path("body").asText());
                    germanBodies.add(article.path("body").asText());
                }
            }
        }
        assertThat(german).hasSizeGreaterThan(50);
        assertThat(germanBodies.size()).isGreaterThan(german.size() * 9 / 10);
    }

    @Test
    void theSameSeedGivesTheSameInput() {
        List<byte[]> a = new InputGenerator(POOLS).generate(300, "t", 3).values();
        List<byte[]> b = new InputGenerator(POOLS).generate(300, "t", 3).values();

        assertThat(a).hasSameSizeAs(b);
        IntStream.range(0, a.size()).forEach(i -> assertThat(a.get(i)).isEqualTo(b.get(i)));
    }
}
