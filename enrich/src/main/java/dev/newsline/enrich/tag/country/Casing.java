package dev.newsline.enrich.tag.country;

/** How a name must be written in cased scripts to count: as the gazetteer writes it, capital or not. */
enum Casing {
    /** Uncased scripts, and lower-case adjectives (russe, russisch, ruso) that may stand anywhere. */
    ANY,
    /** Proper names: must start with a capital (Turkey, not turkey). */
    CAPITALIZED,
    /** Acronyms: all capitals (US, not us). */
    ALL_CAPS;

    static Casing of(String name) {
        if (!NameFilter.isCased(name)) {
            return ANY;
        }
        if (NameFilter.isAcronym(name)) {
            return ALL_CAPS;
        }
        return Character.isUpperCase(name.codePointAt(0)) ? CAPITALIZED : ANY;
    }
}
