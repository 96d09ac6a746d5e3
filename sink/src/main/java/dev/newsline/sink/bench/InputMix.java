package dev.newsline.sink.bench;

import java.util.Map;

/** What the generated input holds: originals, exact re-sends, light rewrites, and articles per language. */
public record InputMix(int originals, int resends, int rewrites, long bytes, Map<String, Integer> byLanguage) {

    /** Every generated record. */
    public int total() {
        return originals + resends + rewrites;
    }
}
