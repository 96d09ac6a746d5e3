package dev.newsline.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Reads the JSON form {@code {id?, url?, source?, title?, body, published_at?, language?}}; unknown fields are
 * ignored, and {@code published_at} is read by {@link JsonTimestamp}.
 */
public final class JsonArticleParser {

    // trailing tokens after the object mean the record is not one JSON article
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    // "{" then a quoted name or "}": an article may well start with a brace ("{وأمرت لأعدل بينكم}")
    private static final java.util.regex.Pattern OBJECT_START = java.util.regex.Pattern.compile("^\\s*\\{\\s*[\"}]");

    /** True when the text looks like a JSON object: "{" and then a quoted field name or "}" (after white space). */
    public boolean looksLikeJson(String text) {
        return OBJECT_START.matcher(text).lookingAt();
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
        return new JsonArticle(text(node, "id"), text(node, "url"), text(node, "source"), text(node, "title"),
                text(node, "body"), JsonTimestamp.parse(node.get("published_at")), text(node, "language"));
    }

    /** A string or number field as text; null when absent, null, or an object or array. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
