package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what each match stands for, using the rest of the article:
 * <ul>
 *   <li>phrases that are not places (Paris Hilton, Michael Jordan) already won their overlap and are dropped;</li>
 *   <li>person names in cased scripts: a place word right before a capitalized word that the article later uses
 *       alone (Jordan Henderson … Henderson) is a first name; one right after a capitalized non-title word
 *       (Michael Jordan) is a surname; the decision holds for the whole article;</li>
 *   <li>Arabic nisba surnames: a demonym right after a personal name (عبد الله المصري) is not a country;</li>
 *   <li>club names that are everyday words (الهلال, النصر) count only where the article shows a club
 *       ({@link ClubMentions});</li>
 *   <li>a name in a headline written in capitals counts as the body writes it ({@link CapitalsHeadline}); one that
 *       has its capital only where a capital says nothing (a headline's or sentence's first word) is the word the
 *       article writes in lower case elsewhere ({@link LowerCaseWords}); a wire's credit line names no place
 *       ({@link WireTrailer}); a town placed by its region is that town throughout;</li>
 *   <li>ambiguous names (آذربایجان, Georgia, Congo) go to the candidate with most context: its cue words, and
 *       the candidate's other mentions in the article; else to the default, or nowhere.</li>
 * </ul>
 */
final class AmbiguityRules {

    private static final Set<String> NOT_FIRST_NAMES = Set.of(
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
            "lower", "greater", "new", "old", "republic", "kingdom", "state", "democratic", "president", "king",
            "queen", "prince", "minister", "the", "in", "of", "and", "nord", "sud", "est", "ouest", "nordwest",
            "la", "le", "el", "der", "die", "das", "de", "del", "von", "du", "des", "et", "und", "y", "en", "im",
            "über", "nach", "aus", "mit", "para", "con", "por", "pour", "avec", "dans", "against", "from", "to",
            "with", "visit", "visits", "says", "said", "or", "but", "for", "at", "on", "as", "by");

    private final Set<String> personNameWords;
    private final NotPlaceContext notPlaces;
    private final PlaceResolver placeResolver;
    private final ClubMentions clubs;

    AmbiguityRules(Set<String> personNameWords, NotPlaceContext notPlaces, PlaceResolver places, ClubMentions clubs) {
        this.personNameWords = personNameWords;
        this.notPlaces = notPlaces;
        this.placeResolver = places;
        this.clubs = clubs;
    }

