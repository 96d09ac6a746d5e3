package dev.newsline.sink.api;

import dev.newsline.enrich.tag.topic.TopicTaxonomy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Topic filters by slug ({@code politics}) or IPTC code ({@code medtop:11000000}), resolved to the slug. */
final class TopicNames {

    private final Map<String, String> slugByName = new HashMap<>();

    TopicNames(TopicTaxonomy taxonomy) {
        for (TopicTaxonomy.Topic t : taxonomy.topics()) {
            slugByName.put(t.slug(), t.slug());
            slugByName.put(t.code().toLowerCase(Locale.ROOT), t.slug());
        }
    }

    /** The slug of the topic named {@code name}, if the taxonomy has one. */
    Optional<String> slug(String name) {
        return Optional.ofNullable(slugByName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The slug for a request's topic filter; a {@link BadRequest} for a topic the taxonomy does not have. */
    Optional<String> filter(Params params, String name) {
        return params.text(name).map(t -> slug(t).orElseThrow(() -> new BadRequest(name + "=" + t
                + " is not a topic: give a slug such as politics or an IPTC code such as medtop:11000000")));
    }
}
