package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Datelines at the seat of an international body ({@code international-seats.tsv}): "GENEVA (Reuters) - The World
 * Health Organization said …" is the body's story, and Switzerland only its venue, when the title or the lead names
 * the body and the story names the host country no other way than by that city.
 */
final class InternationalSeats {

    /** The bodies seated in one city, and the host country. */
    private record Seat(String code, List<String> bodies) {
    }

    private final Map<String, List<Seat>> byCityKey = new HashMap<>();

    InternationalSeats() {
        for (String[] row : CuratedNames.internationalSeatRows()) {
            Seat seat = new Seat(row[0].strip(), List.of(row[2].strip().split("\\|")));
            for (String city : row[1].split("\\|")) {
                byCityKey.computeIfAbsent(Folding.key(city.strip()), k -> new ArrayList<>()).add(seat);
            }
        }
    }

    /**
     * Whether {@code code}'s mentions {@code ms} are a seat city's dateline and that city again, while the title or
     * the text before {@code leadEnd} names a body seated there.
     */
    boolean venueOnly(String code, List<ResolvedMention> ms, TaggingInput in, int leadEnd) {
        ResolvedMention dateline = ms.stream().filter(ResolvedMention::dateline).findFirst().orElse(null);
        if (dateline == null) {
            return false;
        }
        boolean cased = NameFilter.isCased(in.body());
        PhraseMatch d = dateline.match();
        String cityKey = Folding.key(in.text(d.field()).substring(d.start(), d.end()));
        if (ms.stream().anyMatch(m -> !m.match().entry().key().equals(d.entry().key()))) {
            return false; // the country is named otherwise too: a Swiss story that happens to be filed in Geneva
        }
        String lead = in.body().substring(0, Math.min(leadEnd, in.body().length()));
        String[] texts = {in.title(), lead};
        // Arabic script has no capitals and writes its letters several ways: read it folded, as the gazetteer does
        String[] lowered = cased ? new String[] {in.title().toLowerCase(Locale.ROOT), lead.toLowerCase(Locale.ROOT)}
                : new String[] {Folding.fold(in.title()), Folding.fold(lead)};
        for (Seat seat : byCityKey.getOrDefault(cityKey, List.of())) {
            if (!seat.code().equals(code)) {
                continue;
            }
            for (String body : seat.bodies()) {
                boolean arabicScript = CliticStripper.isArabicScript(body.charAt(0));
                if (arabicScript == cased) {
                    continue;
                }
                boolean abbreviation = !arabicScript && body.equals(body.toUpperCase(Locale.ROOT));
                String needle = arabicScript ? Folding.fold(body) : abbreviation ? body : body.toLowerCase(Locale.ROOT);
                for (int i = 0; i < texts.length; i++) {
                    if (names(abbreviation ? texts[i] : lowered[i], needle)
                            || (arabicScript && cliticName(lowered[i], needle))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * An Arabic body's name after a clitic (والأمم المتحدة، بمجلس الأمن) or with the article merged into ل (للأمم
     * المتحدة): the folded text holds the name, or the name without its article, after و، ف، ب or ل.
     */
    private static boolean cliticName(String folded, String needle) {
        String bare = needle.startsWith("\u0627\u0644") ? needle.substring(2) : needle;
        for (String prefix : List.of("\u0648", "\u0641", "\u0628", "\u0644", "\u0648\u0628", "\u0648\u0644")) {
            if (names(folded, prefix + needle) || names(folded, prefix + "\u0644" + bare)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code haystack} holds {@code needle} as whole words (an abbreviation is matched in capitals only, any
     * other name in lower case, both sides lowered by the caller).
     */
    private static boolean names(String haystack, String needle) {
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1));
            boolean after = end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }
}
