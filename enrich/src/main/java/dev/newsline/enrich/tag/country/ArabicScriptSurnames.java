package dev.newsline.enrich.tag.country;

import dev.newsline.enrich.normalize.MatchText;
import dev.newsline.enrich.normalize.MatchToken;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Place words that an Arabic-script article uses as a person's family or given name, where no capital shows a name: a
 * demonym or a town after a personal name (عبد الله المصري, عمر بخاري), in Persian a place's adjective in ی after a
 * name, a title or a double surname's first word (محمد نعیم شیرازی, هاشمی رفسنجانی), and the same name later where it
 * stands as the person does (وأشار الجزائري).
 */
final class ArabicScriptSurnames {

    /** Endings of Persian surnames (folded: ی is written ي) and of Tajik ones in Persian script (رحیموا, رحیمف). */
    private static final List<String> PERSIAN_SURNAME_ENDINGS = List.of("\u064A", "\u067E\u0648\u0631",
            "\u0632\u0627\u062F\u0647", "\u0646\u064A\u0627", "\u0641\u0631", "\u064A\u0627\u0646",
            "\u0648\u0627", "\u0648\u0641", "\u064A\u0641");

    /**
     * Persian titles before a name (folded): a town's adjective after one is the man's surname (شهید همدانی, سردار
     * همدانی, شیخ محمدکریم خان کرمانی, حاج …, علامه …, مرحوم …).
     */
    private static final Set<String> PERSIAN_TITLES = Set.of("\u0634\u0647\u064A\u062F",
            "\u0633\u0631\u062F\u0627\u0631", "\u062E\u0627\u0646", "\u062D\u0627\u062C",
            "\u0639\u0644\u0627\u0645\u0647", "\u0645\u0631\u062D\u0648\u0645");

    /** Adjectives in ی that follow a country's name in Persian prose (ایران اسلامی، آسیای مرکزی). */
    private static final Set<String> PERSIAN_ADJECTIVES = Set.of("\u0627\u0633\u0644\u0627\u0645\u064A",
            "\u0645\u0631\u0643\u0632\u064A", "\u0634\u0631\u0642\u064A", "\u063A\u0631\u0628\u064A",
            "\u0634\u0645\u0627\u0644\u064A", "\u062C\u0646\u0648\u0628\u064A");

    /** الله, folded. */
    private static final String GOD = "\u0627\u0644\u0644\u0647";

    /** Heads of group names that end in الله, folded: حزب (party), انصار (supporters), جند (soldiers). */
    private static final Set<String> GROUPS_NAMED_FOR_GOD = Set.of("\u062D\u0632\u0628",
            "\u0627\u0646\u0635\u0627\u0631", "\u062C\u0646\u062F");

    private final Set<String> personNameWords;
    /** The Arabic definite article as the match form writes it. */
    private static final String ARTICLE = "\u0627\u0644";
    private final MentionRoles roles;

    /** {@code personNameWords}: Arabic personal-name words, folded as match forms are; {@code roles}: verbs of saying. */
    ArabicScriptSurnames(Set<String> personNameWords, MentionRoles roles) {
        this.personNameWords = personNameWords;
        this.roles = roles;
    }

