package dev.newsline.ingest.fuzz;

import dev.newsline.ingest.fuzz.HostileInput.Kind;
import dev.newsline.ingest.parse.text.MarkerFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded, deterministic hostile inputs for {@code news.raw}: random bytes, mutated articles of the project's
 * {@code seeds/}, broken UTF-8 and UTF-16, deep and oddly typed JSON, huge fields, pathological runs of
 * punctuation and white space, control, bidi and combining characters, markers repeated thousands of times.
 * Input {@code i} depends only on the seed and {@code i}, so a failure is replayed from two numbers. Most inputs
 * are small; about one in {@value #LARGE_ONE_IN} is 50–600 KB, so ten thousand of them read in seconds.
 *
 * <p>{@link #writeFolder} (or {@code main DIR [COUNT] [SEED]}) writes them as files for the demo and broker tests;
 * headers do not survive that, only the bytes.
 */
public final class HostileInputs {

    static final int LARGE_ONE_IN = 200;
    private static final int MIN_LARGE = 50_000;
    private static final int MAX_LARGE = 600_000;
    private static final List<String> REPEATED_WORDS = List.of("France ", "Georgia ", "Jordan Henderson ",
            "earthquake ", "armed conflict ", "مصر ", "ایران ", "Congo ", "Москва ", "Türkiye'nin ", "l'Iran ",
            "وبالسعودية ");
    private static final List<String> LEAD_OPENINGS = List.of("LONDON", "MOSCOW, March 1", "به گزارش خبرگزاری",
            "According to", "وفقا لوكالة", "Как сообщает", "Anadolu Ajansı'nın", "Wie die Agentur", "Según", "");

    private final long seed;
    private final List<String> seeds = SeedTexts.load();
    private final MarkerFile markers = MarkerFile.load("/dev/newsline/ingest/parse/markers.txt");

    public HostileInputs(long seed) {
        this.seed = seed;
    }

    /** The first {@code count} inputs of {@code seed}. */
    public static List<HostileInput> generate(int count, long seed) {
        return new HostileInputs(seed).inputs(count);
    }

    /** The first {@code count} inputs. */
    public List<HostileInput> inputs(int count) {
        List<HostileInput> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(input(i));
        }
        return out;
    }

    /** Writes the first {@code count} inputs of {@code seed} into {@code dir} (created if needed), one file each. */
    public static List<Path> writeFolder(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        HostileInputs inputs = new HostileInputs(seed);
        List<Path> written = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            HostileInput input = inputs.input(i);
            written.add(Files.write(dir.resolve(input.name()), input.value()));
        }
        return written;
    }

    /** {@code DIR [COUNT] [SEED]}: writes COUNT (default 100) inputs of SEED (default 1) into DIR. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: HostileInputs DIR [COUNT] [SEED]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        List<Path> files = writeFolder(Path.of(args[0]), count, seed);
        System.out.println("wrote " + files.size() + " hostile inputs (seed " + seed + ") to " + args[0]);
    }

    /** Input number {@code index}. */
    public HostileInput input(int index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] value = switch (kind) {
            case RANDOM_BYTES -> randomBytes(r);
            case MUTATED_ARTICLE -> utf8OrOther(r, mutatedArticle(r), headers);
            case TRUNCATED_UTF8 -> truncatedUtf8(r);
            case TRUNCATED_UTF16 -> truncatedUtf16(r);
            case DEEP_JSON -> json(r, deepJson(r), headers);
            case ODD_JSON -> json(r, oddJson(r), headers);
            case HUGE_FIELD -> hugeField(r, headers);
            case PUNCTUATION_RUN -> utf8(punctuationRun(r));
            case CONTROL_BIDI_COMBINING -> utf8(oddCharacters(r));
            case MARKER_REPEATS -> utf8(markerRepeats(r));
            case LONG_WORD -> utf8(longWord(r));
        };
        String extension = kind == Kind.RANDOM_BYTES ? "bin" : looksLikeJson(value) ? "json" : "txt";
        String kindName = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String name = String.format(Locale.ROOT, "%05d-%s.%s", index, kindName, extension);
        return new HostileInput(index, kind, name, value, Map.copyOf(headers));
    }

    /** Small most of the time ({@code 1..typical}); one in {@value #LARGE_ONE_IN}, 50–600 KB. */
    private static int size(SplittableRandom r, int typical) {
        return r.nextInt(LARGE_ONE_IN) == 0 ? r.nextInt(MIN_LARGE, MAX_LARGE) : r.nextInt(1, typical + 1);
    }

    private String seedText(SplittableRandom r) {
        return seeds.get(r.nextInt(seeds.size()));
    }

    private static byte[] randomBytes(SplittableRandom r) {
        int n = size(r, 2000) - 1;
        return switch (r.nextInt(4)) {
            case 0 -> {
                byte[] b = new byte[n];
                r.nextBytes(b);
                yield b;
            }
            case 1 -> utf8(HostileText.anyChars(r, n));
            case 2 -> {
                byte[] b = new byte[n]; // high bytes between letters: what legacy code pages look like
                for (int i = 0; i < n; i++) {
                    b[i] = (byte) (r.nextInt(3) == 0 ? r.nextInt(0x80, 0x100) : r.nextInt('a', 'z' + 1));
                }
                yield b;
            }
            default -> {
                StringBuilder s = new StringBuilder();
                while (s.length() < n) {
                    s.append(HostileText.word(r, r.nextInt(1, 12))).append(r.nextInt(8) == 0 ? "\n" : " ");
                }
                yield utf8(s.toString());
            }
        };
    }

    private String mutatedArticle(SplittableRandom r) {
        String text = seedText(r);
        int mutations = r.nextInt(9); // none at all one time in nine: the untouched article must come through
        for (int m = 0; m < mutations && !text.isEmpty(); m++) {
            int a = r.nextInt(text.length());
            int b = Math.min(text.length(), a + r.nextInt(1, 400));
            text = switch (r.nextInt(6)) {
                case 0 -> text.substring(0, a) + text.substring(b);
                case 1 -> text.substring(0, b) + text.substring(a, b).repeat(r.nextInt(2, 50)) + text.substring(b);
                case 2 -> HostileText.insert(r, text, HostileText.punctuationRun(r, size(r, 300)));
                case 3 -> text.substring(0, a) + HostileText.oddCharacters(r, r.nextInt(1, 50)) + text.substring(b);
                case 4 -> HostileText.insert(r, text, HostileText.anyChars(r, r.nextInt(1, 100)));
                default -> swapLines(r, text);
            };
        }
        return text;
    }

    private static String swapLines(SplittableRandom r, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = r.nextInt(lines.size());
        int j = r.nextInt(lines.size());
        String t = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, t);
        return String.join("\n", lines);
    }

    /** Mostly UTF-8; sometimes UTF-16 or a legacy code page, and sometimes with a few bytes flipped. */
    private static byte[] utf8OrOther(SplittableRandom r, String text, Map<String, String> headers) {
        byte[] bytes = switch (r.nextInt(20)) {
            case 0 -> text.getBytes(StandardCharsets.UTF_16); // big-endian with a byte-order mark
            case 1 -> text.getBytes(StandardCharsets.UTF_16LE);
            case 2 -> text.getBytes(Charset.forName("windows-1256"));
            case 3 -> {
                headers.put("charset", r.nextBoolean() ? "windows-1251" : "no-such-charset\u0000");
                yield text.getBytes(StandardCharsets.ISO_8859_1);
            }
            default -> utf8(text);
        };
        if (r.nextInt(5) == 0) {
            for (int k = r.nextInt(1, 6); k > 0 && bytes.length > 0; k--) {
                bytes[r.nextInt(bytes.length)] ^= (byte) (1 << r.nextInt(8));
            }
        }
        if (looksLikeJson(bytes) && r.nextBoolean()) {
            headers.put("content-type", "application/json");
        }
        return bytes;
    }

    private byte[] truncatedUtf8(SplittableRandom r) {
        byte[] b = utf8(HostileText.insert(r, seedText(r), "\uD83D\uDE00\u00e9\u0627"));
        int at = b.length == 0 ? 0 : r.nextInt(b.length);
        byte[] bad = switch (r.nextInt(6)) {
            case 0 -> new byte[0]; // just cut
            case 1 -> new byte[] {(byte) 0x80}; // stray continuation byte
            case 2 -> new byte[] {(byte) 0xC0, (byte) 0xAF}; // overlong "/"
            case 3 -> new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}; // an encoded surrogate
            case 4 -> new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80};
            default -> new byte[] {(byte) 0xE2, (byte) 0x82}; // a sequence that stops short
        };
        boolean cut = r.nextBoolean();
        byte[] out = new byte[at + bad.length + (cut ? 0 : b.length - at)];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        if (!cut) {
            System.arraycopy(b, at, out, at + bad.length, b.length - at);
        }
        return out;
    }

    private byte[] truncatedUtf16(SplittableRandom r) {
        String text = HostileText.insert(r, seedText(r), "\uD83D\uDE00\uD83C\uDDEE\uD83C\uDDF7");
        if (r.nextInt(3) == 0) {
            text = HostileText.insert(r, text, r.nextBoolean() ? "\uD800" : "\uDFFF"); // a lone surrogate
        }
        boolean little = r.nextBoolean();
        byte[] b = text.getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        if (r.nextBoolean()) { // encoding a lone surrogate gave "?"; put one back as raw code units
            int unit = 2 * r.nextInt(Math.max(1, b.length / 2));
            if (unit + 1 < b.length) {
                b[little ? unit + 1 : unit] = (byte) 0xD8;
            }
        }
        int length = b.length == 0 ? 0 : r.nextInt(b.length + 1);
        int bom = r.nextBoolean() ? 2 : 0;
        byte[] out = new byte[bom + length];
        if (bom > 0) {
            out[0] = (byte) (little ? 0xFF : 0xFE);
            out[1] = (byte) (little ? 0xFE : 0xFF);
        }
        System.arraycopy(b, 0, out, bom, length);
        return out;
    }

    private static String deepJson(SplittableRandom r) {
        int[] depths = {2, 10, 31, 32, 33, 64, 1000, 10_000, 100_000};
        int depth = r.nextInt(4) == 0 ? r.nextInt(1, 200) : depths[r.nextInt(depths.length)];
        boolean arrays = r.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String inner = r.nextBoolean() ? "1" : "\"x\"";
        String nested = open.repeat(depth) + inner + (r.nextInt(5) == 0 ? "" : close.repeat(depth));
        return switch (r.nextInt(3)) {
            case 0 -> nested;
            case 1 -> "{\"title\": \"Deep\", \"body\": \"Some body text.\", \"extra\": " + nested + "}";
            default -> "{\"title\": \"Deep\", \"body\": " + nested + "}";
        };
    }

    private static String oddJson(SplittableRandom r) {
        List<String> fields = new ArrayList<>();
        for (int n = r.nextInt(1, 7); n > 0; n--) {
            fields.add(oddField(r));
        }
        String object = "{" + String.join(", ", fields) + "}";
        return switch (r.nextInt(10)) {
            case 0 -> "[" + object + "]";
            case 1 -> object + " " + object;
            case 2 -> object + " trailing";
            case 3 -> "\ufeff" + object;
            case 4 -> object.substring(0, r.nextInt(object.length()));
            default -> object;
        };
    }

    private static String oddField(SplittableRandom r) {
        String[] names = {"id", "url", "source", "title", "body", "published_at", "language", "body", "x"};
        String name = names[r.nextInt(names.length)];
        String value = switch (r.nextInt(14)) {
            case 0 -> String.valueOf(r.nextLong());
            case 1 -> "1" + "0".repeat(r.nextInt(1, 400)); // a long number
            case 2 -> r.nextBoolean() ? "1e400" : "-0.0e-99999";
            case 3 -> "[\"a\", {\"b\": null}, 3]";
            case 4 -> "{\"text\": \"nested\"}";
            case 5 -> r.nextBoolean() ? "true" : "null";
            case 6 -> "\"\\u0000\\ud800\\udfff text\"";
            case 7 -> "\"bad \\x escape\"";
            case 8 -> "NaN";
            case 9 -> "'single quoted'";
            case 10 -> HostileText.json(HostileText.anyChars(r, r.nextInt(1, 300)));
            case 11 -> HostileText.json(r.nextBoolean() ? "2024-13-45T25:61:61Z" : "-99999999999999");
            default -> HostileText.json("A body of text. " + HostileText.word(r, r.nextInt(1, 40)));
        };
        String key = r.nextInt(20) == 0 ? HostileText.word(r, r.nextInt(1, 3000)) : name;
        return (r.nextInt(30) == 0 ? key : HostileText.json(key)) + ": " + value;
    }

    private byte[] hugeField(SplittableRandom r, Map<String, String> headers) {
        return switch (r.nextInt(10)) {
            case 0 -> json(r, article(r, "id", "i".repeat(40_000)), headers);
            case 1 -> json(r, article(r, "title", "T".repeat(1 << 20)), headers);
            case 2 -> json(r, article(r, "title", HostileText.word(r, 300_000)), headers);
            case 3 -> json(r, article(r, "url", "https://example.org/" + "p/".repeat(50_000)), headers);
            case 4 -> json(r, article(r, "source", "S".repeat(r.nextInt(513, 20_000))), headers);
            case 5 -> json(r, article(r, r.nextBoolean() ? "language" : "published_at",
                    "2024-01-01" + "x".repeat(r.nextInt(1, 10_000))), headers);
            case 6 -> utf8(HostileText.word(r, r.nextInt(1000, 300_000)) + "\n\nThe body follows the long first line.");
            case 7 -> {
                headers.put(r.nextBoolean() ? "url" : "source", "https://example.org/" + "u".repeat(r.nextInt(500, 20_000)));
                yield utf8(seedText(r));
            }
            case 8 -> {
                for (int i = r.nextInt(60, 200); i > 0; i--) {
                    headers.put(i == 1 ? "k".repeat(r.nextInt(1, 2000)) : "h" + i, "v");
                }
                yield utf8(seedText(r));
            }
            default -> json(r, "{\"body\": " + HostileText.json("word ".repeat(r.nextInt(100_000, 140_000))) + "}",
                    headers);
        };
    }

    /** A JSON article with a short body and {@code value} in {@code field} (the title, unless that is the field). */
    private static String article(SplittableRandom r, String field, String value) {
        String title = field.equals("title") ? "" : "\"title\": \"A title\", ";
        return "{" + title + "\"" + field + "\": " + HostileText.json(value) + ", \"body\": "
                + HostileText.json("A short body. " + HostileText.word(r, 20)) + "}";
    }

    private String punctuationRun(SplittableRandom r) {
        String run = HostileText.punctuationRun(r, size(r, 3000));
        String title = "A title for the story\n\n";
        return switch (r.nextInt(9)) {
            case 0 -> title + LEAD_OPENINGS.get(r.nextInt(LEAD_OPENINGS.size())) + run + " (Reuters) - The story.";
            case 1 -> title + run + "(AFP) - The story goes on.";
            case 2 -> run + "\n\nThe body of the story.";
            case 3 -> title + "The body.\n" + label(r, "keyword-label") + ": " + run + "\nMore body.";
            case 4 -> title + "The body.\n" + label(r, "date-label") + ": " + run;
            case 5 -> title + "The body.\nMore text.\n" + label(r, "read-also") + run;
            case 6 -> title + LEAD_OPENINGS.get(r.nextInt(LEAD_OPENINGS.size())) + " " + run;
            case 7 -> "{\"title\": " + HostileText.json(run) + ", \"body\": " + HostileText.json(run + " body") + "}";
            default -> HostileText.insert(r, seedText(r), run);
        };
    }

    private String oddCharacters(SplittableRandom r) {
        if (r.nextInt(4) == 0) {
            return "Title\n\nabc" + "\u0301".repeat(size(r, 20_000)) + " end."; // one letter, endless accents
        }
        String text = seedText(r);
        for (int n = r.nextInt(1, 6); n > 0; n--) {
            text = HostileText.insert(r, text, HostileText.oddCharacters(r, size(r, 200)));
        }
        return text;
    }

    private String markerRepeats(SplittableRandom r) {
        int times = r.nextInt(4) == 0 ? r.nextInt(1000, 5000) : r.nextInt(1, 200);
        StringBuilder b = new StringBuilder("A title\n\nThe first paragraph of the story.\n");
        String section = List.of("read-also", "keyword-label", "source-label", "date-label").get(r.nextInt(4));
        boolean interleaved = r.nextBoolean();
        for (int i = 0; i < times; i++) {
            String value = switch (section) {
                case "read-also" -> r.nextBoolean() ? "" : ": Another story " + i;
                case "date-label" -> ": " + (r.nextBoolean() ? "32 Marchuary 99999" : i % 28 + 1 + " May 2024");
                default -> ": item " + i + ", other " + i + "; " + HostileText.word(r, r.nextInt(1, 20));
            };
            b.append(label(r, section)).append(value).append('\n');
            if (interleaved) {
                b.append("A line of the story ").append(i).append(".\n");
            }
        }
        if (r.nextInt(3) == 0) { // openings that attribution patterns look for, again and again in the lead
            String opening = LEAD_OPENINGS.get(r.nextInt(LEAD_OPENINGS.size())) + " ";
            b.insert("A title\n\n".length(), opening.repeat(times));
        }
        return b.toString();
    }

    private String label(SplittableRandom r, String section) {
        List<String> labels = markers.section(section);
        return labels.get(r.nextInt(labels.size()));
    }

    private static String longWord(SplittableRandom r) {
        int length = size(r, 5000);
        return switch (r.nextInt(3)) {
            case 0 -> "A title\n\n" + HostileText.word(r, length);
            case 1 -> {
                String word = REPEATED_WORDS.get(r.nextInt(REPEATED_WORDS.size()));
                yield word.strip() + "\n\n" + HostileText.run(word, length);
            }
            default -> "A title\n\nBefore " + HostileText.word(r, length) + " after.";
        };
    }

    /** JSON, declared as such half the time (the reader also knows it by its opening brace). */
    private static byte[] json(SplittableRandom r, String json, Map<String, String> headers) {
        if (r.nextBoolean()) {
            headers.put("content-type", "application/json");
        }
        return utf8(json);
    }

    private static boolean looksLikeJson(byte[] value) {
        for (byte b : value) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
