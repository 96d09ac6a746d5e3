package dev.newsline.enrich.tag.country;

/**
 * One real place a name can stand for: its country, its first-level subdivision (GeoNames admin1 code, US
 * postal code for states; null when unknown) and how many people live there (0 for subdivisions).
 */
record Place(String code, String admin1, long population) {

    /** Whether this place lies in {@code region}: same country, and same subdivision when the region names one. */
    boolean within(Place region) {
        return code.equals(region.code()) && (region.admin1() == null || region.admin1().equals(admin1));
    }
}
