package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.List;

/** Finds the countries an article mentions and marks the ones it is about. Thread-safe. */
public final class CountryTagger {

    /** Country tags, primary first, with evidence. */
    public List<CountryTag> tag(TaggingInput input) {
        return List.of();
    }
}
