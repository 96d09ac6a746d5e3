package dev.newsline.enrich.tag.country;

/** How a name must be written in cased scripts to count: as the gazetteer writes it, capital or not. */
enum Casing {
    /** Uncased scripts, and lower-case adjectives (russe, russisch, ruso) that may stand anywhere. */
    ANY,
    /** Proper names: must start with a capital (Turkey, not turkey). */
    CAPITALIZED,
    /** Acronyms: all capitals (US, not us). */
    ALL_CAPS,
    /**
     * Names with a capital inside a word (BlackRock, PayPal, eThekwini): written so, or all in capitals in a
     * headline; the Dublin suburb Blackrock is not the fund manager.
     */
    INNER_CAPITALS;

    static Casing of(String name) {
        if (!NameFilter.isCased(name)) {
            return ANY;
        }
        if (NameFilter.isAcronym(name)) {
            return ALL_CAPS;
        }
        if (innerCapital(name)) {
            return INNER_CAPITALS;
        }
        return Character.isUpperCase(name.codePointAt(0)) ? CAPITALIZED : ANY;
    }

    /** Whether a capital follows a lower-case letter within a word of {@code text}: BlackRock, not Blackrock. */
    static boolean innerCapital(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
