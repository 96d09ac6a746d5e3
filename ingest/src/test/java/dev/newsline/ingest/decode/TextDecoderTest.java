package dev.newsline.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsline.ingest.validate.InputRejectedException;
import dev.newsline.ingest.validate.RejectReason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

    private static final String ARABIC = "زلزال بقوة 6 درجات يضرب جنوب تركيا ويشعر به سكان حلب ودمشق.\n"
            + "وقالت هيئة الكوارث إن الهزة وقعت صباح الجمعة.";
    private static final String PERSIAN = "وزیر خارجه ایران روز دوشنبه در ژنو با همتای فرانسوی خود گفتگو کرد.";

    private final TextDecoder decoder = new TextDecoder();

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private AbstractThrowableAssert<?, ?> rejected(byte[] input, RejectReason reason) {
        return assertThatThrownBy(() -> decoder.decode(input, null))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).rejection().reason()).isEqualTo(reason))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
    }

    @Test
    void plainUtf8() {
        DecodedText d = decoder.decode(bytes(ARABIC, "UTF-8"), null);
        assertThat(d).isEqualTo(new DecodedText(ARABIC, "UTF-8"));
    }

    @Test
    void utf8WithBomLosesTheBom() {
        DecodedText d = decoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(PERSIAN, "UTF-8")), null);
        assertThat(d).isEqualTo(new DecodedText(PERSIAN, "UTF-8"));
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE,FF,FE", "UTF-16BE,FE,FF"})
    void utf16WithBom(String charset, String b0, String b1) {
        byte[] bom = {(byte) Integer.parseInt(b0, 16), (byte) Integer.parseInt(b1, 16)};
        DecodedText d = decoder.decode(concat(bom, bytes(ARABIC, charset)), null);
        assertThat(d).isEqualTo(new DecodedText(ARABIC, charset));
        DecodedText latin = decoder.decode(concat(bom, bytes("Élection à Lyon.", charset)), null);
        assertThat(latin.text()).isEqualTo("Élection à Lyon.");
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE", "UTF-16BE"})
    void utf16WithoutBomIsRecognisedByItsBytePattern(String charset) {
        assertThat(decoder.decode(bytes(ARABIC, charset), null)).isEqualTo(new DecodedText(ARABIC, charset));
        String latin = "Floods in Porto Alegre, Brazil.\nRescuers reached 300 families.";
        assertThat(decoder.decode(bytes(latin, charset), null)).isEqualTo(new DecodedText(latin, charset));
    }

    @Test
    void windows1256ArabicIsDetected() {
        DecodedText d = decoder.decode(bytes(ARABIC, "windows-1256"), null);
        assertThat(d.charset()).isEqualTo("windows-1256");
        assertThat(d.text()).isEqualTo(ARABIC);
    }

    @Test
    void shortWindows1256ArabicIsDetected() {
        DecodedText d = decoder.decode(bytes("زلزال في تركيا", "windows-1256"), null);
        assertThat(d.text()).isEqualTo("زلزال في تركيا");
    }

    @Test
    void windows1256PersianWithArabicYehAndKaf() {
        String persian = "وزير خارجه ايران در ژنو با همتاي فرانسوي خود گفتگو كرد.";
        DecodedText d = decoder.decode(bytes(persian, "windows-1256"), null);
        assertThat(d.text()).isEqualTo(persian);
    }

    @Test
    void declaredCharsetIsUsedWhenItDecodes() {
        DecodedText d = decoder.decode(bytes(ARABIC, "ISO-8859-6"), "ISO-8859-6");
        assertThat(d).isEqualTo(new DecodedText(ARABIC, "ISO-8859-6"));
        DecodedText undeclared = decoder.decode(bytes(ARABIC, "windows-1256"), "no-such-charset");
        assertThat(undeclared.text()).isEqualTo(ARABIC);
    }

    @Test
    void declaredCharsetDoesNotOverrideValidUtf8() {
        DecodedText d = decoder.decode(bytes(ARABIC, "UTF-8"), "windows-1256");
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "windows-1251|Министр иностранных дел России встретился с коллегой в Москве.",
        "windows-1252|Le président français a rencontré à Genève le ministre allemand.",
        "windows-1254|Türkiye'nin güneydoğusundaki deprem İstanbul'da da hissedildi.",
    })
    void otherLegacyCodePagesOfOurLanguages(String charset, String text) {
        assertThat(decoder.decode(bytes(text, charset), null).text()).isEqualTo(text);
    }

    @Test
    void binaryIsNotText() {
        rejected(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'},
                RejectReason.NOT_TEXT).hasMessageContaining("PNG");
        rejected(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'},
                RejectReason.NOT_TEXT).hasMessageContaining("JPEG");
        rejected(concat(bytes("hello", "UTF-8"), new byte[] {0, 0, 1, 2}), RejectReason.NOT_TEXT)
                .hasMessageContaining("NUL");
        byte[] controls = bytes("a".repeat(50), "UTF-8");
        for (int i = 0; i < 10; i++) {
            controls[i * 5] = 0x01;
        }
        rejected(controls, RejectReason.NOT_TEXT).hasMessageContaining("control");
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        rejected(random, RejectReason.NOT_TEXT);
    }

    @Test
    void invalidUtf8WithNoPlausibleLegacyCharsetIsBadEncoding() {
        rejected(new byte[] {'H', 'e', 'l', 'l', 'o', ' ', (byte) 0xC3, 0x28, ' ', 'w', 'o', 'r', 'l', 'd'},
                RejectReason.BAD_ENCODING).hasMessageContaining("offset 6");
        byte[] high = new byte[600];
        Random random = new Random(3);
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (0x80 + random.nextInt(0x80));
        }
        rejected(high, RejectReason.BAD_ENCODING);
    }

    @Test
    void damagedUtf8IsNotRescuedAsMojibake() {
        byte[] damaged = bytes(ARABIC, "UTF-8");
        damaged[12] = (byte) 0xFF;
        rejected(damaged, RejectReason.BAD_ENCODING).hasMessageContaining("damaged");
        byte[] truncated = bytes(ARABIC + "ب", "UTF-8");
        rejected(Arrays.copyOf(truncated, truncated.length - 1), RejectReason.BAD_ENCODING);
    }

    @Test
    void badBytesAfterAUtf8BomAreBadEncoding() {
        rejected(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, 'b'}, RejectReason.BAD_ENCODING)
                .hasMessageContaining("byte-order mark");
    }

    @Test
    void emptyAndWhiteSpace() {
        rejected(new byte[0], RejectReason.EMPTY);
        rejected(null, RejectReason.EMPTY);
        rejected(" \n\t\r\n ".getBytes(StandardCharsets.UTF_8), RejectReason.EMPTY);
        rejected("\u00a0\u200c\ufeff ".getBytes(StandardCharsets.UTF_8), RejectReason.EMPTY);
        rejected(new byte[] {(byte) 0xFF, (byte) 0xFE, ' ', 0, '\n', 0}, RejectReason.EMPTY);
    }
}
