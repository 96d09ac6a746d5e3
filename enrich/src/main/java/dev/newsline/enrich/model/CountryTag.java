package dev.newsline.enrich.model;

import java.util.List;

/** A country the article mentions (ISO 3166-1 alpha-2), with its score and evidence. */
public record CountryTag(String code, String name, double score, boolean primary, List<Mention> mentions) {

    public CountryTag {
        mentions = List.copyOf(mentions);
    }
}