    List<ResolvedMention> resolve(List<PhraseMatch> matches, TaggingInput in, Dateline dateline) {
        List<PhraseMatch> places = new ArrayList<>();
        Set<String> personKeys = new HashSet<>();
        for (PhraseMatch m : matches) {
            if (m.entry().kind() != NameKind.NOT_PLACE) {
                places.add(m);
            } else if (m.entry().source().endsWith(":person")) {
                // a known person (Michael Jordan): later "Jordan" alone in the same article is that person too
                MatchText form = in.form(m.field());
                for (int t = m.fromToken(); t <= m.toToken(); t++) {
                    personKeys.add(form.tokens().get(t).text());
                }
            }
        }
        personKeys.addAll(personKeys(places, in));
        Map<String, BitSet> placeTokens = coveredTokens(places);
        Set<PhraseMatch> organizations = new HashSet<>();
        for (PhraseMatch m : places) {
            NotPlaceContext.Part part = notPlaces.partOfName(m, in, placeTokens);
            if (part == NotPlaceContext.Part.PERSON) {
                personKeys.add(m.entry().key());
            } else if (part == NotPlaceContext.Part.ORGANIZATION || part == NotPlaceContext.Part.COMMON_WORD) {
                organizations.add(m);
            }
        }
        organizations.addAll(clubs.notClubs(places, in)); // a club's name that is only its everyday word here
        organizations.addAll(shortenedCompanyNames(places, organizations, in));
        WireTrailer trailer = "en".equals(in.language()) ? WireTrailer.in(in.body()) : null;
        LowerCaseWords lowerCase = new LowerCaseWords(in);
        List<PhraseMatch> kept = new ArrayList<>();
        for (PhraseMatch m : places) {
            boolean isDateline = dateline != null && dateline.covers(m);
            if (isDateline) {
                kept.add(m);
            } else if (!personKeys.contains(m.entry().key()) && !isNisbaSurname(m, in)
                    && !organizations.contains(m) && (trailer == null || !trailer.covers(m))) {
                if (m.entry().casing() == Casing.CAPITALIZED && m.skip() == 0) {
                    if (lowerCase.wordWhereCaseSaysNothing(m)) {
                        continue; // "Mısır hasadında … mısır": maize at the headline's start, not Egypt
                    }
                }
                kept.add(m);
            }
        }
        kept.removeAll(CapitalsHeadline.notBorneOut(places, kept, in, lowerCase)); // "STORE SALES RISE": no case to go by
        Map<PhraseMatch, Place> regionsAfter = placeResolver.regionsAfter(kept, in);
        Map<String, Integer> plainCounts = new HashMap<>();
        Map<String, Integer> countedKeys = new HashMap<>();
        for (PhraseMatch m : kept) {
            // a city placed by its region ("PARIS (Texas)", "Paris, Texas") is no evidence for its name's usual country
            if (m.entry().code() != null && m.entry().ambiguity() == null && !m.entry().fromGeoNames()
                    && oneCountry(m.entry()) && (dateline == null || !dateline.covers(m))
                    && !regionsAfter.containsKey(m)) {
                plainCounts.merge(m.entry().code(), 1, Integer::sum);
                countedKeys.merge(m.entry().key(), 1, Integer::sum);
            }
        }
        if (dateline != null && dateline.region() != null) {
            plainCounts.merge(dateline.region().code(), 1, Integer::sum);
        }
        PlaceResolver.Context context = new PlaceResolver.Context(in, plainCounts, countedKeys, regionsAfter, kept, dateline,
                lowerCase);
        String article = " " + in.titleForm().folded() + " " + in.bodyForm().folded() + " ";
        // one decision per ambiguous name and article: searching the article for cues again at every mention
        // made a body of one repeated name quadratic
        Map<AmbiguousName, Optional<String>> decided = new HashMap<>();
        List<ResolvedMention> out = new ArrayList<>();
        boolean datelineFound = false;
        for (PhraseMatch m : kept) {
            GazetteerEntry e = m.entry();
            String code;
            if (e.ambiguity() != null) {
                code = decided.computeIfAbsent(e.ambiguity(), a -> Optional.ofNullable(decide(a, article, plainCounts)))
                        .orElse(null);
            } else if (!e.places().isEmpty() || e.fromGeoNames()) {
                code = placeResolver.resolve(m, context);
            } else {
                code = PlaceResolver.townCountry(m, e.code(), regionsAfter, dateline); // "PERU, Ind." is a US town
            }
            boolean isDateline = dateline != null && dateline.covers(m);
            if (code != null) {
                out.add(new ResolvedMention(m, code, isDateline));
                datelineFound |= isDateline;
            }
        }
        if (dateline != null && !datelineFound && dateline.region() != null) {
            out.add(0, regionOnly(dateline, in));
        }
        return sameTownThroughout(out, regionsAfter, dateline);
    }

    /**
     * A town placed by its region in another country than its name's ("LEBANON, Ohio —", "Peru, Ind.") is that town
     * wherever the article names it again: "Lebanon City Council", "the Peru school board".
     */
    private static List<ResolvedMention> sameTownThroughout(List<ResolvedMention> out,
                                                            Map<PhraseMatch, Place> regionsAfter, Dateline dateline) {
        Map<String, String> towns = new HashMap<>();
        for (ResolvedMention r : out) {
            PhraseMatch m = r.match();
            boolean placed = regionsAfter.containsKey(m) || (r.dateline() && dateline.region() != null);
            if (placed && m.entry().code() != null && !r.code().equals(m.entry().code())) {
                towns.put(m.entry().key(), r.code());
            }
        }
        if (towns.isEmpty()) {
            return out;
        }
        List<ResolvedMention> same = new ArrayList<>(out.size());
        for (ResolvedMention r : out) {
            String town = towns.get(r.match().entry().key());
            same.add(town == null || town.equals(r.code()) ? r : new ResolvedMention(r.match(), town, r.dateline()));
        }
        return same;
    }

