package dev.newsline.enrich.dedup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Generates syndicated rewrites of an article, one per {@link Edit}, the way other outlets repost wire copy. */
public final class RewriteGenerator {

    private static final String ZWNJ = "\u200C";
    private final Random random;

    public RewriteGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The rewrite of {@code s} by {@code edit}; empty if the edit does not apply (e.g. too few paragraphs). */
    public Optional<SourceArticle> rewrite(SourceArticle s, Edit edit, SourceArticle donor) {
        String name = s.name() + "~" + edit.name().toLowerCase();
        return switch (edit) {
            case EXACT_COPY -> Optional.of(new SourceArticle(name, s.title(), s.paragraphs()));
            case ATTRIBUTION_CHANGED -> Optional.of(new SourceArticle(name, s.title(), attribution(s)));
            case TITLE_REWORDED -> Optional.of(new SourceArticle(name, reword(s.title(), s.persian()), s.paragraphs()));
            case PARAGRAPH_ADDED -> Optional.of(new SourceArticle(name, s.title(), added(s.paragraphs(), donor)));
            case PARAGRAPH_DROPPED -> s.paragraphs().size() < 3 ? Optional.empty()
                    : Optional.of(new SourceArticle(name, s.title(), dropped(s.paragraphs())));
            case REWRAPPED -> Optional.of(new SourceArticle(name, s.title(), rewrapped(s.paragraphs())));
            case LETTER_FORMS -> Optional.of(new SourceArticle(name, letters(s.title(), s.persian()),
                    s.paragraphs().stream().map(p -> letters(p, s.persian())).toList()));
            case DIGITS -> Optional.of(new SourceArticle(name, digits(s.title()), s.paragraphs().stream().map(RewriteGenerator::digits).toList()));
            case ZWNJ -> Optional.of(new SourceArticle(name, zwnj(s.title()), s.paragraphs().stream().map(RewriteGenerator::zwnj).toList()));
            case COMBINED -> {
                List<String> ps = attribution(s);
                ps = ps.size() >= 3 ? dropped(ps) : added(ps, donor);
                ps = rewrapped(ps.stream().map(p -> digits(letters(p, s.persian()))).toList());
                yield Optional.of(new SourceArticle(name, reword(s.title(), s.persian()), ps));
            }
        };
    }

    /** Replaces the lead's opening words (its attribution, in wire copy) with another outlet's. */
    private List<String> attribution(SourceArticle s) {
        List<String> ps = new ArrayList<>(s.paragraphs());
        String lead = ps.get(0);
        String[] words = lead.split(" ");
        String rest = words.length > 8 ? String.join(" ", java.util.Arrays.copyOfRange(words, 6, words.length)) : lead;
        String credit = s.persian()
                ? List.of("به گزارش خبرگزاری ایسنا،", "به گزارش ایرنا از تهران،", "به نقل از خبرگزاری مهر،").get(random.nextInt(3))
                : List.of("ذكرت وكالة الأنباء الألمانية أن", "نقلت وكالة رويترز أن", "أفادت صحيفة الشرق الأوسط بأن").get(random.nextInt(3));
        ps.set(0, credit + " " + rest);
        return ps;
    }

    private String reword(String title, boolean persian) {
        List<String> words = new ArrayList<>(List.of(title.split(" ")));
        if (words.size() >= 4) {
            words.remove(1 + random.nextInt(words.size() - 2));
        }
        if (words.size() >= 3) {
            int i = random.nextInt(words.size() - 1);
            String w = words.get(i);
            words.set(i, words.get(i + 1));
            words.set(i + 1, w);
        }
        words.add(0, persian ? "گزارش:" : "عاجل:");
        return String.join(" ", words);
    }

    /** One background paragraph from another article, at most a fifth of the article (min 15 words). */
    private List<String> added(List<String> ps, SourceArticle donor) {
        List<String> out = new ArrayList<>(ps);
        int words = String.join(" ", ps).split("\\s+").length;
        String[] extra = donor.paragraphs().stream().max(java.util.Comparator.comparingInt(String::length))
                .orElse(donor.title()).split("\\s+");
        int keep = Math.min(extra.length, Math.max(15, words / 5));
        out.add(1 + random.nextInt(out.size()), String.join(" ", java.util.Arrays.copyOf(extra, keep)));
        return out;
    }

    private List<String> dropped(List<String> ps) {
        List<String> out = new ArrayList<>(ps);
        out.remove(1 + random.nextInt(out.size() - 1));
        return out;
    }

    /** Hard line breaks every ~60 characters, as some feeds deliver. */
    private static List<String> rewrapped(List<String> ps) {
        return ps.stream().map(p -> {
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (String w : p.split(" ")) {
                if (col > 0 && col + w.length() > 60) {
                    sb.append('\n');
                    col = 0;
                } else if (col > 0) {
                    sb.append(' ');
                    col++;
                }
                sb.append(w);
                col += w.length();
            }
            return sb.toString();
        }).toList();
    }

    /** Persian text gets Arabic ي/ك, Arabic text gets Persian ی/ک. */
    private static String letters(String t, boolean persian) {
        return persian ? t.replace('ی', 'ي').replace('ک', 'ك') : t.replace('ي', 'ی').replace('ك', 'ک').replace('ى', 'ی');
    }

    /** ASCII digits become Persian and Persian/Arabic-Indic digits become ASCII. */
    private static String digits(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        t.codePoints().forEach(c -> {
            if (c >= '0' && c <= '9') {
                sb.appendCodePoint('۰' + (c - '0'));
            } else if (c >= '۰' && c <= '۹') {
                sb.appendCodePoint('0' + (c - '۰'));
            } else if (c >= '٠' && c <= '٩') {
                sb.appendCodePoint('0' + (c - '٠'));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /** Removes every ZWNJ, or, with none present, writes ZWNJ in place of the space before common suffixes. */
    private static String zwnj(String t) {
        if (t.contains(ZWNJ)) {
            return t.replace(ZWNJ, "");
        }
        return t.replace(" ها ", ZWNJ + "ها ").replace(" های ", ZWNJ + "های ").replace("می ", "می" + ZWNJ)
                .replace(" هاي ", ZWNJ + "هاي ").replace("مي ", "مي" + ZWNJ);
    }
}
