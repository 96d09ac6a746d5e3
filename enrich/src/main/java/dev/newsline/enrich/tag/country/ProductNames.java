package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A town's or a province's name right after a company's (companies.tsv) is the company's product, not the place: the
 * Porsche Cayenne is no Cayenne in French Guiana, and a town listed right after such a product is the company's next
 * model (the Hyundai Santa Fe and Tucson). A company's possessive owns a real place ("Nissan's Sunderland plant") and
 * keeps it. Cased scripts only.
 */
final class ProductNames {

    /** Words that close a list of a maker's models (the Santa Fe and Tucson models), and the list's own joiners. */
    private static final Set<String> MODEL_WORDS = Set.of("model", "models", "suv", "suvs", "sedan", "sedans", "cars",
            "vehicles", "and", "or");

    private ProductNames() {
    }

    /** The matches among {@code places} that name a product of the company named right before them. */
    static Set<PhraseMatch> in(List<PhraseMatch> places, TaggingInput in) {
        Set<PhraseMatch> out = new HashSet<>();
        for (PhraseMatch company : places) {
            if (!company.entry().company()) {
                continue;
            }
            String text = in.text(company.field());
            String written = text.substring(company.start(), company.end());
            if (written.endsWith("'s") || written.endsWith("\u2019s")) {
                continue; // Nissan's Sunderland plant: the company's place
            }
            for (PhraseMatch m : places) {
                if (m.field().equals(company.field()) && m.fromToken() == company.toToken() + 1
                        && (m.entry().kind() == NameKind.CITY || m.entry().kind() == NameKind.REGION)
                        && TextPositions.adjacent(text, company.end(), m.start())
                        && NameFilter.isCased(text, m.start(), m.end())) {
                    out.add(m);
                }
            }
        }
        // the next items of a list of the company's models: "the Hyundai Santa Fe and Tucson", "Santa Fe, Tucson"
        for (boolean more = !out.isEmpty(); more; ) {
            more = false;
            for (PhraseMatch m : places) {
                if (!out.contains(m) && (m.entry().kind() == NameKind.CITY || m.entry().kind() == NameKind.REGION)
                        && out.stream().anyMatch(product -> listedAfter(product, m, in))) {
                    out.add(m);
                    more = true;
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code m} follows {@code product} as the next item of a list (", " or " and " between, capitalized) and
     * ends the list or the sentence, or a word for models closes it: "the Santa Fe and Tucson models", not "the
     * Cayenne and Leipzig plant".
     */
    private static boolean listedAfter(PhraseMatch product, PhraseMatch m, TaggingInput in) {
        if (!product.field().equals(m.field()) || m.start() <= product.end()) {
            return false;
        }
        String text = in.text(m.field());
        int gap = m.start() - product.end();
        boolean listed = (gap == 2 && text.startsWith(", ", product.end()))
                || (gap == 5 && text.startsWith(" and ", product.end()));
        if (!listed || !NameFilter.isCased(text, m.start(), m.end())
                || !Character.isUpperCase(text.charAt(m.start()))) {
            return false;
        }
        List<MatchToken> t = in.form(m.field()).tokens();
        int next = m.toToken() + 1;
        if (next >= t.size() || !TextPositions.adjacent(text, m.end(), t.get(next).start())) {
            return true; // the list or the sentence ends with it
        }
        return MODEL_WORDS.contains(t.get(next).text());
    }
}
