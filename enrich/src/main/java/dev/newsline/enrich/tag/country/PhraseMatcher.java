package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds gazetteer names in a match form: from every word start (and every clitic start inside it) it walks the
 * trie across the following words joined without spaces, so ZWNJ, space and no space at joins all match, and a
 * name must end at a word end (or before an allowed ending). Overlaps go to the longest, then the leftmost match.
 * Cost depends on the text and the longest name, not on how many names there are.
 */
final class PhraseMatcher {

    /** The source of a country's name as CLDR's Arabic locales write it. */
    private static final String ARABIC_CLDR = "cldr:ar";

    private static final int MAX_WORDS = 8;
    private static final int MIN_NAME_BEFORE_ENDING = 4;
    /** Persian endings after a ZWNJ besides those of {@link CliticStripper#isSuffix} (match form: ی written ي). */
    private static final Set<String> COMPOUND_ENDINGS = Set.of("هايي", "ايي", "ييها", "يي", "ست", "اند");

    private final CountryGazetteer gazetteer;
    private final RegionAfterComma regions;

    PhraseMatcher(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.regions = new RegionAfterComma(gazetteer);
    }

    /** Non-overlapping matches in one field whose original text is {@code original}. */
    List<PhraseMatch> find(String field, String original, MatchText form, String language) {
        List<MatchToken> tokens = form.tokens();
        List<PhraseMatch> found = new ArrayList<>();
        NameTrie trie = gazetteer.trie();
        for (int i = 0; i < tokens.size(); i++) {
            String first = tokens.get(i).text();
            for (CliticStripper.Start s : CliticStripper.starts(first, language)) {
                int node = trie.root();
                if (s.articleConsumed()) {
                    node = trie.child(node, CountryGazetteer.ARTICLE_STRIPPED);
                }
                walk(field, original, tokens, i, s, node, language, found);
            }
        }
        return CombiningForms.beforeASecondName(select(found), original);
    }

    private void walk(String field, String original, List<MatchToken> tokens, int from, CliticStripper.Start start,
                      int node, String language, List<PhraseMatch> found) {
        int skip = start.skip();
        for (int j = from; j < tokens.size() && j < from + MAX_WORDS && node != NameTrie.NONE; j++) {
            String word = tokens.get(j).text();
            int p = j == from ? skip : 0;
            for (; p < word.length(); p++) {
                // endings only after names of 4+ letters: روس+ای would be روسای "heads", کیف+ی کیفی "qualitative";
                // an apostrophe marks the ending of any proper noun (Van'da, Muş'ta, Rize'de)
                boolean longEnough = p - (j == from ? skip : 0) >= MIN_NAME_BEFORE_ENDING;
                if ((longEnough || CliticStripper.isApostrophe(word.charAt(p)))
                        && gazetteer.trie().value(node) != NameTrie.NONE
                        && gazetteer.entry(gazetteer.trie().value(node), language).takesEndings()
                        && CliticStripper.isSuffix(word.substring(p), language)
                        && !wholeWordIsAName(node, word, p, language)) {
                    add(field, original, tokens, from, j, start, node, language, found);
                }
                node = gazetteer.trie().child(node, word.charAt(p));
                if (node == NameTrie.NONE) {
                    return;
                }
            }
            if (gazetteer.trie().value(node) != NameTrie.NONE) {
                add(field, original, tokens, from, j, start, node, language, found);
            }
        }
    }

    /**
     * Whether the rest of the word from {@code p} on, read on from {@code node}, spells a name too, so that the word is
     * that name whole rather than the shorter one with a German genitive s: "Tunis" is Tunis, not India's Tuni's.
     */
    private boolean wholeWordIsAName(int node, String word, int p, String language) {
        if (p != word.length() - 1 || word.charAt(p) != 's') {
            return false;
        }
        int whole = gazetteer.trie().child(node, 's');
        if (whole == NameTrie.NONE || gazetteer.trie().value(whole) == NameTrie.NONE) {
            return false;
        }
        // a name of another language's only (Spanish chinas) leaves German "Chinas" China's genitive
        GazetteerEntry e = gazetteer.entry(gazetteer.trie().value(whole), language);
        return e != null && (e.onlyIn().isEmpty() || e.onlyIn().contains(language));
    }

