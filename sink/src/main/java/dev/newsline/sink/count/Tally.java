package dev.newsline.sink.count;

/** Articles counted in one window: originals and their copies apart. */
public record Tally(long originals, long duplicates) {

    /** Nothing counted. */
    public static Tally zero() {
        return new Tally(0, 0);
    }

    /** One more original, or one more copy. */
    public Tally plusOne(boolean duplicate) {
        return duplicate ? new Tally(originals, duplicates + 1) : new Tally(originals + 1, duplicates);
    }

    /** Both counts added. */
    public Tally plus(Tally other) {
        return new Tally(originals + other.originals, duplicates + other.duplicates);
    }
}
