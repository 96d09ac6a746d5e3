package dev.newsline.enrich.tag.country;

/** A match whose country is decided. */
record ResolvedMention(PhraseMatch match, String code) {
}
