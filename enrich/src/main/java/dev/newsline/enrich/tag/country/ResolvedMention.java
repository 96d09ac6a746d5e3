package dev.newsline.enrich.tag.country;

/**
 * A match whose country is decided; {@code dateline} when it is the place the story is filed from, {@code club} when
 * the name is a sports club's town (Real Madrid): evidence of the club's country, not of the town.
 */
record ResolvedMention(PhraseMatch match, String code, boolean dateline, boolean club) {

    ResolvedMention(PhraseMatch match, String code, boolean dateline) {
        this(match, code, dateline, false);
    }

    ResolvedMention(PhraseMatch match, String code) {
        this(match, code, false, false);
    }
}
