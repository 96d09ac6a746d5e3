package dev.newsline.enrich.tag.country;

/**
 * Whether a position of a text lies inside quotation marks, read forward once: guillemets and curly quotes nest, a
 * straight double quote toggles. Positions must be asked in increasing order.
 */
final class OpenQuotes {

    private final String text;
    private int readTo;
    private int depth;
    private boolean straight;

    OpenQuotes(String text) {
        this.text = text;
    }

    /** Whether a quotation opened before {@code position} is still open there. */
    boolean at(int position) {
        for (; readTo < position; readTo++) {
            char c = text.charAt(readTo);
            if (c == '\u00AB' || c == '\u201C') {
                depth++;
            } else if ((c == '\u00BB' || c == '\u201D') && depth > 0) {
                depth--;
            }
            straight ^= c == '"';
        }
        return depth > 0 || straight;
    }
}
