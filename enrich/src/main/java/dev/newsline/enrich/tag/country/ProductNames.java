package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.TaggingInput;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A town's or a province's name right after a company's (companies.tsv) is the company's product, not the place: the
 * Porsche Cayenne is no Cayenne in French Guiana. A company's possessive owns a real place ("Nissan's Sunderland plant")
 * and keeps it. Cased scripts only.
 */
final class ProductNames {

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
        return out;
    }
}
