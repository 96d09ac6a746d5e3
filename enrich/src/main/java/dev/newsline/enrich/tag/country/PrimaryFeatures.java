package dev.newsline.enrich.tag.country;

import java.util.List;

/**
 * What the primary model knows of one country in an article: its share of the score, how the rules read it, how its
 * mentions are spread over kinds of name and over the text, and how the article's other countries stand beside it.
 * Counts enter as log(1 + n), so a name repeated a hundred times is not a hundred times the evidence.
 */
final class PrimaryFeatures {

    /** Feature names in vector order; {@code primary-model.tsv} carries one weight for each. */
    static final List<String> NAMES = List.of(
            "share_of_top", "log_score", "best_score", "log_countries",
            "venue", "located", "unplaced", "only_asides", "telling", "only_in_closing",
            "in_title", "dateline", "desk_only", "in_first_sentence", "placed", "named",
            "log_telling", "telling_share_of_top", "institution",
            "log_mentions", "log_country_names", "log_demonyms", "log_cities", "log_regions", "log_institutions",
            "first_position", "first_in_lead", "market_report", "title_names_a_country", "arabic", "persian",
            "rules_primary", "other_in_title", "other_dateline", "others_rules_primary", "best_other_score_ratio",
            "other_in_first_sentence");

    private PrimaryFeatures() {
    }

    /** The feature vector of {@code c} among all the article's candidates {@code all} (which include it). */
    static double[] of(CountryReader.Candidate c, List<CountryReader.Candidate> all) {
        CountryReader.Reading r = c.reading();
        CountryReader.Article a = c.article();
        double top = a.top();
        int names = 0;
        int demonyms = 0;
        int cities = 0;
        int regions = 0;
        int institutions = 0;
        int first = Integer.MAX_VALUE; // -1 for the title
        for (ResolvedMention m : c.mentions()) {
            switch (m.match().entry().kind()) {
                case COUNTRY_NAME, SHORT_FORM, AMBIGUOUS, NOT_PLACE -> names++;
                case DEMONYM -> demonyms++;
                case CITY -> cities++;
                case REGION -> regions++;
                case INSTITUTION -> institutions++;
            }
            first = Math.min(first, m.match().field().equals("title") ? -1 : m.match().start());
        }
        boolean otherInTitle = false;
        boolean otherDateline = false;
        boolean otherInFirstSentence = false;
        int othersRulesPrimary = 0;
        double bestOther = 0;
        for (CountryReader.Candidate o : all) {
            if (o != c) {
                otherInTitle |= o.reading().inTitle();
                otherDateline |= o.reading().dateline();
                otherInFirstSentence |= o.reading().inFirstSentence();
                othersRulesPrimary += o.reading().rulesPrimary() ? 1 : 0;
                bestOther = Math.max(bestOther, o.score());
            }
        }
        int bodyLength = Math.max(1, a.in().body().length());
        String language = a.in().language();
        return new double[] {
            top > 0 ? c.score() / top : 0, Math.log1p(c.score()), bit(c.score() == top), Math.log(a.countries()),
            bit(r.venue()), bit(r.located()), bit(r.unplaced()), bit(r.onlyAsides()), bit(r.telling()),
            bit(r.onlyInClosing()),
            bit(r.inTitle()), bit(r.dateline()), bit(r.deskOnly()), bit(r.inFirstSentence()), bit(r.placed()),
            bit(r.named()),
            Math.log1p(r.tellingCount()), top > 0 ? r.tellingScore() / top : 0, bit(r.institution()),
            Math.log1p(c.mentions().size()), Math.log1p(names), Math.log1p(demonyms), Math.log1p(cities),
            Math.log1p(regions), Math.log1p(institutions),
            first >= 0 ? (double) first / bodyLength : 0, bit(first >= 0 && first < CountryReader.LEAD_CHARS),
            bit(a.marketReport()), bit(a.titleNamesACountry()), bit("ar".equals(language)), bit("fa".equals(language)),
            bit(r.rulesPrimary()), bit(otherInTitle), bit(otherDateline), othersRulesPrimary,
            c.score() > 0 ? bestOther / c.score() : 0, bit(otherInFirstSentence)
        };
    }

    private static double bit(boolean b) {
        return b ? 1 : 0;
    }
}
