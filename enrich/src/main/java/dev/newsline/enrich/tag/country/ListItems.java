package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import java.util.List;
import java.util.Set;

/**
 * Steps between the one-word items of a list in a field's tokens, as the readers that follow a word's role along a
 * list use them: "die Badeorte Kalifornien und Brasilien", "в селах Париж, Берлин и Варна", "into French and German".
 */
final class ListItems {

    /** The most items a list is read over. */
    static final int MAX_ITEMS = 6;
    /** Words joining a pair of names: "Kalifornien und Brasilien", "Париж и Варна". */
    static final Set<String> JOINERS = Set.of("und", "и", "and", "et", "y", "ve", "\u0648");

    private ListItems() {
    }

    /** The item before the one at token {@code item}: after a joining word or a comma and a space, else -1. */
    static int previous(List<MatchToken> t, int item, String text) {
        if (item >= 2 && JOINERS.contains(t.get(item - 1).text())) {
            return item - 2;
        }
        return item >= 1 && commaBetween(t, item - 1, item, text) ? item - 1 : -1;
    }

    /**
     * The last item of a list that starts at token {@code item}: "Spanish" in "French, German and Spanish", or
     * {@code item} where no joining word closes the list ("In French, the minister said").
     */
    static int last(List<MatchToken> t, int item, String text) {
        int at = item;
        for (int items = 0; items < MAX_ITEMS; items++) {
            if (at + 2 < t.size() && JOINERS.contains(t.get(at + 1).text())) {
                return at + 2;
            }
            if (at + 1 < t.size() && commaBetween(t, at, at + 1, text)) {
                at++;
            } else {
                break;
            }
        }
        return item;
    }

    /** Whether tokens {@code a} and {@code b} are a comma and a space apart: "Париж, Берлин", "عربی، انگلیسی". */
    private static boolean commaBetween(List<MatchToken> t, int a, int b, String text) {
        int end = t.get(a).end();
        return (text.startsWith(", ", end) || text.startsWith("\u060C ", end)) && end + 2 == t.get(b).start();
    }
}
