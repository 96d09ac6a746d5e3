package dev.newsline.enrich.dedup.eval;

/** The kinds of syndicated rewrite the generator makes; each should be found as a duplicate of its source. */
public enum Edit {
    EXACT_COPY,
    ATTRIBUTION_CHANGED,
    TITLE_REWORDED,
    PARAGRAPH_ADDED,
    PARAGRAPH_DROPPED,
    REWRAPPED,
    LETTER_FORMS,
    DIGITS,
    ZWNJ,
    COMBINED
}
