package dev.newsline.enrich.tag.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The curated lists' derived rows: an English not-place phrase stands for its plural too. */
class CuratedNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Swiss army knife|Swiss army knives",
            "Dutch oven|Dutch ovens",
            "Iraq war veteran|Iraq war veterans",
            "New Jersey lily|New Jersey lilies",
            "Kangaroo pouch|Kangaroo pouches",
            "Guernsey jersey|Guernsey jerseys",
            // a proper name, a plural and a single word have none
            "Persian Gulf|-",
            "French fries|-",
            "Brazil|-"})
    void anEnglishPhraseEndingInACommonNounHasAPlural(String phrase, String plural) {
        assertThat(CuratedNames.englishPlural(phrase)).isEqualTo(plural);
    }

    @Test
    void notPlacesHoldThePluralsOfTheirEnglishRows() {
        assertThat(CuratedNames.notPlaces()).extracting(RawName::name).contains("Dutch ovens", "French doors")
                .doesNotContain("Persian Gulfs");
    }
}
