package dev.newsline.enrich.tag.country;

import java.util.List;
import java.util.Set;

/**
 * Checks a match against how it is written in the original text: in cased scripts a name starts with a capital
 * (turkey the bird, china the porcelain), an acronym is all capitals (US, not "us"), a Persian or Arabic word the
 * match form folds onto a name is not the name (المان "monument", آلمان Germany; فأس "axe", فاس Fez), an Arabic word
 * written with the indefinite ending is a common word (صبياً "a boy", not the town Sabya), and a name that is a
 * common word in the article's language is not evidence there.
 */
final class WrittenForm {

    /**
     * Persian words that the match form makes equal to a name written otherwise. It folds آ onto ا: المان "monument" is
     * آلمان Germany, امل "hope" (حزب امل, Lebanon's Amal movement) is آمل Amol; and ئ onto ی: سیول "floods" (سیول و
     * طغیان رودخانه‌ها) is سئول Seoul. As typed so they are the word; the name keeps its madda or its hamza.
     */
    private static final List<String> FOLDED_ONTO_NAMES = List.of("المان", "امل", "سیول", "سيول");
    /**
     * Arabic words that the match form makes equal to a name written otherwise: it folds أ onto ا, so فأس "axe"
     * ("ضربه بفأس", struck with an axe) is فاس Fez, and ؤ onto و, so تؤنس "keeps company" is تونس Tunisia. As typed,
     * with a clitic or the article before it, they are the word.
     */
    private static final List<String> ARABIC_FOLDED_ONTO_NAMES = List.of("فأس", "تؤنس");
    /** Arabic names never written with a shadda: مصرّ "insisting" is the word, not مصر Egypt. */
    private static final Set<String> NEVER_WITH_SHADDA = Set.of("مصر");
    private static final char SHADDA = '\u0651';

    /** Turkish words for a town's or a province's status after its name ({@code status-after} rows), folded. */
    private static final Set<String> TURKISH_STATUS_AFTER =
            CuratedNames.nameContextWords("status-after").getOrDefault("tr", Set.of());

    private WrittenForm() {
    }

    /**
     * Whether the name, capitalized, is followed by a word for a town's or a province's status ("Ordu Valisi", "Ağrı
     * ilinde", "Tokat Belediyesi"): Turkish names the place so where it writes no ending to set off.
     */
    private static boolean townByItsStatus(String original, PhraseMatch m) {
        int start = m.end() + 1;
        if (start >= original.length() || original.charAt(m.end()) != ' '
                || !Character.isUpperCase(original.codePointAt(m.start()))) {
            return false;
        }
        int end = start;
        while (end < original.length() && Character.isLetter(original.charAt(end))) {
            end++;
        }
        return end > start && TURKISH_STATUS_AFTER.contains(Folding.fold(original.substring(start, end)));
    }

