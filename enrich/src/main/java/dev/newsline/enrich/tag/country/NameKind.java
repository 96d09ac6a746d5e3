package dev.newsline.enrich.tag.country;

/** What a gazetteer name is, which decides how much a mention of it counts and which filters apply. */
enum NameKind {
    COUNTRY_NAME(1.0),
    SHORT_FORM(1.0),
    DEMONYM(0.8),
    REGION(0.9),
    CITY(0.8),
    INSTITUTION(0.8),
    /** A name whose country is decided by context (آذربایجان, Georgia, Congo). */
    AMBIGUOUS(1.0),
    /** A phrase that contains a place name but is not a place (Paris Hilton): it only blocks. */
    NOT_PLACE(0.0);

    final double weight;

    NameKind(double weight) {
        this.weight = weight;
    }

    /** Whether this is a country's own name, full or short (Jordan, U.S.), not its people's or its places'. */
    boolean countryName() {
        return this == COUNTRY_NAME || this == SHORT_FORM;
    }
}
