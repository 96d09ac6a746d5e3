package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchFormNormalizer;
import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A place name whose neighbours make it part of a person's or an organization's name ({@code name-context-words.tsv}):
 * <ul>
 *   <li>a title or role right before it: Coach Jordan, Foreign Minister Israel Katz, الرئيس …;</li>
 *   <li>a foreign given name right before it in Arabic script, where no capitals show names: ديفيد كاميرون;</li>
 *   <li>a company or club word right after it (Columbia Gas, Kenya Airways, Leeds United) or right before it
 *       (Real Madrid, Inter Milan), written with a capital in cased scripts;</li>
 *   <li>a hyphen joining it to a capitalized word that is no place (Georgia-Pacific; Austria-Hungary stays).</li>
 * </ul>
 * Only names of one word written as the gazetteer has them (no case ending: Präsident Frankreichs is a place)
 * are tested; demonyms are adjectives and are left to the nisba rule; institutions and clubs are organizations that
 * stand for their country by design (باشگاه پرسپولیس, نادي الهلال). A person found so is that person in the
 * whole article (Coach Jordan … Jordan said); an organization only where its name is written whole.
 */
final class NotPlaceContext {

    private final Set<String> titles = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> orgAfter = new HashSet<>();
    private final Set<String> orgBefore = new HashSet<>();
    private final Set<String> commonBefore = new HashSet<>();
    private final Set<String> sideNouns = new HashSet<>();

    NotPlaceContext() {
        MatchFormNormalizer n = new MatchFormNormalizer();
        for (String[] row : CuratedNames.nameContextWords()) {
            Set<String> target = switch (row[0]) {
                case "title" -> titles;
                case "given" -> givenNames;
                case "org-after" -> orgAfter;
                case "org-before" -> orgBefore;
                case "common-before" -> commonBefore;
                case "side-noun" -> sideNouns;
                default -> throw new IllegalStateException("name-context-words.tsv: unknown role " + row[0]);
            };
            // the match form drops a final full stop (Inc., Sen.): store both
            target.add(n.fold(row[2]));
            target.add(n.fold(row[2].replace(".", "")));
        }
    }

    /** What a place name is part of, judging by its neighbours. */
    enum Part {
        /** Nothing: it stands for itself. */
        NONE,
        /** A person's name: the article means the person wherever it writes the name alone, too. */
        PERSON,
        /** An organization's name: only this mention. */
        ORGANIZATION,
        /** A common word here (أذان المغرب "the sunset prayer call", الركبة اليمنى "the right knee"): only this mention. */
        COMMON_WORD
    }

    /** What the single-word match {@code m} is part of, judging by its neighbours. */
    Part partOfName(PhraseMatch m, TaggingInput in, Map<String, BitSet> placeTokens) {
        if (commonWord(m, in)) {
            return Part.COMMON_WORD;
        }
        if (m.fromToken() != m.toToken() || m.entry().kind() == NameKind.DEMONYM
                || m.entry().kind() == NameKind.INSTITUTION || m.skip() > 0
                || m.entry().source().endsWith(":ru-case")) {
            return Part.NONE;
        }
        boolean title = m.field().equals("title");
        String text = title ? in.title() : in.body();
        MatchText form = title ? in.titleForm() : in.bodyForm();
        List<MatchToken> t = form.tokens();
        MatchToken self = t.get(m.fromToken());
        if (self.text().length() != m.entry().key().length()) {
            return Part.NONE; // carries an ending: a case form, not a bare name
        }
        boolean cased = NameFilter.isCased(text.substring(m.start(), m.end()));
        if (cased && title && TextPositions.isTitleCase(in.title())) {
            return Part.NONE; // headline style capitalizes every word: Iran Power Cuts Spread
        }
        int prev = m.fromToken() - 1;
        if (prev >= 0 && !cased && orgBefore.contains(t.get(prev).text()) && quoted(text, t.get(prev).end(), m.start())) {
            return Part.ORGANIZATION; // سينما «عدن»: a cinema's name in quotes
        }
        if (prev >= 0 && TextPositions.adjacent(text, t.get(prev).end(), m.start())) {
            String p = t.get(prev).text();
            if (titles.contains(p) || (!cased && givenNames.contains(p))) {
                return Part.PERSON;
            }
            if (orgBefore.contains(p) && (!cased || TextPositions.capitalized(text, t.get(prev)))) {
                return Part.ORGANIZATION;
            }
        }
        int next = m.toToken() + 1;
        if (next < t.size()) {
            MatchToken n = t.get(next);
            if (TextPositions.adjacent(text, m.end(), n.start()) && orgAfter.contains(n.text())
                    && (!cased || TextPositions.capitalized(text, n))) {
                return Part.ORGANIZATION;
            }
            BitSet places = placeTokens.get(m.field());
            if (cased && n.start() == m.end() + 1 && isHyphen(text.charAt(m.end())) && TextPositions.capitalized(text, n)
                    && (places == null || !places.get(next))) {
                return Part.ORGANIZATION;
            }
        }
        return Part.NONE;
    }

    /**
     * Arabic words that fold onto a place name but read otherwise here: a prayer time (أذان المغرب, صلاة المغرب:
     * the sunset prayer, not Morocco), and the feminine adjective "right" written with a final ى after a feminine
     * or body-side noun (الركبة اليمنى, يدها اليمنى, الجهة اليمنى), which folds onto اليمني "Yemeni": the Yemeni
     * adjective agrees with a feminine noun as اليمنية, so after one the form can only be "right".
     */
    private boolean commonWord(PhraseMatch m, TaggingInput in) {
        if (m.fromToken() == 0 || m.fromToken() != m.toToken()) {
            return false;
        }
        boolean title = m.field().equals("title");
        String text = title ? in.title() : in.body();
        List<MatchToken> t = (title ? in.titleForm() : in.bodyForm()).tokens();
        String prev = t.get(m.fromToken() - 1).text();
        if (commonBefore.contains(prev)) {
            return true;
        }
        if (m.entry().kind() != NameKind.DEMONYM || text.charAt(m.end() - 1) != '\u0649') {
            return false;
        }
        String original = text.substring(t.get(m.fromToken() - 1).start(), t.get(m.fromToken() - 1).end());
        return original.endsWith("\u0629") || sideNouns.contains(prev) || sideNouns.contains(stripPronoun(prev));
    }

    /** يدها، يده، قدمه → يد، قدم: a noun with a possessive ending. */
    private static String stripPronoun(String word) {
        if (word.length() >= 4 && (word.endsWith("ها") || word.endsWith("هم"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && (word.endsWith("ه") || word.endsWith("ي"))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Only spaces and an opening quote between {@code from} and {@code to}. */
    private static boolean quoted(String text, int from, int to) {
        boolean quote = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '"' || c == '\u201C') {
                quote = true;
            } else if (c != ' ') {
                return false;
            }
        }
        return quote;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
