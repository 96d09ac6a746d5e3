package dev.newsline.enrich.tag.country;

/** A name as a source gives it, before folding and filtering. */
record RawName(String code, String language, String name, NameKind kind, String source) {
}