    /** A dateline whose place the gazetteer does not know ("DEARBORN, MICH."): its region is the evidence. */
    private static ResolvedMention regionOnly(Dateline d, TaggingInput in) {
        String code = d.region().code();
        GazetteerEntry entry = new GazetteerEntry("", "", code, NameKind.REGION, "dateline-region", null, Set.of(),
                Casing.ANY, Set.of(), List.of(d.region()));
        List<MatchToken> tokens = in.bodyForm().tokens();
        int from = 0;
        while (from + 1 < tokens.size() && tokens.get(from).end() <= d.regionStart()) {
            from++;
        }
        int to = from;
        while (to + 1 < tokens.size() && tokens.get(to + 1).start() < d.regionEnd()) {
            to++;
        }
        return new ResolvedMention(new PhraseMatch("body", from, to, d.regionStart(), d.regionEnd(), 0, entry), code, true);
    }

    /** Whether every sizeable GeoNames place of a name lies in the country the name is given: then it is plain evidence. */
    private static boolean oneCountry(GazetteerEntry e) {
        if (e.kind() != NameKind.CITY && e.kind() != NameKind.REGION) {
            return true; // a country's name is that country; towns named after it (Lebanon, Pa.) need their region
        }
        long biggest = e.places().isEmpty() ? 0 : e.places().get(0).population();
        for (Place p : e.places()) {
            if (!p.code().equals(e.code()) && p.population() >= PlaceResolver.CONTEXT_SHARE * biggest) {
                return false;
            }
        }
        return true;
    }

