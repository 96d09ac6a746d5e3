package dev.newsline.enrich.tag.country;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The forms German news writes a town of the German-speaking countries in besides its name: the adjective and the
 * inhabitants, "-er", "-erin", "-erinnen" (der Dresdner Striezelmarkt, die Salzburgerin Lena Gruber, Zwickauer
 * Mulde). The adjective is invariable and capitalized, so it matches like a name.
 */
final class GermanTownForms {

    /** The countries whose towns German writes so. */
    static final Set<String> COUNTRIES = Set.of("DE", "AT", "CH", "LI");

    /**
     * Generated forms that are words or surnames first (Hamm, Hof, Weil am Rhein, Burg, Lauf, Selb, Singen: Hammer,
     * Hofer, Weiler, Burger, Laufer, selber, Singer).
     */
    private static final Set<String> WORDS = Set.of("hammer", "hofer", "weiler", "burger", "forster", "further",
            "laufer", "singer", "selber", "linger", "rother", "buchner", "bühler", "bader", "esser", "hager");

    /** Words after which a German town's name goes on to say where it lies (Frankfurt am Main, Halle (Saale)). */
    private static final String[] QUALIFIERS = {" am ", " an der ", " im ", " in ", " ob ", " vor der ", " bei ", " ("};

    /** The German-speaking countries' towns that GeoNames names in English, with their German names. */
    private static final Map<String, String> ENGLISH_MAIN_NAMES = Map.of("Vienna", "Wien", "Nuremberg", "Nürnberg");

    /** The suffix of the gazetteer source of a generated form. */
    static final String SOURCE_SUFFIX = ":de-form";

    private GermanTownForms() {
    }

    /** Whether the entry is a form made here: an adjective or inhabitant noun, not the town's name. */
    static boolean isForm(GazetteerEntry e) {
        return e.source().endsWith(SOURCE_SUFFIX);
    }

    /**
     * The adjective and inhabitant forms of a town's name: Dresden gives Dresdner, München Münchner, Göttingen
     * Göttinger, Essen Essener, Graz Grazer; none for a name of several words once its qualifier is cut (Bad Homburg).
     */
    static Set<String> of(String name) {
        String town = ENGLISH_MAIN_NAMES.getOrDefault(name, name);
        for (String q : QUALIFIERS) {
            int at = town.indexOf(q);
            if (at > 0) {
                town = town.substring(0, at);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        if (town.length() < 3 || !town.chars().allMatch(Character::isLetter)) {
            return out;
        }
        Set<String> stems = new LinkedHashSet<>();
        stems.add(town);
        if (town.endsWith("ingen") || town.endsWith("ungen") || town.equals("Bremen")) {
            stems.add(town.substring(0, town.length() - 2)); // Göttinger, Bremer
        }
        if (town.endsWith("den") || town.endsWith("chen")) {
            stems.add(town.substring(0, town.length() - 2) + "n"); // Dresdner, Münchner
        }
        for (String stem : stems) {
            String adjective = stem + "er";
            if (!WORDS.contains(adjective.toLowerCase(Locale.ROOT))) {
                out.add(adjective);
                out.add(adjective + "in");
                out.add(adjective + "innen");
            }
        }
        return out;
    }
}
