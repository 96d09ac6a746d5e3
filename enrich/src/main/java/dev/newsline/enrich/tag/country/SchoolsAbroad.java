package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A school, a university or a hospital named after the nation that founded it abroad, with the town it stands in
 * ({@code school} and {@code school-link} rows of name-context-words.tsv): "the American University of Beirut", "the
 * German University in Cairo", "l'Université américaine de Beyrouth", "Beyrut Amerikan Üniversitesi", الجامعة
 * الأمريكية في بيروت, المدرسة البريطانية الدولية في جدة, دانشگاه آمریکایی بیروت. The nationality is the name's; the story
 * is the town's. Only where a place of another country follows (precedes, in Turkish) in the name: "the American
 * University said" and "the German University in Berlin" stay as they are.
 */
final class SchoolsAbroad {

    /** Languages that write the school's word after the nationality (the American University); the others before. */
    private static final Set<String> WORD_AFTER = Set.of("en", "de", "ru");
    /** Capitalized words that may stand between the nationality and the school's word: American Community School. */
    private static final int MAX_NAME_WORDS = 2;
    /** Adjectives that may follow the nationality in the languages that write it after the word: الدولية, internationale. */
    private static final int MAX_ADJECTIVES = 2;
    /** Persian بین, the first half of بین‌المللی "international", as the match form holds it. */
    private static final String PERSIAN_INTER = "\u0628\u064A\u0646";

    /** {@code school} words by language, folded. */
    private final Map<String, Set<String>> schools = CuratedNames.nameContextWords("school");
    /** {@code school-link} words by language, folded: what joins the name to its town (of, in, de, في, در). */
    private final Map<String, Set<String>> links = CuratedNames.nameContextWords("school-link");

    /** The nationalities among {@code places} that name a school, a university or a hospital in another country's town. */
    Set<PhraseMatch> in(List<PhraseMatch> places, TaggingInput in) {
        Set<String> words = schools.getOrDefault(in.language(), Set.of());
        if (words.isEmpty()) {
            return Set.of();
        }
        Set<PhraseMatch> out = new HashSet<>();
        for (PhraseMatch m : places) {
            if (nationality(m, in) && founderAbroad(m, places, in, words)) {
                out.add(m);
            }
        }
        return out;
    }

    /** A nationality's adjective; Persian and Arabic adjectives of a country's name (آمریکایی) are read as its name. */
    private static boolean nationality(PhraseMatch m, TaggingInput in) {
        NameKind kind = m.entry().kind();
        return m.entry().code() != null && (kind == NameKind.DEMONYM
                || (kind.countryName() && ("fa".equals(in.language()) || "ar".equals(in.language()))));
    }

    private boolean founderAbroad(PhraseMatch m, List<PhraseMatch> places, TaggingInput in, Set<String> words) {
        List<MatchToken> t = in.form(m.field()).tokens();
        String text = in.text(m.field());
        String founder = m.entry().code();
        if ("tr".equals(in.language())) {
            // Turkish puts the town first and closes with the word: Beyrut Amerikan Üniversitesi'nde
            int word = m.toToken() + 1;
            return word < t.size() && words.contains(CliticStripper.beforeApostrophe(t.get(word).text()))
                    && m.fromToken() > 0 && placeOfAnother(places, m.field(), m.fromToken() - 1, founder, false);
        }
        int after;
        if (WORD_AFTER.contains(in.language())) {
            after = m.toToken() + 1;
            while (after < t.size() && !words.contains(t.get(after).text())) {
                if (after - m.toToken() > MAX_NAME_WORDS || !TextPositions.capitalized(text, t.get(after))) {
                    return false;
                }
                after++;
            }
            if (after >= t.size()) {
                return false;
            }
            after++;
        } else {
            if (m.fromToken() == 0 || !isSchoolWord(words, t.get(m.fromToken() - 1).text())) {
                return false;
            }
            after = m.toToken() + 1;
            for (int k = 0; k < MAX_ADJECTIVES && after < t.size() && adjective(in, t.get(after).text()); k++) {
                after++;
            }
        }
        if (after < t.size() && links.getOrDefault(in.language(), Set.of()).contains(t.get(after).text())) {
            after++;
        }
        return after < t.size() && placeOfAnother(places, m.field(), after, founder, true);
    }

    /**
     * The school's word, with an Arabic clitic on it (بالمستشفى; the rows hold the forms with the article too,
     * الجامعة) or a French elision (l'école).
     */
    private static boolean isSchoolWord(Set<String> words, String word) {
        int apostrophe = word.indexOf('\'');
        return CliticStripper.isOneOf(words, word, true)
                || (apostrophe > 0 && words.contains(word.substring(apostrophe + 1)));
    }

    /**
     * An adjective agreeing with the school's word: Arabic definite (الدولية), Persian (بین‌المللی, whose two halves
     * the ZWNJ splits into tokens, and whose ی the match form writes ي), French or Spanish.
     */
    private static boolean adjective(TaggingInput in, String word) {
        return switch (in.language()) {
            case "ar" -> word.startsWith("\u0627\u0644") && word.length() > 3;
            case "fa" -> (word.endsWith("\u064A") && word.length() > 3) || word.equals(PERSIAN_INTER);
            case "fr", "es" -> word.startsWith("internacional") || word.startsWith("international");
            default -> false;
        };
    }

    /** Whether a place of a country other than {@code founder} starts (or, {@code starts} false, ends) at {@code token}. */
    private static boolean placeOfAnother(List<PhraseMatch> places, String field, int token, String founder,
                                          boolean starts) {
        for (PhraseMatch p : places) {
            if (p.field().equals(field) && (starts ? p.fromToken() : p.toToken()) == token
                    && p.entry().kind() != NameKind.DEMONYM && otherCountry(p.entry(), founder)) {
                return true;
            }
        }
        return false;
    }

    private static boolean otherCountry(GazetteerEntry e, String founder) {
        if (e.code() != null) {
            return !e.code().equals(founder);
        }
        return !e.places().isEmpty() && e.places().stream().noneMatch(p -> p.code().equals(founder));
    }
}
