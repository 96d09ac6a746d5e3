package dev.newsline.ingest.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the legacy code page of bytes that are not UTF-8, with ICU's {@link CharsetDetector}, limited to the
 * code pages of our languages, and keeps a guess only when the decoded text reads like text in that script
 * ({@link TextPlausibility}).
 */
final class LegacyCharsetDetector {

    /** Single-byte code pages of ar, fa, ur (Arabic), en, fr, de, es (Latin-1), tr (Latin-5) and ru (Cyrillic). */
    static final Set<String> LEGACY = Set.of("windows-1256", "ISO-8859-6", "windows-1252", "ISO-8859-1",
            "ISO-8859-15", "windows-1254", "ISO-8859-9", "windows-1251", "KOI8-R", "ISO-8859-5", "IBM866");

    /** The detected charset and the text decoded with it, if a plausible one exists. */
    Optional<DecodedText> detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            String name = canonical(match.getName());
            if (name == null) {
                continue;
            }
            Optional<DecodedText> decoded = decodeStrict(bytes, name)
                    .filter(TextPlausibility::plausible)
                    .map(text -> new DecodedText(text, name));
            if (decoded.isPresent()) {
                return decoded;
            }
        }
        // ICU sometimes ranks only Latin-1 for short Arabic text; try the Arabic code page as a last resort
        return decodeStrict(bytes, "windows-1256").filter(TextPlausibility::plausible)
                .filter(TextPlausibility::mostlyArabicScript)
                .map(text -> new DecodedText(text, "windows-1256"));
    }

    /** The text of {@code bytes} in {@code charset}, when every byte maps to a character. */
    static Optional<String> decodeStrict(byte[] bytes, String charset) {
        try {
            return Optional.of(Charset.forName(charset).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String canonical(String icuName) {
        for (String legacy : LEGACY) {
            if (legacy.equalsIgnoreCase(icuName)) {
                return Charset.isSupported(legacy) ? legacy : null;
            }
        }
        String lower = icuName.toLowerCase(Locale.ROOT);
        // ICU reports the ISO names for bytes in the windows supersets' extra range; decode with the superset
        return switch (lower) {
            case "iso-8859-6-i", "iso-8859-6-e" -> "ISO-8859-6";
            default -> null;
        };
    }
}
