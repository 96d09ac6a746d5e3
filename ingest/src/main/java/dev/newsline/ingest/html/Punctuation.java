package dev.newsline.ingest.html;

/** Punctuation that tells running prose from labels and menus, across scripts. */
final class Punctuation {

    private Punctuation() {
    }

    /** Commas of Latin, Arabic, CJK and other scripts. */
    static boolean isComma(char c) {
        return c == ',' || c == '\u060c' || c == '\uff0c' || c == '\u3001' || c == '\u055d' || c == '\u1363';
    }

    /** Sentence-ending punctuation, closing quotes and brackets allowed after it. */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'”’»)]".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == '\u061f' || c == '\u06d4'
                || c == '\u3002' || c == '\uff01' || c == '\uff1f' || c == '\u0964';
    }
}
