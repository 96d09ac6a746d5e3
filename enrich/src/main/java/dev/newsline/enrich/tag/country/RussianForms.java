package dev.newsline.enrich.tag.country;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Case forms of Russian names: a Russian article says "России", "Армению", "Азербайджаном" far more often than
 * the nominative, and an ending cannot be stripped like a clitic because the nominative vowel changes.
 */
final class RussianForms {

    private RussianForms() {
    }

    /**
     * The nouns of regions' names ("Челябинская область", "Краснодарский край") in the six cases (nominative,
     * genitive, dative, accusative, instrumental, prepositional), which their adjective agrees with.
     */
    private static final Map<String, String[]> REGION_NOUNS = Map.of(
            "область", new String[] {"область", "области", "области", "область", "областью", "области"},
            "край", new String[] {"край", "края", "краю", "край", "краем", "крае"},
            "республика", new String[] {"республика", "республики", "республике", "республику", "республикой", "республике"},
            "округ", new String[] {"округ", "округа", "округу", "округ", "округом", "округе"});
    /** Russian vowels: a foreign name's final а after one does not decline (Самоа, Гоа). */
    private static final String VOWELS = "аеёиоуыэюя";
    private static final String[] FEMININE_ADJECTIVE = {"ая", "ой", "ой", "ую", "ой", "ой"};
    private static final String[] MASCULINE_ADJECTIVE = {"ий", "ого", "ому", "ий", "им", "ом"};
    private static final String[] HARD_MASCULINE_ADJECTIVE = {"ый", "ого", "ому", "ый", "ым", "ом"};
    private static final String[] STRESSED_MASCULINE_ADJECTIVE = {"ой", "ого", "ому", "ой", "ым", "ом"};
    private static final String[] SOFT_FEMININE_ADJECTIVE = {"яя", "ей", "ей", "юю", "ей", "ей"};
    private static final String[] SOFT_MASCULINE_ADJECTIVE = {"ий", "его", "ему", "ий", "им", "ем"};
    /**
     * Words for a unit written before its name, which decline while the name stays as it is: "в штате Мэн", "префектуры
     * Фукусима", "Республике Татарстан", "Страны Басков".
     */
    private static final Set<String> GENERIC_NOUNS = Set.of("штат", "провинция", "префектура", "земля", "регион",
            "округ", "остров", "страна", "республика", "эмират", "мухафаза", "вилайет", "департамент");

    /**
     * The lower-case (not yet folded) name and its case forms: a region's adjective and noun agree in every case
     * ("челябинской области"); other multi-word names inflect only their last word.
     */
    static Set<String> of(String folded) {
        Set<String> out = new LinkedHashSet<>();
        out.add(folded);
        String[] words = folded.split(" ");
        String[] noun = words.length == 2 ? REGION_NOUNS.get(words[1]) : null;
        if (noun != null && (words[0].endsWith("ая") || words[0].endsWith("ий"))) {
            String stem = words[0].substring(0, words[0].length() - 2);
            String[] endings = words[0].endsWith("ая") ? FEMININE_ADJECTIVE : MASCULINE_ADJECTIVE;
            for (int c = 0; c < endings.length; c++) {
                out.add(stem + endings[c] + " " + noun[c]);
            }
            return out;
        }
        if (words.length >= 2 && GENERIC_NOUNS.contains(words[0])) {
            // "штат Мэн": the word for the unit declines, the name after it stays ("в штате Мэн", "Страны Басков")
            String rest = folded.substring(words[0].length());
            for (String form : lastWord(words[0])) {
                out.add(form + rest);
            }
            return out;
        }
        if (words.length >= 2) {
            Set<String> agreeing = adjectivesAndNoun(words);
            if (!agreeing.isEmpty()) {
                out.addAll(agreeing);
                return out;
            }
        }
        int space = folded.lastIndexOf(' ');
        String head = folded.substring(0, space + 1);
        String last = folded.substring(space + 1);
        for (String form : lastWord(last)) {
            out.add(head + form);
        }
        return out;
    }

