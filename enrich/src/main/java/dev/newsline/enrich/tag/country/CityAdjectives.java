package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.List;
import java.util.Set;

/**
 * The adjectives of foreign capitals and big cities that the curated lists give (German Moskauer in {@code
 * cities.tsv}; French londonien, Spanish neoyorquino, Russian киевский, Turkish Moskovalı in {@code demonyms.tsv}):
 * before a word for a street, a square or a station they name a street at home (Prager Straße, Pariser Platz,
 * Киевский вокзал and Варшавское шоссе in Moscow), not the city.
 */
final class CityAdjectives {

    /** The gazetteer sources of those adjectives. */
    private static final Set<String> SOURCES = Set.of("cities.tsv:de-adjective", "demonyms.tsv:city-abroad");

    private CityAdjectives() {
    }

    /**
     * Whether {@code e} is a foreign city's adjective of the curated lists, or a Russian case form of one, or the
     * adjective made of a German-speaking country's town (Wiener, Münchner: {@link GermanTownForms}), which a street
     * of another town bears as well (der Wiener Platz in Munich).
     */
    static boolean of(GazetteerEntry e) {
        if (GermanTownForms.isForm(e)) {
            return true;
        }
        for (String source : SOURCES) {
            if (e.source().startsWith(source)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of {@code streets} (match forms) follows {@code m} right after a space, in any case, or after a
     * joining word ({@link ListItems#JOINERS}) and one more word ("Киевский и Рижский вокзалы", "Pariser und Prager
     * Straße").
     */
    static boolean beforeAStreetWord(PhraseMatch m, TaggingInput in, Set<String> streets) {
        List<MatchToken> t = in.form(m.field()).tokens();
        String text = in.text(m.field());
        int next = m.toToken() + 1;
        if (next >= t.size() || !TextPositions.adjacent(text, m.end(), t.get(next).start())) {
            return false;
        }
        if (streets.contains(t.get(next).text())) {
            return true;
        }
        return next + 2 < t.size() && ListItems.JOINERS.contains(t.get(next).text())
                && TextPositions.adjacent(text, t.get(next).end(), t.get(next + 1).start())
                && TextPositions.adjacent(text, t.get(next + 1).end(), t.get(next + 2).start())
                && streets.contains(t.get(next + 2).text());
    }
}