    private static String decide(AmbiguousName a, String article, Map<String, Integer> plainCounts) {
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, List<String>> c : a.cues().entrySet()) {
            int score = plainCounts.getOrDefault(c.getKey(), 0);
            for (String cue : c.getValue()) {
                if (!cue.isEmpty() && article.contains(" " + cue)) {
                    score += 2;
                }
            }
            if (score > bestScore) {
                best = c.getKey();
                bestScore = score;
            }
        }
        return best != null ? best : a.defaultCode();
    }

    /** Keys of place names that this article uses as parts of a person's name. */
    private static Set<String> personKeys(List<PhraseMatch> places, TaggingInput in) {
        Set<String> keys = new HashSet<>();
        // a weak GeoNames-only name after a given name is a surname, not a second place (Israel Moss, Moss in Norway)
        Map<String, BitSet> covered = coveredTokens(places.stream()
                .filter(p -> !p.entry().fromGeoNames()).toList());
        WordCounts counts = null;
        for (PhraseMatch m : places) {
            if (m.fromToken() != m.toToken() || m.entry().casing() == Casing.ALL_CAPS || m.entry().kind() == NameKind.DEMONYM) {
                continue;
            }
            boolean title = m.field().equals("title");
            String text = in.text(m.field());
            MatchText form = in.form(m.field());
            if (!NameFilter.isCased(text, m.start(), m.end()) || (title && TextPositions.isTitleCase(in.title()))) {
                continue;
            }
            List<MatchToken> t = form.tokens();
            int next = m.toToken() + 1;
            // a possessive or any other ending makes the place own what follows (Iran's Kharg terminal, France's
            // Total): a first name carries none
            boolean bareToken = t.get(m.toToken()).text().equals(m.entry().key());
            if (bareToken && next < t.size() && TextPositions.adjacent(text, m.end(), t.get(next).start()) && TextPositions.nameLike(text, t.get(next))
                    && !isCovered(covered, m.field(), next) && !NOT_FIRST_NAMES.contains(t.get(next).text())) {
                counts = counts == null ? new WordCounts(in) : counts;
                // "Chad Miller, founder of …": a capitalized word right after the place and then a comma is a surname
                // with its apposition; a place before a capitalized non-place word is otherwise only a name if the
                // article uses that word alone too
                MatchToken surname = t.get(next);
                boolean apposition = TextPositions.nameLike(text, surname) && surname.end() < text.length()
                        && text.charAt(surname.end()) == ',' && !title;
                if (apposition || counts.usedAlone(surname.text(), m.entry().key())) {
                    keys.add(m.entry().key());
                }
            }
            int prev = m.fromToken() - 1;
            boolean bare = m.skip() == 0 && text.substring(m.start(), m.end()).chars().allMatch(Character::isLetter);
            if (bare && prev >= 0 && TextPositions.adjacent(text, t.get(prev).end(), m.start()) && TextPositions.nameLike(text, t.get(prev))
                    && !isCovered(covered, m.field(), prev) && !NOT_FIRST_NAMES.contains(t.get(prev).text())
                    && !TextPositions.sentenceStart(text, t.get(prev).start())) {
                keys.add(m.entry().key());
            }
        }
        return keys;
    }

    /**
     * A company written whole once ("Jamaica Water Supply Co") and shortened elsewhere, as headlines do ("Jamaica
     * Water Supply seeks rate rise"): the place word followed by the same capitalized word is the company there too.
     * Cased scripts only.
     */
    private static Set<PhraseMatch> shortenedCompanyNames(List<PhraseMatch> places, Set<PhraseMatch> organizations,
            TaggingInput in) {
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

    private boolean isNisbaSurname(PhraseMatch m, TaggingInput in) {
        if (m.entry().kind() != NameKind.DEMONYM || m.fromToken() == 0) {
            return false;
        }
        MatchText form = in.form(m.field());
        List<MatchToken> t = form.tokens();
        String prev = t.get(m.fromToken() - 1).text();
        if (personNameWord(prev)) {
            return true;
        }
        // "… بن سلطان المصري": a name word two back, with bin/abu between, also makes a name
        return m.fromToken() >= 3 && personNameWord(t.get(m.fromToken() - 3).text())
                && personNameWords.contains(t.get(m.fromToken() - 2).text());
    }

    /**
     * An Arabic personal-name word, also with the conjunction و in front (وسلطان) and the compound names
     * written as one word (عبدالمحسن, عبدالكريم).
     */
    private boolean personNameWord(String word) {
        if (personNameWords.contains(word) || (word.length() > 4 && word.startsWith("عبد"))) {
            return true;
        }
        return word.length() > 2 && word.charAt(0) == 'و' && personNameWords.contains(word.substring(1));
    }

    /**
     * How often each word as a name could stand (capitalized, or in an uncased script), and each word right after
     * another, occurs in title and body: counted once per article so that asking about every mention stays linear.
     */
    private static final class WordCounts {
        private final Map<String, Integer> words = new HashMap<>();
        private final Map<String, Integer> pairs = new HashMap<>();

        WordCounts(TaggingInput in) {
            for (String field : List.of("title", "body")) {
                String text = in.text(field);
                // a surname used alone is written with its capital: "phosphate" in "Jordan signs phosphate deal" is
                // no use of "Jordan Phosphate Mines Co" alone, nor is a word of a headline set in capitals
                boolean casesShow = !(field.equals("title") && CapitalsHeadline.inCapitals(text));
                List<MatchToken> t = in.form(field).tokens();
                for (int i = 0; i < t.size(); i++) {
                    if (casesShow && (!NameFilter.isCased(text, t.get(i).start(), t.get(i).end())
                            || TextPositions.capitalized(text, t.get(i)))) {
                        words.merge(t.get(i).text(), 1, Integer::sum);
                    }
                    if (i > 0) {
                        pairs.merge(pair(t.get(i - 1).text(), t.get(i).text()), 1, Integer::sum);
                    }
                }
            }
        }

        /** Whether {@code surname} occurs in the article not right after the place word: the person named alone. */
        boolean usedAlone(String surname, String placeKey) {
            return words.getOrDefault(surname, 0) > pairs.getOrDefault(pair(placeKey, surname), 0);
        }

        private static String pair(String first, String second) {
            return first + '\u0000' + second;
        }
    }

    /** Per field, the tokens inside some place match. */
    private static Map<String, BitSet> coveredTokens(List<PhraseMatch> places) {
        Map<String, BitSet> covered = new HashMap<>();
        for (PhraseMatch p : places) {
            covered.computeIfAbsent(p.field(), f -> new BitSet()).set(p.fromToken(), p.toToken() + 1);
        }
        return covered;
    }

    private static boolean isCovered(Map<String, BitSet> covered, String field, int token) {
        BitSet tokens = covered.get(field);
        return tokens != null && tokens.get(token);
    }
}