    private void add(String field, String original, List<MatchToken> tokens, int from, int to,
                     CliticStripper.Start start, int node, String language, List<PhraseMatch> found) {
        GazetteerEntry entry = gazetteer.entry(gazetteer.trie().value(node), language);
        int skip = start.skip();
        boolean aligned = to == from || breaksAlign(entry, tokens, from, to, skip, start.articleConsumed());
        boolean noEvidenceHere = language != null && entry.commonWordIn().contains(language);
        if (!aligned && !(noEvidenceHere && capitalsAtBreaks(original, tokens, from, to))) {
            return;
        }
        if (writtenWithArticleInArabic(entry, start, language)
                || firstPartOfPersianCompound(original, tokens, to, language)
                || pronounEnding(entry, original, tokens.get(to).end(), language)) {
            return;
        }
        PhraseMatch m = new PhraseMatch(field, from, to, tokens.get(from).start(), tokens.get(to).end(), skip, entry);
        if (aligned && (WrittenForm.accepts(m, original, language)
                || (noEvidenceHere && placedBySubdivision(entry, original, m.start(), m.end())))) {
            found.add(m);
        } else if (to > from && noEvidenceHere) {
            // a name of several words that is no evidence here still holds its words: "George Town" (named like
            // several Georgetowns) is no "George", South Africa's town
            found.add(new PhraseMatch(field, from, to, m.start(), m.end(), skip, null));
        }
    }

    /**
     * Whether a town's name that is no evidence in this language (Georgetown and Kingston, named like several places;
     * Reading, an English noun) is written with its capital and placed by the subdivision after its comma, where one
     * of its towns lies: "a second plant in Georgetown, Ky." is Kentucky's Georgetown, "Reading, Pa." Pennsylvania's.
     */
    private boolean placedBySubdivision(GazetteerEntry entry, String original, int start, int end) {
        if (entry.kind() != NameKind.CITY || entry.places().isEmpty() || !Character.isUpperCase(original.charAt(start))) {
            return false;
        }
        RegionAfterComma.Region r = regions.after(original, end, entry);
        return r != null && r.place().admin1() != null && entry.places().stream().anyMatch(p -> p.within(r.place()));
    }

    /**
     * In Arabic, a town or region the language writes with a final ة, written here with ه: the pronoun "his" on a word
     * (بريده "his mail", جده "his grandfather", جربه "he tried it"), not Buraidah, Jeddah or Djerba, since the match
     * form folds ة onto ه. Persian writes those towns with ه (جده) and is left alone.
     */
    private boolean pronounEnding(GazetteerEntry entry, String original, int end, String language) {
        if (!"ar".equals(language) || (entry.kind() != NameKind.CITY && entry.kind() != NameKind.REGION)
                || !gazetteer.taMarbutaKeys().contains(entry.key())) {
            return false;
        }
        int i = end - 1;
        while (i > 0 && Character.getType(original.charAt(i)) == Character.NON_SPACING_MARK) {
            i--;
        }
        return original.charAt(i) == '\u0647';
    }

    /**
     * Arabic writes some names only with the article (اليمن, الرياض): in an Arabic article the same letters without
     * it are another word or a Persian spelling after a clitic (فيمن "among whom" is ف + Persian یمن; رياض is a
     * given name), so a bare match of a name the gazetteer also holds with ال does not count there. A country's
     * adjective is the exception: it drops the article whenever its noun has none (لاعب مصري); so does a club's
     * name that is no word (إنتر beside الإنتر). Nor does the article on an adjective say anything of its country's
     * name when the two share their letters, as the names that end in ي do (تشيلي and التشيلي, هايتي, زيمبابوي,
     * جيبوتي); and a country's name that CLDR's Arabic writes bare is written so (بيرو beside the press's البيرو).
     */
    private boolean writtenWithArticleInArabic(GazetteerEntry entry, CliticStripper.Start start, String language) {
        if (!"ar".equals(language) || start.articleConsumed() || entry.code() == null || entry.key().isEmpty()
                || entry.kind() == NameKind.DEMONYM || entry.plainClub()
                || !CliticStripper.isArabicScript(entry.key().charAt(0)) || entry.key().startsWith("ال")
                || (entry.kind() == NameKind.COUNTRY_NAME && entry.source().startsWith(ARABIC_CLDR))) {
            return false;
        }
        GazetteerEntry withArticle = gazetteer.lookup(CountryGazetteer.ARTICLE_STRIPPED + entry.key());
        return withArticle != null && entry.code().equals(withArticle.code()) && withArticle.kind() != NameKind.DEMONYM;
    }

