package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A headline written all in capitals, as the economic wire writes them ("STORE SALES RISE 5 PCT", "CHINA CLAY PRICES
 * FIRM", "JORDAN MARSH SETS EXPANSION"), shows no case, so the capital that makes a word a name there says nothing.
 * A name in such a headline counts as the body writes it:
 * <ul>
 *   <li>not at all where the body writes the same words in lower case: there they are a common word (store sales,
 *       china clay, lima beans);</li>
 *   <li>not where the body writes it only inside a company's or a person's name (Jordan Marsh Co, Chad Smith), or
 *       only as an amount's currency, unless the body names the same country by another of its names: "BIDS FOR N.Z.
 *       GOLD EXPLORER" over "2.40 N.Z. dlrs a share … a New Zealand gold explorer";</li>
 *   <li>a city or province the body does not name is not evidence either: those are the names most often also
 *       words (the Slovenian municipality Store, the English town March); a country's name stays.</li>
 * </ul>
 */
final class CapitalsHeadline {

    /** Fewer cased letters than this are a code or an acronym ("OPEC"), not a headline. */
    static final int MIN_LETTERS = 8;
    /** Lower-case letters a capitals headline may still hold, per cased letter (a ticker, "4th"). */
    static final double MAX_LOWER_SHARE = 0.1;

    private CapitalsHeadline() {
    }

    /**
     * The matches of {@code places} in the title that the body does not bear out as place names, when the title is
     * written in capitals; {@code kept} are the matches still standing for places after the person, company and club
     * rules; {@code lowerCase} reads what the article writes in lower case.
     */
    static Set<PhraseMatch> notBorneOut(List<PhraseMatch> places, List<PhraseMatch> kept, TaggingInput in,
                                        LowerCaseWords lowerCase) {
        if (!inCapitals(in.title())) {
            return Set.of();
        }
        Set<String> bodyKeys = new HashSet<>();
        Set<String> bodyPlaceKeys = new HashSet<>();
        Set<String> bodyCountries = new HashSet<>();
        for (PhraseMatch m : places) {
            if (m.field().equals("body")) {
                bodyKeys.add(m.entry().key());
            }
        }
        for (PhraseMatch m : kept) {
            if (m.field().equals("body")) {
                bodyPlaceKeys.add(m.entry().key());
                if (countryName(m)) {
                    bodyCountries.add(m.entry().code());
                }
            }
        }
        Set<PhraseMatch> out = new HashSet<>();
        for (PhraseMatch m : kept) {
            if (!m.field().equals("title")) {
                continue;
            }
            String key = m.entry().key();
            boolean borneOut;
            if (lowerCase.writtenInLowerCase(m)) {
                borneOut = false;
            } else if (bodyKeys.contains(key)) {
                borneOut = bodyPlaceKeys.contains(key) || (countryName(m) && bodyCountries.contains(m.entry().code()));
            } else {
                NameKind kind = m.entry().kind();
                borneOut = kind != NameKind.CITY && kind != NameKind.REGION;
            }
            if (!borneOut) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean countryName(PhraseMatch m) {
        NameKind kind = m.entry().kind();
        return m.entry().code() != null && (kind == NameKind.COUNTRY_NAME || kind == NameKind.SHORT_FORM);
    }

    /** Whether {@code text} is written in capitals: enough cased letters, hardly any of them lower case. */
    static boolean inCapitals(String text) {
        int cased = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLowerCase(cp)) {
                lower++;
                cased++;
            } else if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                cased++;
            }
            i += Character.charCount(cp);
        }
        return cased >= MIN_LETTERS && lower <= MAX_LOWER_SHARE * cased;
    }
}
