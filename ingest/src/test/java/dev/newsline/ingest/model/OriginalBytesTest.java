package dev.newsline.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.read.RawArticleReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An article after ingest gives back its raw bytes exactly, and carries them only when its text cannot. */
class OriginalBytesTest {

    private static final String PERSIAN = "بارش شدید باران در شمال کشور\n\nسازمان هواشناسی اعلام کرد که بارش شدید "
            + "باران در استان های گیلان و مازندران تا پایان هفته ادامه دارد.\n";
    private static final String ARABIC = "الأمطار الغزيرة تغلق الطرق\n\nأعلنت المديرية العامة للدفاع المدني اليوم أن "
            + "الأمطار الغزيرة أغلقت عدة طرق في منطقة جازان.\n";

    private final RawArticleReader reader = new RawArticleReader(100_000);

    @Test
    void plainUtf8CarriesNothingBesideItsText() {
        byte[] raw = "Title\n\nA body in plain UTF-8, café.".getBytes(StandardCharsets.UTF_8);
        ParsedArticle article = read(raw, Map.of());
        assertThat(article.originalRaw()).isNull();
        assertThat(article.originalBytes()).isEqualTo(raw);
    }

    @Test
    void aLegacyCodePageThatRoundTripsCarriesNothingEither() {
        byte[] raw = ARABIC.getBytes(Charset.forName("windows-1256"));
        ParsedArticle article = read(raw, Map.of("charset", "windows-1256"));
        assertThat(article.charset()).isEqualTo("windows-1256");
        assertThat(article.originalRaw()).isNull();
        assertThat(article.originalBytes()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE"})
    void aByteOrderMarkIsKeptSinceDecodingDropsIt(String charset) {
        byte[] raw = withBom(PERSIAN, charset);
        ParsedArticle article = read(raw, Map.of());
        assertThat(article.original()).isEqualTo(PERSIAN);
        assertThat(article.originalRaw()).isNotNull();
        assertThat(article.originalBytes()).isEqualTo(raw);
    }

    @Test
    void bytesTheTextCannotRebuildAreCarriedWhateverTheReason() {
        byte[] raw = {'a', (byte) 0xC0, (byte) 0x80, 'b'}; // an overlong NUL: no decoder gives it back
        String kept = OriginalBytes.keepIfNotRebuilt(raw, "a\u0000b", "UTF-8");
        assertThat(kept).isNotNull();
        assertThat(OriginalBytes.of("a\u0000b", "UTF-8", kept)).isEqualTo(raw);
        assertThat(OriginalBytes.of("text", "no-such-charset", null)).isEqualTo("text".getBytes(StandardCharsets.UTF_8));
    }

    private ParsedArticle read(byte[] raw, Map<String, String> headers) {
        return reader.read(raw, headers, new Origin("news.raw", 0, 0, 0)).keepingRaw(raw);
    }

    private static byte[] withBom(String text, String charset) {
        byte[] bom = switch (charset) {
            case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            default -> new byte[] {(byte) 0xFE, (byte) 0xFF};
        };
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}
