package dev.newsline.enrich.tag.topic;

import dev.newsline.enrich.model.TopicTag;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.List;

/** Tags an article with IPTC Media Topics from per-language rules. Thread-safe. */
public final class TopicTagger {

    /** Topic tags, best first, with evidence. */
    public List<TopicTag> tag(TaggingInput input) {
        return List.of();
    }
}
