package dev.newsline.ingest.parse.layout;

/** How a line ends: finished sentence, introduction of a quote (":"), or an obvious continuation. */
final class LineEnds {

    private static final String SENTENCE_FINAL = ".!?؟…۔।。‼⁉";
    private static final String CLOSERS = "»”\"’'›)]}";
    private static final String CONTINUATION = ",،;؛-–—(«“";

    private LineEnds() {
    }

    /** Ends with . ! ? ؟ … ۔ (the Urdu full stop), possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String line) {
        int i = lastMeaningful(line);
        return i >= 0 && SENTENCE_FINAL.indexOf(line.charAt(i)) >= 0;
    }

    /** Ends with ? ؟ or ! (possibly before closing quotes). */
    static boolean endsQuestionOrExclamation(String line) {
        int i = lastMeaningful(line);
        return i >= 0 && "?؟!‼⁉".indexOf(line.charAt(i)) >= 0;
    }

    /** Ends with ":" (possibly before closing quotes): it introduces what follows. */
    static boolean endsWithColon(String line) {
        int i = lastMeaningful(line);
        return i >= 0 && (line.charAt(i) == ':' || line.charAt(i) == '：');
    }

    /** Ends with a comma, semicolon, dash or opening quote: the sentence clearly goes on. */
    static boolean endsMidSentence(String line) {
        return !line.isEmpty() && CONTINUATION.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** Starts like a list item or bullet ("* ", "- ", "• ", "1) ", "2. ", "6 - "), which is never a wrapped continuation. */
    static boolean startsListItem(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        if (c == '*' || c == '•' || c == '●' || c == '▪' || c == '■' || c == '◾' || c == '–' || c == '—' || c == '-') {
            return true;
        }
        int i = 0;
        while (i < line.length() && i < 3 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        if (i == 0 || i >= line.length()) {
            return false;
        }
        char after = line.charAt(i);
        boolean spacedDash = after == ' ' && i + 1 < line.length() && "-–—".indexOf(line.charAt(i + 1)) >= 0;
        return after == ')' || after == '-' || spacedDash
                || (after == '.' && i + 1 < line.length() && line.charAt(i + 1) == ' ');
    }

    private static int lastMeaningful(String line) {
        int i = line.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(line.charAt(i)) >= 0 || line.charAt(i) == ' ')) {
            i--;
        }
        return i;
    }
}
