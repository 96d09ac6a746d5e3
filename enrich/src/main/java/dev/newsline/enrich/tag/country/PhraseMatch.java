package dev.newsline.enrich.tag.country;

/**
 * A gazetteer name found in one field: the tokens it spans and its offsets in the original string.
 *
 * @param skip characters of a clitic prefix inside the first word (l', و، بال) not part of the name
 */
record PhraseMatch(String field, int fromToken, int toToken, int start, int end, int skip, GazetteerEntry entry) {

    int length() {
        return end - start;
    }
}
