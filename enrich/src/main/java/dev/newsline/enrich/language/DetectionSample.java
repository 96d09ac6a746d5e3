package dev.newsline.enrich.language;

import com.ibm.icu.text.Normalizer2;

/**
 * The text language detection reads: the title and the first characters of the body, NFKC-normalized so
 * that Arabic presentation forms (ﻓﺮﻣﺎﻧﺪه, common in text pasted from PDFs) count as the letters they are.
 *
 * @param text    the normalized sample
 * @param letters how many letters it holds (short or letterless text is left undetermined)
 */
record DetectionSample(String text, int letters) {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** Title, a line break, and at most {@code bodyChars} leading chars of the body (never half a surrogate pair). */
    static DetectionSample of(String title, String body, int bodyChars) {
        String head = title == null ? "" : title;
        String tail = body == null ? "" : body;
        int cut = Math.min(Math.max(bodyChars, 0), tail.length());
        if (cut > 0 && cut < tail.length() && Character.isHighSurrogate(tail.charAt(cut - 1))) {
            cut--;
        }
        StringBuilder raw = new StringBuilder(head.length() + 1 + cut).append(head).append('\n').append(tail, 0, cut);
        String text = NFKC.isNormalized(raw) ? raw.toString() : NFKC.normalize(raw);
        return new DetectionSample(text, countLetters(text));
    }

    private static int countLetters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
            }
            i += Character.charCount(cp);
        }
        return letters;
    }
}
