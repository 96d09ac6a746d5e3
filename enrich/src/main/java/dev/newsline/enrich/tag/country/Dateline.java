package dev.newsline.enrich.tag.country;

/**
 * The place a wire story is filed from, as its dateline writes it ("PORTLAND, Ore., Feb 26 (Reuters) -",
 * "القاهرة - (رويترز) -", "به گزارش … از تبریز،"): offsets into the body the reader sees.
 *
 * @param cityStart   where the place name starts in the body
 * @param cityEnd     where it ends
 * @param region      the region written after it (a state, province or country), or null
 * @param regionStart where that region is written (-1 without one)
 * @param regionEnd   where it ends (-1 without one)
 * @param home        the home country of the wire agency credited in brackets ("(EFE)", "(dpa)"), or null
 */
record Dateline(int cityStart, int cityEnd, Place region, int regionStart, int regionEnd, String home) {

    /** A dateline without an agency's home. */
    Dateline(int cityStart, int cityEnd, Place region, int regionStart, int regionEnd) {
        this(cityStart, cityEnd, region, regionStart, regionEnd, null);
    }

    /**
     * A town the gazetteer cannot place, or whose name is also a word, placed in the home country of the agency that
     * credits the dateline (or, for a name that is also a word, with its date and a credit after it, in the name's own
     * country): its region is that country, spanning the town.
     */
    static Dateline homeTown(int cityStart, int cityEnd, String home) {
        return new Dateline(cityStart, cityEnd, new Place(home, null, 0), cityStart, cityEnd, home);
    }

    /** Whether {@code m}, a body match, is the dateline's place. */
    boolean covers(PhraseMatch m) {
        return m.field().equals("body") && m.start() >= cityStart && m.end() <= cityEnd;
    }
}
