package dev.newsline.enrich.tag.country;

import java.util.ArrayList;
import java.util.List;

/**
 * The first part of a compound of two countries' adjectives ({@code combining-forms.tsv}: Sino-US, israélo-palestinien,
 * российско-китайские): a form that names its country only before a hyphen and another country's name or adjective,
 * since alone it is no word of the language (Sino, russo) or another one (franco "frank", Franco the general, Indo
 * in Indo-Pacific).
 */
final class CombiningForms {

    static final String FILE = "combining-forms.tsv";

    private CombiningForms() {
    }

    /**
     * {@code kept} (one field's matches in text order) without the combining forms that are not followed by a hyphen
     * and another country's name or adjective kept there; a chain (российско-китайско-американские) is read from its
     * end.
     */
    static List<PhraseMatch> beforeASecondName(List<PhraseMatch> kept, String original) {
        if (kept.stream().noneMatch(m -> m.entry().combiningForm())) {
            return kept;
        }
        boolean[] drop = new boolean[kept.size()];
        for (int i = kept.size() - 1; i >= 0; i--) {
            PhraseMatch m = kept.get(i);
            if (m.entry().combiningForm()) {
                boolean next = i + 1 < kept.size() && !drop[i + 1] && kept.get(i + 1).start() == m.end() + 1
                        && countrysOwn(kept.get(i + 1).entry().kind());
                drop[i] = !(next && m.end() < original.length() && joins(original.charAt(m.end())));
            }
        }
        List<PhraseMatch> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            if (!drop[i]) {
                out.add(kept.get(i));
            }
        }
        return out;
    }

    /** A country's name or adjective: what such a compound joins (not Greco-Roman's town, Anglo-Saxon's region). */
    private static boolean countrysOwn(NameKind kind) {
        return kind.countryName() || kind == NameKind.DEMONYM;
    }

    /** A hyphen, or the en dash that English typesetting puts between two names. */
    private static boolean joins(char c) {
        return TextPositions.isHyphen(c) || c == '\u2013';
    }
}
