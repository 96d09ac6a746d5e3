package dev.newsline.ingest.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsline.ingest.limit.InputLimits;
import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;

/**
 * Reads the JSON form {@code {id?, url?, source?, title?, body, published_at?, language?}}; unknown fields are
 * ignored, and {@code published_at} is read by {@link JsonTimestamp}. Nesting depth, token count, number and
 * field-name lengths are held to {@link InputLimits} while parsing (TOO_COMPLEX); a {@code language} longer than
 * {@link InputLimits#MAX_LANGUAGE_HINT_CHARS} is no language tag and is ignored.
 */
public final class JsonArticleParser {

    // trailing tokens after the object mean the record is not one JSON article
    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(InputLimits.MAX_JSON_DEPTH)
                    .maxTokenCount(InputLimits.MAX_JSON_TOKENS)
                    .maxNumberLength(InputLimits.MAX_JSON_NUMBER_CHARS)
                    .maxNameLength(InputLimits.MAX_JSON_NAME_CHARS)
                    .build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * True when the text looks like a JSON object: it starts with "{" (after white space), unless its first line
     * is a quotation in braces followed by more text, as articles that open with a verse do ("{…}", then prose).
     * Broken JSON ("{not json") still counts, so that it is rejected as BAD_JSON rather than read as prose.
     */
    public boolean looksLikeJson(String text) {
        String t = text.stripLeading();
        if (!t.startsWith("{")) {
            return false;
        }
        int newline = t.indexOf('\n');
        if (newline < 0) {
            return true;
        }
        String firstLine = t.substring(0, newline).strip();
        boolean bracedQuotation = firstLine.length() > 2 && firstLine.endsWith("}") && firstLine.indexOf('"') < 0
                && !t.substring(newline).isBlank();
        return !bracedQuotation;
    }

    /** @throws InputRejectedException with BAD_JSON, or TOO_COMPLEX past a parser limit */
    public JsonArticle parse(String text) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new InputRejectedException(RejectReason.TOO_COMPLEX, "the JSON is past a parser limit: "
                    + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(RejectReason.BAD_JSON, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InputRejectedException(RejectReason.BAD_JSON, "the JSON is not an object");
        }
        return new JsonArticle(text(node, "id"), text(node, "url"), text(node, "source"), text(node, "title"),
                text(node, "body"), JsonTimestamp.parse(node.get("published_at")), language(node));
    }

    private static String language(JsonNode node) {
        String hint = text(node, "language");
        return hint != null && hint.length() <= InputLimits.MAX_LANGUAGE_HINT_CHARS ? hint : null;
    }

    /** A string or number field as text; null when absent, null, or an object or array. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