    /**
     * A name's adjectives and noun in the six cases, agreeing: "Саудовской Аравии", "Южной Корее", "Новую Зеландию",
     * "Южного Судана", "Нижней Калифорнии", "Нового Южного Уэльса"; empty unless every word before the noun is an
     * adjective whose gender the noun shares.
     */
    private static Set<String> adjectivesAndNoun(String[] words) {
        Set<String> out = new LinkedHashSet<>();
        String noun = words[words.length - 1];
        String[][] adjectives = new String[words.length - 1][];
        boolean feminine = noun.endsWith("я") || noun.endsWith("а");
        for (int i = 0; i < adjectives.length; i++) {
            adjectives[i] = adjectiveEndings(words[i], feminine);
            if (adjectives[i] == null) {
                return out;
            }
        }
        String[] nouns;
        if (feminine) {
            String stem = noun.substring(0, noun.length() - 1);
            String genitive = noun.endsWith("а") && !hushing(stem) ? "ы" : "и";
            String dative = noun.endsWith("ия") ? "и" : "е"; // Аравии, Корее, Африке
            String instrumental = noun.endsWith("а") ? "ой" : "ей";
            String accusative = noun.endsWith("а") ? "у" : "ю";
            nouns = new String[] {noun, stem + genitive, stem + dative, stem + accusative, stem + instrumental,
                stem + dative};
        } else if (!noun.isEmpty() && "аеёиоуыэюяь".indexOf(noun.charAt(noun.length() - 1)) < 0) {
            nouns = new String[] {noun, noun + "а", noun + "у", noun, noun + "ом", noun + "е"};
        } else {
            return out;
        }
        for (int c = 0; c < nouns.length; c++) {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < adjectives.length; i++) {
                form.append(words[i], 0, words[i].length() - 2).append(adjectives[i][c]).append(' ');
            }
            out.add(form.append(nouns[c]).toString());
        }
        return out;
    }

    /**
     * The six case endings of an adjective of the noun's gender (hard -ая, -ый, -ий, -ой; soft -яя, -ний: нижняя,
     * средний), or null when the word is no such adjective.
     */
    private static String[] adjectiveEndings(String word, boolean feminine) {
        if (feminine) {
            return word.endsWith("ая") ? FEMININE_ADJECTIVE : word.endsWith("яя") ? SOFT_FEMININE_ADJECTIVE : null;
        }
        if (word.endsWith("ый")) {
            return HARD_MASCULINE_ADJECTIVE;
        }
        if (word.endsWith("ний")) {
            return SOFT_MASCULINE_ADJECTIVE;
        }
        if (word.endsWith("ий")) {
            return MASCULINE_ADJECTIVE;
        }
        return word.endsWith("ой") ? STRESSED_MASCULINE_ADJECTIVE : null;
    }

    /** A stem ending in г, к, х, ж, ш, щ or ч takes и where others take ы (Африка: Африки). */
    private static boolean hushing(String stem) {
        return !stem.isEmpty() && "гкхжшщч".indexOf(stem.charAt(stem.length() - 1)) >= 0;
    }

    /**
     * Whether a lower-case Russian name does not decline: a foreign name ending in a vowel other than а and я (Чили,
     * Перу, Того, Конго, Зимбабве), or in а after another vowel (Самоа, Никарагуа). {@link #lastWord} reads a name in
     * и as a plural and adds forms no text writes; here Чили and Мали count as the singulars they are.
     */
    static boolean indeclinable(String w) {
        if (w.length() < 3) {
            return false;
        }
        char last = w.charAt(w.length() - 1);
        return "оеуюиэ".indexOf(last) >= 0 || (last == 'а' && VOWELS.indexOf(w.charAt(w.length() - 2)) >= 0);
    }

    private static Set<String> lastWord(String w) {
        Set<String> out = new LinkedHashSet<>();
        if (w.length() < 3) {
            return out;
        }
        String stem2 = w.substring(0, w.length() - 2);
        String stem1 = w.substring(0, w.length() - 1);
        if (w.endsWith("ия")) {                       // Россия, Армения
            add(out, stem2, "ии", "ию", "ией");
        } else if (w.endsWith("ий") || w.endsWith("ый") || w.endsWith("ой")) { // российский, белый
            add(out, stem2, "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими", "ые", "ых", "ыми", "ым");
        } else if (w.endsWith("ая")) {
            add(out, stem2, "ой", "ую");
        } else if (w.endsWith("я")) {
            add(out, stem1, "и", "ю", "ей", "е");
        } else if (w.endsWith("а") && VOWELS.indexOf(w.charAt(w.length() - 2)) >= 0) {
            // Самоа, Гоа: a vowel before the final а makes a foreign name indeclinable ("Самое" is "the most")
        } else if (w.endsWith("а")) {                 // Куба, Канада
            add(out, stem1, "ы", "и", "е", "у", "ой");
        } else if (w.endsWith("ы") || w.endsWith("и")) { // США, Нидерланды: plural, inflects as -ах/-ам
            add(out, stem1, "ах", "ам", "ов");
        } else if (w.endsWith("о") || w.endsWith("е") || w.endsWith("у") || w.endsWith("ю")) {
            // Косово, Конго: indeclinable
        } else {                                          // Азербайджан, Иран, Кремль
            String stem = w.endsWith("ь") ? stem1 : w;
            add(out, stem, "а", "у", "е", "ом", "я", "ю", "ем");
            if (w.endsWith("ск")) {                       // Омск: омский, омского, омская … (the town's adjective)
                out.addAll(townAdjectives(w));
            }
            if (w.endsWith("ь")) {
                add(out, stem, "и", "ью");                // feminine: Тверь, Пермь, Казань, Кубань
            }
        }
        return out;
    }

    /**
     * The adjective of a town named in -ск, lower-case as Russian writes it (минское «Динамо», омский, новосибирская),
     * in every gender, number and case; empty for any other name.
     */
    static Set<String> townAdjectives(String lowerCaseName) {
        Set<String> out = new LinkedHashSet<>();
        if (lowerCaseName.endsWith("ск") && lowerCaseName.indexOf(' ') < 0) {
            add(out, lowerCaseName, "ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими");
        }
        return out;
    }

    private static void add(Set<String> out, String stem, String... endings) {
        for (String e : endings) {
            out.add(stem + e);
        }
    }
}
