package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names a story borrows from a place, which name no country of the story ({@code name-context-words.tsv}): a river,
 * a lake or a delta named like a country ({@code water}: "le fleuve Niger" at Bamako), a treaty or a round named
 * after a town ({@code treaty-before}, {@code treaty-after}: "l'accord de Paris", "Minsk agreements"), an Arabic or
 * Persian currency named by its country ({@code currency-name}: پوند انگلیس) and an immigrant's heritage before a
 * hyphen ({@code heritage}: "the Mexican-American actor").
 */
final class BorrowedPlaceNames {

    /** Words for a river, a lake or a delta, written right before its name, by language (fleuve, نهر). */
    private final Map<String, Set<String>> waters = CuratedNames.nameContextWords("water");
    /** What may join a delta's word to its river's name ("le delta du Niger", "el delta del Níger"). */
    private static final Set<String> WATER_LINKS = Set.of("du", "del");
    /** Words for a treaty, an agreement or a negotiating round written before the town it is named after. */
    private final Map<String, Set<String>> treatiesBefore = CuratedNames.nameContextWords("treaty-before");
    /** The same words where the language writes them after the town's name or adjective (Minsk agreements). */
    private final Map<String, Set<String>> treatiesAfter = CuratedNames.nameContextWords("treaty-after");
    /** What may join a treaty's word to its town: "accord de Paris", "Vertrag von Lissabon". */
    private static final Set<String> TREATY_LINKS = Set.of("de", "d", "del", "von");
    /** A Russian adjective's ending, which a town's name takes before a treaty's word (Минские соглашения). */
    private static final Pattern RUSSIAN_ADJECTIVE =
            Pattern.compile("[сц]к(ий|ая|ое|ие|ого|ой|ую|ом|их|им|ими|ому)$");
    /** How many capitalized words may stand between a town and the treaty word after it (Paris İklim Anlaşması). */
    private static final int MAX_TREATY_GAP = 2;
    /** Arabic and Persian words for a currency, folded, that name it by the country after them (درهم امارات). */
    private final Set<String> currencyNames = new HashSet<>();
    /** Magnitude words, folded (هزار, مليار, million): a currency after one is an amount's. */
    private final Set<String> magnitudes;
    /** The nationalities an immigrant's heritage is joined to with a hyphen, by language (Mexican-American). */
    private final Map<String, Set<String>> heritageNations = CuratedNames.nameContextWords("heritage");

    /** {@code magnitudes}: the {@code magnitude} words, folded, as {@link EverydayWords} reads them. */
    BorrowedPlaceNames(Set<String> magnitudes) {
        this.magnitudes = Set.copyOf(magnitudes);
        // a currency's word is read in the Arabic and the Persian body alike
        CuratedNames.nameContextWords("currency-name").values().forEach(currencyNames::addAll);
    }

    /** Whether {@code m} is part of a name the story borrows from a place: a river's, a treaty's, a currency's. */
    boolean borrowed(PhraseMatch m, TaggingInput in) {
        return heritage(m, in) || treatyNamedAfterATown(m, in) || currencyNamedByItsCountry(m, in)
                || waterNamedLikeACountry(m, in);
    }

    /**
     * Whether {@code m}, a nationality's adjective, is the heritage half of a hyphenated nationality ("the
     * Mexican-American actor", "Irish-American groups", "Chinese-Canadian"): the people are the second half's
     * citizens, so the first names no country of the story.
     */
    private boolean heritage(PhraseMatch m, TaggingInput in) {
        Set<String> nations = heritageNations.getOrDefault(in.language(), Set.of());
        if (m.entry().kind() != NameKind.DEMONYM || nations.isEmpty()) {
            return false;
        }
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        int next = m.toToken() + 1;
        return next < t.size() && m.end() < text.length() && text.charAt(m.end()) == '-'
                && t.get(next).start() == m.end() + 1 && TextPositions.capitalized(text, t.get(next))
                && nations.contains(t.get(next).text());
    }

    /**
     * Whether {@code m}, a country's name or adjective in an Arabic-script body, names a currency after the currency's
     * word (الين الياباني, الليرة التركية, پوند انگلیس, درهم امارات): the exchange rates a market report lists ("قیمت
     * یورو، پوند انگلیس و درهم امارات در بازار تهران افزایش یافت"), not the countries. A headline that names the
     * currency keeps its country, as the US dollar's does: the story is the currency's ("الليرة التركية تهبط").
     */
    private boolean currencyNamedByItsCountry(PhraseMatch m, TaggingInput in) {
        if (currencyNames.isEmpty() || m.fromToken() == 0 || m.field().equals("title")
                || NameFilter.isCased(in.text(m.field()), m.start(), m.end())) {
            return false;
        }
        List<MatchToken> t = in.form(m.field()).tokens();
        int word = m.fromToken() - 1;
        if (!CliticStripper.isOneOf(currencyNames, t.get(word).text(), true)
                || !TextPositions.adjacent(in.text(m.field()), t.get(word).end(), m.start())) {
            return false;
        }
        // an amount stays where it is paid ("24 ألف ريال سعودي" stolen in a Saudi town): Arabic names the currency of a
        // rate with its article (the rows hold those forms only), Persian after no figure or magnitude
        return word == 0 || !isAmount(t.get(word - 1).text());
    }

