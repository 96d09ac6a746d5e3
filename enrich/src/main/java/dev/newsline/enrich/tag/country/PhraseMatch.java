package dev.newsline.enrich.tag.country;

/**
 * A gazetteer name found in one field: the tokens it spans and its offsets in the original string.
 *
 * @param skip characters of a clitic prefix inside the first word (l', و، بال) not part of the name
 * @param entry the name; null only inside PhraseMatcher, for a name of several words that is no evidence in the
 *              article's language but keeps a shorter name inside it from matching
 */
record PhraseMatch(String field, int fromToken, int toToken, int start, int end, int skip, GazetteerEntry entry) {

    int length() {
        return end - start;
    }
}
