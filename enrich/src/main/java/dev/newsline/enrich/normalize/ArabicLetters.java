package dev.newsline.enrich.normalize;

/** Arabic-script letter variants that writers and keyboards use interchangeably, folded to one letter. */
public final class ArabicLetters {

    private ArabicLetters() {
    }

    /** Whether {@code c} is in an Arabic-script block (Arabic, its supplement, presentation forms A and B). */
    public static boolean isArabicScript(int c) {
        return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFDFF)
                || (c >= 0xFE70 && c <= 0xFEFF);
    }

    /** The canonical letter for {@code c} (after NFD has taken hamza and madda off their carriers). */
    static int fold(int c) {
        return switch (c) {
            case '\u06CC', '\u0649', '\u06D2', '\u06D0', '\u0626' -> '\u064A';  // ی ى ے ې ئ → ي
            case '\u06A9', '\u06AA' -> '\u0643';                                // ک ڪ → ك
            case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673' -> '\u0627'; // أ إ آ ٱ → ا
            case '\u0629', '\u06C0', '\u06C1', '\u06C2', '\u06BE', '\u06D5' -> '\u0647'; // ة ۀ ہ ھ ە → ه
            case '\u0624' -> '\u0648';                                          // ؤ → و
            default -> c;
        };
    }
}
