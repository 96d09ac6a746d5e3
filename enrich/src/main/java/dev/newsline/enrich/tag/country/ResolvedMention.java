package dev.newsline.enrich.tag.country;

/** A match whose country is decided; {@code dateline} when it is the place the story is filed from. */
record ResolvedMention(PhraseMatch match, String code, boolean dateline) {

    ResolvedMention(PhraseMatch match, String code) {
        this(match, code, false);
    }
}
