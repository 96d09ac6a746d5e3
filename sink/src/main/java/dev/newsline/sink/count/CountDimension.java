package dev.newsline.sink.count;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.DetectedLanguage;
import dev.newsline.enrich.model.EnrichedArticle;
import dev.newsline.enrich.model.TopicTag;
import dev.newsline.sink.latest.SourceName;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What articles are counted by: their primary countries, primary topics (slugs), language or source. */
public enum CountDimension {
    COUNTRY, TOPIC, LANGUAGE, SOURCE;

    /** The name used in the API ({@code by=country}). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The dimension named {@code name} in the API. */
    public static Optional<CountDimension> fromApiName(String name) {
        for (CountDimension d : values()) {
            if (d.apiName().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The article's values of this dimension: none, one, or several (countries, topics). */
    public List<String> valuesOf(EnrichedArticle a) {
        return switch (this) {
            case COUNTRY -> primaryCountries(a);
            case TOPIC -> primaryTopics(a);
            case LANGUAGE -> List.of(language(a));
            case SOURCE -> List.of(CountProfile.clean(SourceName.of(a)));
        };
    }

    static List<String> primaryCountries(EnrichedArticle a) {
        return a.countries() == null ? List.of() : a.countries().stream().filter(CountryTag::primary)
                .map(c -> c.code().toUpperCase(Locale.ROOT)).distinct().toList();
    }

    static List<String> primaryTopics(EnrichedArticle a) {
        return a.topics() == null ? List.of() : a.topics().stream().filter(TopicTag::primary)
                .map(TopicTag::slug).distinct().toList();
    }

    static String language(EnrichedArticle a) {
        return CountProfile.clean(a.language() == null ? DetectedLanguage.UNDETERMINED : a.language().code());
    }
}
