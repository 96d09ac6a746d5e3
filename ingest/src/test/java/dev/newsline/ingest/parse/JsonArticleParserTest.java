package dev.newsline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonArticleParserTest {

    private final JsonArticleParser parser = new JsonArticleParser();

    @Test
    void readsAllFields() {
        JsonArticle a = parser.parse("""
                {"id": "x-1", "url": "https://example.org/a", "source": "wire", "title": "Vote in Lima",
                 "body": "Peruvians voted on Sunday.", "published_at": "2024-03-01T10:15:30Z", "language": "en",
                 "extra": {"ignored": true}}
                """);
        assertThat(a).isEqualTo(new JsonArticle("x-1", "https://example.org/a", "wire", "Vote in Lima",
                "Peruvians voted on Sunday.", Instant.parse("2024-03-01T10:15:30Z"), "en"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"2024-03-01T10:15:30Z\"|2024-03-01T10:15:30Z",
        "\"2024-03-01T13:15:30+03:00\"|2024-03-01T10:15:30Z",
        "\"2024-03-01T10:15:30.250Z\"|2024-03-01T10:15:30.250Z",
        "\"2024-03-01T10:15:30\"|2024-03-01T10:15:30Z",
        "\"2024-03-01\"|2024-03-01T00:00:00Z",
        "\"Fri, 1 Mar 2024 10:15:30 GMT\"|2024-03-01T10:15:30Z",
        "\"Fri, 1 Mar 2024 13:15:30 +0300\"|2024-03-01T10:15:30Z",
        "1709288130000|2024-03-01T10:15:30Z",
        "\"1709288130000\"|2024-03-01T10:15:30Z",
    })
    void publishedAtForms(String json, String expected) {
        JsonArticle a = parser.parse("{\"body\": \"b\", \"published_at\": " + json + "}");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "\"\"", "\"yesterday\"", "\"2024-13-45\"", "{}", "[1]", "true"})
    void unreadablePublishedAtIsNullNotARejection(String json) {
        JsonArticle a = parser.parse("{\"body\": \"b\", \"published_at\": " + json + "}");
        assertThat(a.publishedAt()).isNull();
        assertThat(a.body()).isEqualTo("b");
    }

    @Test
    void missingFieldsAreNull() {
        JsonArticle a = parser.parse("{\"body\": \"only a body\"}");
        assertThat(a).isEqualTo(new JsonArticle(null, null, null, null, "only a body", null, null));
    }

    @Test
    void objectOrArrayWhereTextIsExpectedIsNull() {
        JsonArticle a = parser.parse("{\"title\": {\"en\": \"x\"}, \"body\": [\"a\"], \"id\": 42}");
        assertThat(a.title()).isNull();
        assertThat(a.body()).isNull();
        assertThat(a.id()).isEqualTo("42");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"body\": \"x\"}]", "\"text\"", "42", "null", "", "   ", "{", "{\"body\": }",
        "{\"body\": \"x\"} trailing", "{\"body\": \"x\"}{\"body\": \"y\"}", "{'body': 'x'}"})
    void notAnObjectOrMalformedIsBadJson(String text) {
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).rejection().reason())
                        .isEqualTo(RejectReason.BAD_JSON));
    }

    @Test
    void looksLikeJson() {
        assertThat(parser.looksLikeJson("  \n{\"a\":1}")).isTrue();
        assertThat(parser.looksLikeJson("{}")).isTrue();
        assertThat(parser.looksLikeJson("{not json")).isTrue();
        assertThat(parser.looksLikeJson("{\n  \"body\": \"x\"\n}")).isTrue();
        assertThat(parser.looksLikeJson("Title {not json}")).isFalse();
        // an article may open with a quotation in braces
        assertThat(parser.looksLikeJson("{وأمرت لأعدل بينكم}\n\nالعدل صفة حميدة.")).isFalse();
    }
}