    /**
     * Persian writes the parts of one word with a ZWNJ between them: a name followed by a ZWNJ and a part that is
     * no plural or adjective ending is the first part of a compound (کیف‌قاپی "purse-snatching", the surnames
     * نجف‌نژاد، ایران‌پور، چین‌زاده), not the place. With an ending (عراقی‌ها, ایران‌های) it stays the place, and a name
     * whose own break is a ZWNJ (قره‌باغ) matched whole ends after it. Persian only: Arabic has no ZWNJ.
     */
    private static boolean firstPartOfPersianCompound(String original, List<MatchToken> tokens, int to, String language) {
        if (!"fa".equals(language) || to + 1 >= tokens.size()) {
            return false;
        }
        int end = tokens.get(to).end();
        MatchToken next = tokens.get(to + 1);
        return end < original.length() && original.charAt(end) == '\u200C' && next.start() == end + 1
                && !CliticStripper.isSuffix(next.text(), language) && !COMPOUND_ENDINGS.contains(next.text());
    }

    /**
     * Whether every word after the first starts with a capital: a name spelt in words that the gazetteer holds as one
     * (George Town, Georgetown). Such a spelling only keeps a shorter name inside it from matching when the name is
     * no evidence in the language (George Town is no "George"); it never matches as the place (Aguas Calientes in
     * Peru is not Aguascalientes).
     */
    private static boolean capitalsAtBreaks(String original, List<MatchToken> tokens, int from, int to) {
        for (int j = from + 1; j <= to; j++) {
            if (!Character.isUpperCase(original.codePointAt(tokens.get(j).start()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word break in the text may only fall where the name has one (قره باغ, قره‌باغ): otherwise short words
     * glue into names ("و یک" is not ویک Wake, "نیا می" is not نیامی Niamey). No break at all always matches.
     */
    private static boolean breaksAlign(GazetteerEntry entry, List<MatchToken> tokens, int from, int to, int skip,
                                       boolean articleConsumed) {
        String spaced = entry.spaced();
        Set<Integer> nameBreaks = new HashSet<>();
        int letters = 0;
        for (int i = 0; i < spaced.length(); i++) {
            if (spaced.charAt(i) == ' ') {
                nameBreaks.add(letters);
            } else {
                letters++;
            }
        }
        int offset = (articleConsumed ? 2 : 0) + tokens.get(from).text().length() - skip;
        for (int j = from + 1; j <= to; j++) {
            if (!nameBreaks.contains(offset)) {
                return false;
            }
            offset += tokens.get(j).text().length();
        }
        return true;
    }

    private static int notPlaceFirst(PhraseMatch m) {
        return m.entry() != null && m.entry().kind() == NameKind.NOT_PLACE ? 0 : 1;
    }

    private static List<PhraseMatch> select(List<PhraseMatch> found) {
        found.sort(Comparator.comparingInt((PhraseMatch m) -> m.toToken() - m.fromToken()).reversed()
                .thenComparing(Comparator.comparingInt(PhraseMatch::length).reversed())
                // a not-place that spells the whole word beats a name with an ending: آبادانی "prosperity" over
                // Abadan with the adjective's ی
                .thenComparingInt(PhraseMatcher::notPlaceFirst)
                .thenComparingInt(PhraseMatch::skip)
                .thenComparingInt(PhraseMatch::start));
        // one field per call, so overlapping means sharing a token: a set of taken tokens answers in O(1)
        List<PhraseMatch> kept = new ArrayList<>();
        BitSet taken = new BitSet();
        for (PhraseMatch m : found) {
            if (m.entry() != null && m.entry().source().equals(CuratedNames.BODY_ONLY_NOT_PLACE)
                    && m.field().equals("title")) {
                continue; // a headline that names the US dollar is about it (ارتفاع الدولار الأميركي)
            }
            int firstTaken = taken.nextSetBit(m.fromToken());
            if (firstTaken < 0 || firstTaken > m.toToken()) {
                if (m.entry() != null) {
                    kept.add(m);
                }
                taken.set(m.fromToken(), m.toToken() + 1);
            }
        }
        kept.sort(Comparator.comparingInt(PhraseMatch::start));
        return kept;
    }
}
