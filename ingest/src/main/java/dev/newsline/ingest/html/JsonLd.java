package dev.newsline.ingest.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsline.ingest.limit.InputLimits;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in JSON-LD ({@code <script type="application/ld+json">}): the first object
 * with a {@code datePublished} or {@code headline}, looked for through arrays and {@code @graph}. Blocks that do not
 * parse, are too large or too many are ignored: metadata never makes a page unreadable.
 */
final class JsonLd {

    private static final int MAX_NODES = 2_000;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(InputLimits.MAX_JSON_DEPTH)
                    .maxTokenCount(InputLimits.MAX_JSON_TOKENS)
                    .maxNumberLength(InputLimits.MAX_JSON_NUMBER_CHARS)
                    .maxNameLength(InputLimits.MAX_JSON_NAME_CHARS)
                    .build())
            .build());

    private JsonLd() {
    }

    /** The article object, or null. */
    static JsonNode article(Document page) {
        int blocks = 0;
        for (Element script : page.getElementsByTag("script")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            if (++blocks > InputLimits.MAX_JSON_LD_BLOCKS) {
                break;
            }
            String json = script.data();
            if (json.length() > InputLimits.MAX_JSON_LD_CHARS) {
                continue;
            }
            JsonNode found = find(parse(json));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static JsonNode find(JsonNode root) {
        if (root == null) {
            return null;
        }
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        int seen = 0;
        while (!todo.isEmpty() && seen++ < MAX_NODES) {
            JsonNode node = todo.poll();
            if (node.isArray()) {
                node.forEach(todo::add);
            } else if (node.isObject()) {
                if (node.hasNonNull("datePublished") || node.hasNonNull("headline")) {
                    return node;
                }
                if (node.has("@graph")) {
                    todo.add(node.get("@graph"));
                }
            }
        }
        return null;
    }
}
