package dev.newsline.sink.count;

import dev.newsline.enrich.model.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * The counters one article adds to: for each dimension and each of its values there, one per combination of the
 * filters (country, topic, language), each filter either one of the article's values or {@link CountKey#ANY}. A
 * query then reads one counter per value and never counts an article twice. The dimension's own filter is always
 * {@code ANY} (the query picks values instead). An article with two primary countries and two primary topics adds
 * to 51 counters per window.
 */
public final class CountKeys {

    private CountKeys() {
    }

    /** Every counter {@code a} adds to. */
    public static List<CountKey> of(EnrichedArticle a) {
        List<String> countries = withAny(CountDimension.primaryCountries(a));
        List<String> topics = withAny(CountDimension.primaryTopics(a));
        List<String> languages = withAny(List.of(CountDimension.language(a)));
        List<CountKey> keys = new ArrayList<>();
        for (CountDimension by : CountDimension.values()) {
            for (String value : by.valuesOf(a)) {
                for (String c : by == CountDimension.COUNTRY ? List.of(CountKey.ANY) : countries) {
                    for (String t : by == CountDimension.TOPIC ? List.of(CountKey.ANY) : topics) {
                        for (String l : by == CountDimension.LANGUAGE ? List.of(CountKey.ANY) : languages) {
                            keys.add(new CountKey(by, c, t, l, value));
                        }
                    }
                }
            }
        }
        return keys;
    }

    private static List<String> withAny(List<String> values) {
        List<String> all = new ArrayList<>(values);
        all.add(CountKey.ANY);
        return all;
    }
}