    /** Whether {@code word} (folded) is a figure or a magnitude word (هزار, میلیون, مليار). */
    private boolean isAmount(String word) {
        return word.chars().anyMatch(Character::isDigit) || magnitudes.contains(word);
    }

    /**
     * Whether {@code m}, a town, names a treaty, an agreement or a negotiating round after where it was signed or
     * held: the treaty's word right before it ("l'accord de Paris", اتفاق باريس, توافق پاریس, "Vertrag von Lissabon",
     * جولة الدوحة) or right after it ("Minsk agreements", "Минские соглашения", "Paris İklim Anlaşması", up to two
     * capitalized words between in a cased script). Such a story is about its parties, not the town ("Chile reiteró
     * su compromiso con el Acuerdo de París"). Only spaces may stand between the words ("after talks in Vienna. The
     * agreement"); a town that another joins is a party ("توافق کابل و تاشکند", Kabul and Tashkent agreed); Russian
     * writes the town's adjective before the word, not its locative ("в Бишкеке соглашение").
     */
    private boolean treatyNamedAfterATown(PhraseMatch m, TaggingInput in) {
        Set<String> before = treatiesBefore.getOrDefault(in.language(), Set.of());
        Set<String> after = treatiesAfter.getOrDefault(in.language(), Set.of());
        if (m.entry().kind() != NameKind.CITY || m.fromToken() != m.toToken() || (before.isEmpty() && after.isEmpty())) {
            return false;
        }
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        int next = m.toToken() + 1;
        if (next + 1 < t.size() && ListItems.JOINERS.contains(t.get(next).text())) {
            return false;
        }
        int word = m.fromToken() - 1;
        if (word >= 1 && TREATY_LINKS.contains(t.get(word).text()) && spaced(text, t, word, word + 1)) {
            word--;
        }
        if (word >= 0 && before.contains(t.get(word).text()) && spaced(text, t, word, word + 1)) {
            return true;
        }
        if ("ru".equals(in.language()) && !RUSSIAN_ADJECTIVE.matcher(t.get(m.fromToken()).text()).find()) {
            return false;
        }
        boolean cased = NameFilter.isCased(text, m.start(), m.end());
        for (int k = next; k < t.size() && k <= next + MAX_TREATY_GAP && spaced(text, t, k - 1, k); k++) {
            // Turkish writes a case ending after an apostrophe: "Paris İklim Anlaşması'nı onayladı"
            if (after.contains(CliticStripper.beforeApostrophe(t.get(k).text()))) {
                return true;
            }
            if (!cased || !TextPositions.capitalized(text, t.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** Whether only spaces stand between tokens {@code a} and {@code b}, the next one. */
    private static boolean spaced(String text, List<MatchToken> t, int a, int b) {
        return TextPositions.adjacent(text, t.get(a).end(), t.get(b).start());
    }

    /**
     * Whether {@code m}, a country's own name, follows a word for a river, a lake or a delta ("la crue du fleuve
     * Niger" at Bamako, نهر الأردن, "озеро Чад", "le delta du Niger"): the water, which crosses borders and often runs
     * through other countries than its namesake, not the country. A town's or a province's name stays: a lake or river
     * named after one lies in its country (Lake Geneva, the Ottawa River). English also writes the word after the
     * name in lower case ("the Niger river flooded parts of Mali"; with a capital it is a street word's).
     */
    private boolean waterNamedLikeACountry(PhraseMatch m, TaggingInput in) {
        NameKind kind = m.entry().kind();
        Set<String> words = waters.getOrDefault(in.language(), Set.of());
        if (!(kind.countryName() || kind == NameKind.AMBIGUOUS) || m.fromToken() != m.toToken() || words.isEmpty()) {
            return false;
        }
        List<MatchToken> t = in.form(m.field()).tokens();
        String text = in.text(m.field());
        int after = m.toToken() + 1;
        if ("en".equals(in.language()) && after < t.size() && words.contains(t.get(after).text())
                && TextPositions.adjacent(text, m.end(), t.get(after).start())
                && !TextPositions.capitalized(text, t.get(after))) {
            return true;
        }
        if (m.fromToken() == 0) {
            return false;
        }
        int before = m.fromToken() - 1;
        if (before >= 1 && WATER_LINKS.contains(t.get(before).text())) {
            before--;
        }
        return words.contains(t.get(before).text());
    }
}
