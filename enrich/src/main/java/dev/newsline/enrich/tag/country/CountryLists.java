package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Mentions that are items of a list of countries (a draw, markets, BRICS), which names none of them as the story's place. */
final class CountryLists {

    private final MentionRoles roles;

    CountryLists(MentionRoles roles) {
        this.roles = roles;
    }

    /** Mentions that stand in a list naming {@value CountryReader#MIN_LIST} or more countries (draws, markets, BRICS). */
    Set<ResolvedMention> listed(List<ResolvedMention> mentions, TaggingInput in) {
        List<ResolvedMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing((ResolvedMention m) -> m.match().field())
                .thenComparingInt(m -> m.match().start()));
        Set<ResolvedMention> out = new HashSet<>();
        int runStart = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            boolean joined = i < sorted.size() && sorted.get(i).match().field().equals(sorted.get(i - 1).match().field())
                    && roles.listGap(sorted.get(i - 1).match(), sorted.get(i).match(), in);
            if (!joined) {
                Set<String> codes = new HashSet<>();
                for (int k = runStart; k < i; k++) {
                    codes.add(sorted.get(k).code());
                }
                if (codes.size() >= CountryReader.MIN_LIST) {
                    out.addAll(sorted.subList(runStart, i));
                }
                runStart = i;
            }
        }
        return out;
    }
}
