package dev.newsline.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CharTrieEdgesTest {

    @Test
    void everyPrefixIsOneNodeFoundAgainAfterTheTableGrew() {
        CharTrieEdges edges = new CharTrieEdges(16);
        Random random = new Random(13);
        Map<String, Integer> nodeOfPrefix = new HashMap<>();
        Set<Integer> numbers = new HashSet<>();
        for (int w = 0; w < 5_000; w++) {
            StringBuilder word = new StringBuilder();
            int node = 0;
            for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                char c = (char) ('\u0621' + random.nextInt(6));
                word.append(c);
                node = edges.childOrAdd(node, c);
                Integer before = nodeOfPrefix.putIfAbsent(word.toString(), node);
                assertThat(before == null ? node : before).as(word.toString()).isEqualTo(node);
                numbers.add(node);
            }
        }

        assertThat(edges.nodes()).isEqualTo(nodeOfPrefix.size() + 1);
        assertThat(numbers).hasSize(nodeOfPrefix.size()).allMatch(n -> n > 0 && n < edges.nodes());
        nodeOfPrefix.forEach((prefix, expected) -> {
            int node = 0;
            for (int i = 0; i < prefix.length(); i++) {
                node = edges.child(node, prefix.charAt(i));
            }
            assertThat(node).as(prefix).isEqualTo(expected);
        });
        assertThat(edges.child(0, 'x')).isEqualTo(CharTrieEdges.NONE);
        assertThat(edges.child(edges.nodes() + 5, '\u0621')).isEqualTo(CharTrieEdges.NONE);
    }
}