    static boolean accepts(PhraseMatch m, String original, String language) {
        GazetteerEntry e = m.entry();
        if (language != null && !e.onlyIn().isEmpty() && !e.onlyIn().contains(language)) {
            return false;
        }
        // Turkish writes a proper noun's endings after an apostrophe (Mali'de), a common word's without (mali yıl),
        // and names a town by its status after it (Ordu Valisi, Tokat kentinde; not "Ordu hazır", the army)
        if (language != null && e.commonWordIn().contains(language)
                && !TextPositions.turkishProperNoun(language, original, m)
                && !("tr".equals(language) && townByItsStatus(original, m))) {
            return false;
        }
        if ("fa".equals(language) && FOLDED_ONTO_NAMES.stream().anyMatch(w -> spells(original, m.start(), m.end(), w))) {
            return false;
        }
        if ("ar".equals(language) && ARABIC_FOLDED_ONTO_NAMES.stream()
                .anyMatch(w -> spells(original, m.start() + m.skip(), m.end(), w))) {
            return false;
        }
        if (indefinite(m, original)) {
            return false;
        }
        int shadda = "ar".equals(language) && NEVER_WITH_SHADDA.contains(e.key()) ? original.indexOf(SHADDA, m.start())
                : -1;
        if (shadda >= 0 && shadda < m.end()) {
            return false;
        }
        int pos = m.start();
        if (m.skip() > 0 && !CliticStripper.isArabicScript(original.charAt(pos))) {
            int a = apostropheAfter(original, pos, m.end());
            pos = a < 0 ? pos : a + 1;
        }
        if (pos >= m.end()) {
            return false;
        }
        int cp = original.codePointAt(pos);
        if (Character.toLowerCase(cp) == Character.toUpperCase(cp)) {
            return true; // uncased script
        }
        if (e.team()) {
            return everyWordCapitalized(original, pos, m.end());
        }
        if (e.casing() == Casing.ANY) {
            return true;
        }
        if (e.casing() == Casing.INNER_CAPITALS) {
            // BlackRock, eThekwini: the inner capital, whatever the first letter, or a headline's capitals
            String written = original.substring(pos, m.end());
            return Casing.innerCapital(written) || NameFilter.isAcronym(written);
        }
        if (!Character.isUpperCase(cp) && !Character.isTitleCase(cp)) {
            return false;
        }
        if (e.casing() == Casing.ALL_CAPS) {
            for (int i = pos; i < m.end(); i++) {
                char c = original.charAt(i);
                if (c == '\'' || c == '\u2019') {
                    break;
                }
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Particles that stay in lower case inside a team's nickname (les Bleus, el Tri, Lions de la Teranga). */
    private static final List<String> PARTICLES = List.of("les", "la", "le", "el", "de");

    /**
     * Whether every word from {@code from} to {@code to} but the particles starts with a capital: a team's nickname
     * is written as a name ("Black Stars", "les Bleues", "Ay-yıldızlılar"), its words are ordinary words otherwise.
     */
    private static boolean everyWordCapitalized(String original, int from, int to) {
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(original.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !Character.isWhitespace(original.charAt(i))) {
                i++;
            }
            String word = original.substring(start, i);
            boolean elided = NameTrie.oneApostrophe(word).startsWith("l'"); // Lions de l'Atlas, l’Atlas
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && !Character.isUpperCase(word.charAt(0))
                    && !PARTICLES.contains(word) && !elided) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a town's, region's or institution's name is written with tanween, the indefinite ending (صبياً "a boy"
     * folds onto صبيا Sabya; جامعةٌ "comprehensive" onto جامعة): a proper name is definite and never takes it. A
     * country's name or adjective keeps its country when it does (سورياً "as a Syrian", شاباً سعودياً "a young Saudi").
     */
    private static boolean indefinite(PhraseMatch m, String original) {
        NameKind kind = m.entry().kind();
        return (kind == NameKind.CITY || kind == NameKind.REGION || kind == NameKind.INSTITUTION)
                && withTanween(original, m.start(), m.end());
    }

    /** Whether the word from {@code start} to {@code end} of {@code text} is written indefinite, with tanween (ـٌ). */
    static boolean withTanween(String text, int start, int end) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u064B' && c <= '\u064D') {
                return true;
            }
            if (i >= end && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false; // the marks written after the match's last letter belong to it
            }
        }
        return false;
    }

    /** Whether {@code s} from {@code from} to {@code to} spells {@code word} and no more (امل, not املش Amlash). */
    private static boolean spells(String s, int from, int to, String word) {
        if (!startsWithLetters(s, from, word)) {
            return false;
        }
        int letters = 0;
        for (int i = from; i < to; i++) {
            letters += Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK ? 0 : 1;
        }
        return letters == word.length();
    }

    /** Whether {@code s} at {@code from} spells {@code word}, vowel marks (اِلِمان) left aside. */
    private static boolean startsWithLetters(String s, int from, String word) {
        int i = from;
        for (int k = 0; k < word.length(); k++) {
            while (i < s.length() && Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK) {
                i++;
            }
            if (i >= s.length() || s.charAt(i) != word.charAt(k)) {
                return false;
            }
            i++;
        }
        return true;
    }

    private static int apostropheAfter(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\'' || s.charAt(i) == '\u2019') {
                return i;
            }
        }
        return -1;
    }
}
