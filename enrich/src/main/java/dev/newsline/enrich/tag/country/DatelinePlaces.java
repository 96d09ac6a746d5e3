package dev.newsline.enrich.tag.country;

import java.util.Set;

/**
 * What the gazetteer says of a dateline's place name: whether it names a place at all, whether a place of the name
 * lies in the credited agency's country, and which place a wire means by a foreign name it writes bare.
 */
final class DatelinePlaces {

    private final CountryGazetteer gazetteer;
    private final boolean worldTowns;
    /** The national capitals, by place. */
    private final Set<Place> capitals;

    DatelinePlaces(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.worldTowns = gazetteer.counts().getOrDefault("geonamesCityNames", 0) > 0;
        this.capitals = Set.copyOf(gazetteer.capitals().values());
    }

    /** Whether the gazetteer knows the world's towns (GeoNames): only then is a town it does not know a small one. */
    boolean worldTowns() {
        return worldTowns;
    }

    /** The gazetteer entry for a whole place name, if it is a place. */
    GazetteerEntry known(String name) {
        GazetteerEntry e = gazetteer.lookup(Folding.key(name));
        return e == null || e.kind() == NameKind.NOT_PLACE || e.kind() == NameKind.DEMONYM ? null : e;
    }

    /**
     * The place a wire means by a foreign dateline it writes bare, as wires write foreign capitals and set any other
     * town of the name with its country or state: a national capital (SANTIAGO is Chile's, KINGSTON Jamaica's, SAN
     * JOSE Costa Rica's; "SAN JOSE, Calif." carries its state) written in as many words as its own name (GEORGE TOWN
     * is Penang's, Guyana's capital GEORGETOWN), or, for a country's name that is also a bigger city abroad, that city
     * (SALVADOR is Bahia's: El Salvador's dateline is SAN SALVADOR). Null for any other name.
     */
    Place bareForeignPlace(String name) {
        Place capital = gazetteer.capitalWrittenAs(Folding.key(name), name);
        if (capital != null) {
            return capital;
        }
        GazetteerEntry e = known(name);
        if (e == null || !e.kind().countryName() || e.places().isEmpty()) {
            return null;
        }
        Place biggest = e.places().get(0);
        return !biggest.code().equals(e.code()) && biggest.population() >= PlaceResolver.STANDALONE_POPULATION
                ? biggest : null;
    }

    /**
     * Whether a place named {@code name} lies in the credited agency's {@code home} country ("CÓRDOBA (EFE)"), where
     * a wire writes its home towns bare. Not for another country's name ("Monaco (dpa)" is no Munich, whose Italian
     * name it also is), nor for a foreign capital's name that only smaller towns at home share: the wire writes such a
     * town with its département or province ("VIENNE (AFP)" is Vienna; Vienne in Isère is "VIENNE (Isère)";
     * "LIBREVILLE" Gabon's, not Saint-Étienne's, whose name in the Revolution GeoNames keeps).
     */
    boolean placeAtHome(String name, String home) {
        GazetteerEntry e = home == null ? null : known(name);
        if (e == null) {
            return false;
        }
        return home.equals(e.code())
                || e.placedIn(home) && !e.kind().countryName() && capitalOverSmallerHomeTowns(e, home) == null;
    }

    /**
     * The foreign national capital a wire credited to an agency of {@code home} means by a bare name that smaller towns
     * at home share, also where only another language's name is the capital's ("VIENNE (AFP)"); else null.
     */
    Place capitalOverSmallerHomeTowns(String name, String home) {
        return home == null ? null : capitalOverSmallerHomeTowns(known(name), home);
    }

    private Place capitalOverSmallerHomeTowns(GazetteerEntry e, String home) {
        if (e == null || e.kind() != NameKind.CITY || home.equals(e.code()) || !e.placedIn(home)) {
            return null;
        }
        Place capital = capitalAbroad(e, home);
        return capital == null || e.places().stream()
                .anyMatch(p -> p.code().equals(home) && p.population() >= capital.population()) ? null : capital;
    }

    /** The national capital abroad among the places of {@code e}, if any: the one of them a wire writes bare. */
    private Place capitalAbroad(GazetteerEntry e, String home) {
        return e.places().stream().filter(p -> !p.code().equals(home) && capitals.contains(p)).findFirst()
                .orElse(null);
    }
}
