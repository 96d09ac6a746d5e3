package dev.newsline.enrich.tag.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Gazetteer keys drop spaces, so two different names can share one key ("Casa Blanca", the White House in Spanish,
 * and Casablanca): no curated name may take a CLDR exemplar city's key for another country, unless the name is
 * ambiguous on purpose and its context decides (ambiguous-names.tsv).
 */
class GazetteerKeysTest {

    @Test
    void noCuratedNameHidesAnExemplarCityOfAnotherCountry() {
        // Given the gazetteer without the world extract and CLDR's exemplar cities in the languages we read
        CountryGazetteer gazetteer = GazetteerLoader.load(ExemplarCities.READ_LANGUAGES, Optional.empty());
        List<String> hidden = new ArrayList<>();
        // When each city is looked up by its key
        for (RawName city : ExemplarCities.names(ExemplarCities.READ_LANGUAGES)) {
            GazetteerEntry e = gazetteer.lookup(Folding.key(city.name()));
            if (e != null && e.code() != null && city.code() != null && !e.code().equals(city.code())
                    && e.ambiguity() == null && !e.source().startsWith("cldr")) {
                hidden.add(city.name() + " (" + city.code() + ") under " + e.spaced() + " (" + e.code() + ", "
                        + e.source() + ")");
            }
        }
        // Then no curated name of another country holds its key
        assertThat(hidden).isEmpty();
    }

    @Test
    void everyLanguageReadsItsCuratedAdjectivesAsItWritesThem() {
        // Given the gazetteer and the curated adjectives, some of one key in two languages written in two cases
        // (French serbe and German Serbe, Spanish israelí and English Israeli)
        CountryGazetteer gazetteer = GazetteerLoader.load(ExemplarCities.READ_LANGUAGES, Optional.empty());
        List<String> unread = new ArrayList<>();
        // When each lower-case one is looked up in its language
        for (RawName adjective : CuratedNames.names("demonyms.tsv", NameKind.DEMONYM)) {
            if (Casing.of(adjective.name()) != Casing.ANY) {
                continue;
            }
            GazetteerEntry e = gazetteer.lookup(Folding.key(adjective.name()), adjective.language());
            // (a name of another kind keeps the key's capitals: French canadiens beside the Canadiens, a club)
            if (e != null && e.kind() == NameKind.DEMONYM && adjective.code().equals(e.code())
                    && e.casing() != Casing.ANY) {
                unread.add(adjective.language() + " " + adjective.name() + " (" + e.casing() + ", " + e.source() + ")");
            }
        }
        // Then it counts written in lower case, as its language writes it
        assertThat(unread).isEmpty();
    }

    @Test
    void cldrNamesOfOneKeyKeepEverySpellingsBreaks() {
        // Given CLDR's Arabic سريلانكا and Persian's سری‌لانکا (a ZWNJ between the words), one key
        CountryGazetteer gazetteer = GazetteerLoader.load(ExemplarCities.READ_LANGUAGES, Optional.empty());
        // When the name is looked up, then it keeps the Persian break, so that Persian text written so matches it
        assertThat(gazetteer.lookup(Folding.key("سریلانکا")).spaced()).contains(" ");
    }

    @Test
    void anAdjectiveSpelledLikeAnotherLanguagesNameOfItsCountryIsEachInItsOwnLanguage() {
        // Given French syrien and arménien, which fold onto German Syrien and Armenien
        CountryGazetteer gazetteer = GazetteerLoader.load(ExemplarCities.READ_LANGUAGES, Optional.empty());
        for (String key : List.of("syrien", "armenien", "italien")) {
            // When the key is read in a German and in a French article
            GazetteerEntry german = gazetteer.lookup(key, "de");
            GazetteerEntry french = gazetteer.lookup(key, "fr");
            // Then German reads the country's name, written with a capital; French the adjective, in any case
            assertThat(german.kind()).as(key).isEqualTo(NameKind.COUNTRY_NAME);
            assertThat(german.casing()).as(key).isEqualTo(Casing.CAPITALIZED);
            assertThat(french.kind()).as(key).isEqualTo(NameKind.DEMONYM);
            assertThat(french.casing()).as(key).isEqualTo(Casing.ANY);
            assertThat(french.code()).as(key).isEqualTo(german.code());
        }
        // and Spanish armenia, the adjective, which is also the country's name in Spanish and in English: Spanish
        // reads it as Armenia's in any case, English as the name (as the Spanish adjective, "The foreign minister
        // arrived in Armenia" had named no country)
        assertThat(gazetteer.lookup("armenia", "es").kind()).isEqualTo(NameKind.DEMONYM);
        assertThat(gazetteer.lookup("armenia", "en").kind()).isEqualTo(NameKind.COUNTRY_NAME);
        assertThat(gazetteer.lookup("armenia", "en").code()).isEqualTo("AM");
    }

    @Test
    void aNameWrittenAsOneWordAndAsTwoKeepsBothBreaks() {
        assertThat(GazetteerLoader.withBreaksOf("بيونغيانغ", "بيونغ يانغ")).isEqualTo("بيونغ يانغ");
        assertThat(GazetteerLoader.withBreaksOf("new york city", "newyork city")).isEqualTo("new york city");
        assertThat(GazetteerLoader.withBreaksOf("abc de", "ab cde")).isEqualTo("ab c de");
        assertThat(GazetteerLoader.withBreaksOf("abc", "xyz")).isEqualTo("abc"); // other letters: left alone
    }
}