    /**
     * The mentions among {@code places} that are Arabic-script surnames ({@link #isNisbaSurname}), and the later ones
     * of a name the body writes as one where they stand as the person does: in the headline ("گل دیرهنگام عراقی" heads
     * a story of the player علی عراقی), opening a sentence, beside a verb of saying ("عراقی افزود", "وأشار
     * الجزائري"), or after a word for a writer's works ("غزلیات عراقی", the poet's ghazals).
     */
    Set<PhraseMatch> nisbaSurnames(List<PhraseMatch> places, TaggingInput in) {
        Set<PhraseMatch> out = new HashSet<>();
        Set<String> bodyKeys = new HashSet<>();
        Map<String, BitSet> placeWords = new HashMap<>(); // per field, the words a place name covers
        for (PhraseMatch m : places) {
            placeWords.computeIfAbsent(m.field(), f -> new BitSet()).set(m.fromToken(), m.toToken() + 1);
        }
        for (PhraseMatch m : places) {
            if (isNisbaSurname(m, in, placeWords)) {
                out.add(m);
                if (m.field().equals("body")) {
                    bodyKeys.add(writtenAs(m, in));
                }
            }
        }
        if (bodyKeys.isEmpty()) {
            return out;
        }
        for (PhraseMatch m : places) {
            if (bodyKeys.contains(writtenAs(m, in)) && (m.field().equals("title")
                    || TextPositions.sentenceStart(in.text(m.field()), m.start())
                    || roles.before(MentionRoles.Role.SPEECH, m, in, 1, false)
                    || describedSpeaker(m, in)
                    || roles.after(MentionRoles.Role.SPEECH, m, in)
                    || roles.before(MentionRoles.Role.WORKS, m, in, 1, false)
                    || qualifiesNoNoun(m, in))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * An Arabic-script surname or given name: a demonym or a GeoNames town right after a personal name (عبد الله
     * المصري, منى المغربي, عمر بخاري), in Persian also a city's or country's adjective in ی after a name, a title or
     * the first word of a double surname (محمد نعیم شیرازی, داکتر فریبا تهرانی, شهید همدانی, هاشمی رفسنجانی), and a
     * Persian sentence that opens with a place word, one word ending like a surname and a comma: a person introduced
     * by name and role ("اردن صالحی، یکی از کشاورزان", "ایران رحیموا، سرکرده …").
     */
    private boolean isNisbaSurname(PhraseMatch m, TaggingInput in, Map<String, BitSet> placeWords) {
        if (m.fromToken() == 0 && !"fa".equals(in.language())) {
            return false;
        }
        MatchText form = in.form(m.field());
        List<MatchToken> t = form.tokens();
        if ("fa".equals(in.language())) {
            if (givenNameBeforeSurname(m, t, in)) {
                return true;
            }
            if (m.fromToken() > 0 && CountryReader.adjectival(m, in, true)) {
                String prev = t.get(m.fromToken() - 1).text();
                if (personNameWord(prev) || PERSIAN_TITLES.contains(prev) || m.entry().kind() == NameKind.CITY
                        && firstOfADoubleSurname(t, m.fromToken() - 1, placeWords.get(m.field()))) {
                    return true;
                }
            }
        }
        if (m.fromToken() == 0 || (m.entry().kind() != NameKind.DEMONYM && !familyNameOfATown(m, t, in))) {
            return false;
        }
        String prev = t.get(m.fromToken() - 1).text();
        if (personNameWord(prev)) {
            return !groupNamedForGod(t, m.fromToken() - 1);
        }
        // "… بن سلطان المصري": a name word two back, with bin/abu between, also makes a name
        return m.fromToken() >= 3 && personNameWord(t.get(m.fromToken() - 3).text())
                && personNameWords.contains(t.get(m.fromToken() - 2).text());
    }

    /**
     * The word at {@code word} is الله closing a group's name (حزب الله، أنصار الله، جند الله), not a person's: the
     * adjective after it is the group's country (حزب الله اللبناني).
     */
    private static boolean groupNamedForGod(List<MatchToken> t, int word) {
        if (word == 0 || !t.get(word).text().equals(GOD)) {
            return false;
        }
        String head = t.get(word - 1).text();
        // with or without a clitic before the head (لحزب الله، وأنصار الله)
        return CliticStripper.starts(head, "ar").stream()
                .anyMatch(s -> GROUPS_NAMED_FOR_GOD.contains(head.substring(s.skip())));
    }

    /**
     * A Persian word ending like a surname in ی (not ای), no place's adjective itself, after a given name or a title:
     * a town's adjective after it completes a double surname (آیت‌الله هاشمی رفسنجانی, سیدهاشم حسینی‌بوشهری,
     * سیدمحمد علوی گرگانی). Without the name before it the word may be a noun in ی, the ezafe or the indefinite
     * (بانوی کردستانی "a Kurdistani lady", دربی اصفهانی "the Isfahan derby").
     */
    private boolean firstOfADoubleSurname(List<MatchToken> t, int word, BitSet placeWords) {
        String w = t.get(word).text();
        if (word == 0 || w.length() < 4 || !w.endsWith("\u064A") || w.endsWith("\u0627\u064A")
                || placeWords.get(word) || PERSIAN_ADJECTIVES.contains(w)) {
            return false;
        }
        String before = t.get(word - 1).text();
        return personNameWord(before) || PERSIAN_TITLES.contains(before);
    }

    /**
     * In Arabic a GeoNames town right after a given name is a family name too: عمر بخاري (Bukhara's بخارى, once
     * folded). Not after the preposition على, which folds into the name علي ("على الرمادي", on Ramadi).
     */
    private static boolean familyNameOfATown(PhraseMatch m, List<MatchToken> t, TaggingInput in) {
        if (!"ar".equals(in.language()) || m.entry().kind() != NameKind.CITY || !m.entry().fromGeoNames()) {
            return false;
        }
        MatchToken prev = t.get(m.fromToken() - 1);
        return in.text(m.field()).charAt(prev.end() - 1) != '\u0649';
    }

    /** A name as the person's name is written: the key, and whether a Persian ending follows it (بوشهری, not بوشهر). */
    private static String writtenAs(PhraseMatch m, TaggingInput in) {
        return m.entry().key() + (CountryReader.endingLength(m, in) > 0 ? "+" : "");
    }

    /**
     * A Persian sentence's first word is a place (no ending, one word) and the next word, ending like a surname (ی,
     * پور, زاده, نیا, فر, یان; Tajik وا, وف, یف), is followed by a comma: the place word is a given name. The text's
     * first sentence opens after the agency's dateline ("هرات- ایرنا- ایران محمدی، قابله …") or after the comma that
     * closes its lead ("به گزارش خبرگزاری فارس از اهواز، هند سواری، بانوی …").
     */
    private static boolean givenNameBeforeSurname(PhraseMatch m, List<MatchToken> t, TaggingInput in) {
        String text = in.text(m.field());
        int next = m.toToken() + 1;
        if (m.skip() > 0 || m.fromToken() != m.toToken() || next >= t.size()
                || !t.get(m.fromToken()).text().equals(m.entry().key())) {
            return false;
        }
        boolean sentenceStart = TextPositions.sentenceStart(text, m.start()) || opensTheLeadsText(text, m.start());
        MatchToken surname = t.get(next);
        boolean comma = surname.end() < text.length() && (text.charAt(surname.end()) == '،'
                || text.charAt(surname.end()) == ',');
        return sentenceStart && comma && TextPositions.adjacent(text, m.end(), surname.start())
                && PERSIAN_SURNAME_ENDINGS.stream().anyMatch(e -> surname.text().endsWith(e))
                && !PERSIAN_ADJECTIVES.contains(surname.text());
    }

    /** Whether {@code pos} opens a Persian story's text after its dateline's dash or its lead's closing comma. */
    private static boolean opensTheLeadsText(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        if (text.charAt(i) == '-') {
            return text.lastIndexOf('.', i) < 0 && text.lastIndexOf('\n', i) < 0 && i < LEAD_CHARS;
        }
        int opening = text.length() - text.stripLeading().length();
        return text.charAt(i) == '،' && PersianLeadDateline.opensAt(text, opening) && i < LEAD_CHARS
                && text.indexOf('،') == i;
    }

    /** The furthest into the text a dateline or a lead ends. */
    private static final int LEAD_CHARS = 120;

    /**
     * An Arabic personal-name word, also with the conjunction و in front (وسلطان) and the compound names
     * written as one word (عبدالمحسن, عبدالكريم, and the honorifics in الدين: فخرالدين, صلاح‌الدين, نورالدين).
     */
    private boolean personNameWord(String word) {
        if (personNameWords.contains(word) || (word.length() > 4 && word.startsWith("عبد"))
                || (word.length() > 5 && word.endsWith("الدين"))) {
            return true;
        }
        return word.length() > 2 && word.charAt(0) == 'و' && personNameWords.contains(word.substring(1));
    }

    /**
     * In Arabic an adjective follows the definite noun it qualifies (الطالب العماني, the Omani student); after any other
     * word the family name the article has given stands for the person: "وتتجه العراقي إلى الصيدلة", "فيما ينوي
     * العماني دراسة الهندسة".
     */
    private static boolean qualifiesNoNoun(PhraseMatch m, TaggingInput in) {
        if (!"ar".equals(in.language()) || m.fromToken() == 0 || m.field().equals("title")) {
            return false;
        }
        String before = MentionRoles.tokens(m, in).get(m.fromToken() - 1).text();
        String bare = before.length() > 3 && (before.charAt(0) == 'و' || before.charAt(0) == 'ف') ? before.substring(1)
                : before;
        return !bare.startsWith(ARTICLE) && !bare.startsWith("لل");
    }

    /**
     * Arabic "وأكد الفائز الكويتي" (the winner al-Kuwaiti stressed): a verb of saying, a definite noun that describes
     * the speaker, and the family name the article has given after a given name.
     */
    private boolean describedSpeaker(PhraseMatch m, TaggingInput in) {
        List<MatchToken> t = MentionRoles.tokens(m, in);
        int noun = m.fromToken() - 1;
        return noun >= 1 && t.get(noun).text().startsWith(ARTICLE) && t.get(noun).text().length() > ARTICLE.length() + 2
                && roles.is(MentionRoles.Role.SPEECH, in.language(), t.get(noun - 1).text());
    }
}
