package dev.newsline.enrich.dedup;

/** The gather key of one delivery: two deliveries of one id must never share gather state. */
final class Refs {

    private Refs() {
    }

    static String of(OrderKey k) {
        return of(k.id(), k.delivery());
    }

    static String of(String boundedId, long delivery) {
        return boundedId + "#" + Long.toHexString(delivery);
    }
}
