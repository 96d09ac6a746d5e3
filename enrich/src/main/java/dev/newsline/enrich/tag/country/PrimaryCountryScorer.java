package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores each country by its mentions (title counts three times, the lead half again, a body mention once, each
 * times how telling its kind of name is) and marks as primary what the article is about: a country in the
 * title, one named by its name in the first sentence, one mentioned at least twice with a fair share of the top
 * score, or the only country there is; if none qualifies, the single best-scoring one. A single passing mention
 * later in the body is not primary, and neither is a venue: a country seen only through a city while other
 * countries are named in the title (talks in Brussels, Vienna). The dateline's place (the city a wire story is filed
 * from) is primary and weighs like the title. The score counts every mention; the evidence
 * lists the first {@value #MAX_MENTIONS} (title first, then by position), so a body that repeats a name thousands
 * of times does not repeat it in the output.
 */
final class PrimaryCountryScorer {

    static final double TITLE = 3.0;
    static final double LEAD = 1.5;
    static final double BODY = 1.0;
    static final int LEAD_CHARS = 300;
    static final double SHARE_OF_TOP = 0.3;
    static final int MAX_MENTIONS = 100;
    /** When no country qualifies, the best ones are primary if no more than this many share the best score. */
    static final int MAX_TIED = 2;

    /** Kinds of name that say "this country" outright, enough for the first sentence to make it primary. */
    private static final Set<NameKind> NAMES = EnumSet.of(NameKind.COUNTRY_NAME, NameKind.SHORT_FORM, NameKind.AMBIGUOUS);

    private final Map<String, String> englishNames;

    PrimaryCountryScorer(Map<String, String> englishNames) {
        this.englishNames = englishNames;
    }

    List<CountryTag> score(List<ResolvedMention> mentions, String title, String body) {
        int leadEnd = leadEnd(body);
        int firstSentenceEnd = firstSentenceEnd(body);
        boolean titleNamesACountry = mentions.stream().anyMatch(m -> m.match().field().equals("title")
                && m.match().entry().kind() != NameKind.CITY);
        Map<String, List<ResolvedMention>> byCode = new LinkedHashMap<>();
        for (ResolvedMention m : mentions) {
            byCode.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        double top = 0;
        for (Map.Entry<String, List<ResolvedMention>> e : byCode.entrySet()) {
            double s = 0;
            for (ResolvedMention m : e.getValue()) {
                PhraseMatch p = m.match();
                double where = p.field().equals("title") || m.dateline() ? TITLE : p.start() < leadEnd ? LEAD : BODY;
                s += where * p.entry().kind().weight;
            }
            scores.put(e.getKey(), s);
            top = Math.max(top, s);
        }
        List<CountryTag> tags = new ArrayList<>();
        for (Map.Entry<String, List<ResolvedMention>> e : byCode.entrySet()) {
            List<ResolvedMention> ms = e.getValue();
            boolean inTitle = ms.stream().anyMatch(m -> m.match().field().equals("title"));
            double s = scores.get(e.getKey());
            boolean named = ms.stream().anyMatch(m -> m.match().entry().kind() != NameKind.CITY || m.dateline());
            boolean dateline = ms.stream().anyMatch(ResolvedMention::dateline);
            boolean inFirstSentence = ms.stream().anyMatch(m -> m.match().field().equals("body")
                    && m.match().start() < firstSentenceEnd && NAMES.contains(m.match().entry().kind()));
            boolean venue = !named && titleNamesACountry;
            boolean primary = dateline || (!venue && (inTitle || inFirstSentence || byCode.size() == 1
                    || (ms.size() >= 2 && s >= SHARE_OF_TOP * top)));
            List<Mention> evidence = ms.stream().limit(MAX_MENTIONS).map(m -> mention(m, title, body)).toList();
            String name = englishNames.getOrDefault(e.getKey(), e.getKey());
            tags.add(new CountryTag(e.getKey(), name, Math.round(s * 100) / 100.0, primary, evidence));
        }
        if (tags.stream().noneMatch(CountryTag::primary)) {
            promoteSingleBest(tags);
        }
        tags.sort(Comparator.comparing((CountryTag t) -> !t.primary())
                .thenComparing(Comparator.comparingDouble(CountryTag::score).reversed())
                .thenComparing(CountryTag::code));
        return tags;
    }

    private static void promoteSingleBest(List<CountryTag> tags) {
        tags.sort(Comparator.comparingDouble(CountryTag::score).reversed());
        int tied = 1;
        while (tied < tags.size() && tags.get(tied).score() == tags.get(0).score()) {
            tied++;
        }
        if (tags.isEmpty() || tied > MAX_TIED) {
            return;
        }
        for (int i = 0; i < tied; i++) {
            CountryTag t = tags.get(i);
            tags.set(i, new CountryTag(t.code(), t.name(), t.score(), true, t.mentions()));
        }
    }

    /** End of the first sentence of the body (or its first line). */
    private static int firstSentenceEnd(String body) {
        for (int i = 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?' || c == '\u061F') && i + 1 < body.length()
                    && Character.isWhitespace(body.charAt(i + 1)))) {
                return i;
            }
        }
        return body.length();
    }

    private static Mention mention(ResolvedMention m, String title, String body) {
        PhraseMatch p = m.match();
        String field = p.field().equals("title") ? title : body;
        return new Mention(field.substring(p.start(), p.end()), p.start(), p.end(), p.field(), kind(m));
    }

    /** The mention's kind for the output: the dateline, else what kind of name matched. */
    static String kind(ResolvedMention m) {
        if (m.dateline()) {
            return "dateline";
        }
        return switch (m.match().entry().kind()) {
            case COUNTRY_NAME, SHORT_FORM, AMBIGUOUS, NOT_PLACE -> "country";
            case DEMONYM -> "demonym";
            case CITY -> "city";
            case REGION -> "region";
            case INSTITUTION -> "institution";
        };
    }

    /** End of the lead: the first paragraph, at most {@link #LEAD_CHARS} characters. */
    private static int leadEnd(String body) {
        int nl = body.indexOf('\n', 1);
        return Math.min(nl < 0 ? body.length() : nl, LEAD_CHARS);
    }
}
