package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A company written whole once ("Jamaica Water Supply Co") and shortened elsewhere, as headlines do ("Jamaica
 * Water Supply seeks rate rise"): the place word followed by the same capitalized word is the company there too.
 * Cased scripts only.
 */
final class ShortenedCompanies {

    private ShortenedCompanies() {
    }

    /** The matches among {@code places} that shorten one of {@code organizations}. */
    static Set<PhraseMatch> in(List<PhraseMatch> places, Set<PhraseMatch> organizations, TaggingInput in) {
        Set<String> companyStarts = new HashSet<>();
        for (PhraseMatch m : organizations) {
            String next = nextCapitalized(m, in);
            if (next != null) {
                companyStarts.add(m.entry().key() + '\u0000' + next);
            }
        }
        Set<PhraseMatch> out = new HashSet<>();
        if (companyStarts.isEmpty()) {
            return out;
        }
        for (PhraseMatch m : places) {
            String next = organizations.contains(m) ? null : nextCapitalized(m, in);
            if (next != null && companyStarts.contains(m.entry().key() + '\u0000' + next)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Company matches whose words begin a longer company's name, of another country, that the same article names
     * ("SOCIETE GENERALE PROFIT RISES" over a story on Societe Generale de Belgique): that firm shortened, as headlines
     * do, and not the namesake (the French bank).
     */
    static Set<PhraseMatch> namesakesOfLongerCompanies(List<PhraseMatch> places) {
        List<PhraseMatch> companies = places.stream().filter(m -> m.entry().company()).toList();
        Set<PhraseMatch> out = new HashSet<>();
        for (PhraseMatch shorter : companies) {
            String start = shorter.entry().spaced() + " ";
            for (PhraseMatch longer : companies) {
                if (!longer.entry().code().equals(shorter.entry().code()) && longer.entry().spaced().startsWith(start)) {
                    out.add(shorter);
                    break;
                }
            }
        }
        return out;
    }

    /** The capitalized word right after a one-word cased match, or null. */
    private static String nextCapitalized(PhraseMatch m, TaggingInput in) {
        if (m.fromToken() != m.toToken()) {
            return null;
        }
        String text = in.text(m.field());
        List<MatchToken> t = in.form(m.field()).tokens();
        int next = m.toToken() + 1;
        if (next >= t.size() || !NameFilter.isCased(text, m.start(), m.end())
                || !TextPositions.adjacent(text, m.end(), t.get(next).start()) || !TextPositions.capitalized(text, t.get(next))) {
            return null;
        }
        return t.get(next).text();
    }
}
