package dev.newsline.enrich.model;

import java.util.List;

/**
 * An IPTC Media Topic the article is about, with evidence.
 *
 * @param code     IPTC Media Topic code, e.g. {@code medtop:11000000}
 * @param slug     short stable name used in topic names, e.g. {@code politics}
 * @param name     English label
 * @param parent   the slug of the top-level subject for a second-level topic, else null
 * @param score    rule score
 * @param primary  above the primary threshold
 * @param mentions matched terms
 */
public record TopicTag(String code, String slug, String name, String parent, double score, boolean primary,
                       List<Mention> mentions) {

    public TopicTag {
        mentions = List.copyOf(mentions);
    }
}
