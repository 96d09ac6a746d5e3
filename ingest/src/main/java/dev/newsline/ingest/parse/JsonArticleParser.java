package dev.newsline.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Reads the JSON form {@code {id?, url?, source?, title?, body, published_at?, language?}}. */
public final class JsonArticleParser {

    private final ObjectMapper mapper = new ObjectMapper();

    /** True when the text looks like a JSON object (after white space). */
    public boolean looksLikeJson(String text) {
        return text.stripLeading().startsWith("{");
    }

    /** @throws InputRejectedException with BAD_JSON */
    public JsonArticle parse(String text) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(RejectReason.BAD_JSON, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InputRejectedException(RejectReason.BAD_JSON, "the JSON is not an object");
        }
        return new JsonArticle(node.path("id").asText(null), node.path("url").asText(null),
                node.path("source").asText(null), node.path("title").asText(null),
                node.path("body").asText(null), null, node.path("language").asText(null));
    }
}
