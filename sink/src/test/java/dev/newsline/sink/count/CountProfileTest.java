package dev.newsline.sink.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountProfileTest {

    @Test
    void aProfileReadsBackAsWrittenWithEmptyAndSeveralValues() {
        CountProfile many = new CountProfile(List.of("AM", "AZ"), List.of("conflict", "politics"), "fa", "irna");
        CountProfile none = new CountProfile(List.of(), List.of(), "und", "unknown");

        assertThat(CountProfile.decode(many.encode())).contains(many);
        assertThat(CountProfile.decode(none.encode())).contains(none);
        assertThat(many.encode()).isNotEqualTo(none.encode());
    }

    @Test
    void aKeyOfAnotherFormatIsNoProfile() {
        assertThat(CountProfile.decode("COUNTRY\u001f*\u001f*\u001f*\u001fAM")).isEmpty();
    }

    @Test
    void separatorsInASourceCannotShiftTheFields() {
        String source = CountProfile.clean("bad\u001esource\u001fname");
        CountProfile p = new CountProfile(List.of("SA"), List.of(), "ar", source);

        assertThat(source).isEqualTo("bad source name");
        assertThat(CountProfile.decode(p.encode())).contains(p);
    }

    @Test
    void filtersOnOtherDimensionsMustAllHoldWhileTheOwnDimensionsFilterIsLeftToTheValues() {
        CountProfile p = new CountProfile(List.of("AM", "AZ"), List.of("politics"), "fa", "irna");

        assertThat(p.matches(CountDimension.TOPIC, Optional.of("AZ"), Optional.empty(), Optional.of("fa"))).isTrue();
        assertThat(p.matches(CountDimension.TOPIC, Optional.of("IR"), Optional.empty(), Optional.empty())).isFalse();
        assertThat(p.matches(CountDimension.COUNTRY, Optional.of("IR"), Optional.of("politics"), Optional.empty()))
                .as("by=country: the country filter picks values, it does not drop the profile").isTrue();
        assertThat(p.matches(CountDimension.COUNTRY, Optional.empty(), Optional.of("sport"), Optional.empty())).isFalse();
        assertThat(p.matches(CountDimension.SOURCE, Optional.empty(), Optional.empty(), Optional.of("ar"))).isFalse();
        assertThat(p.valuesOf(CountDimension.COUNTRY)).containsExactly("AM", "AZ");
        assertThat(p.valuesOf(CountDimension.SOURCE)).containsExactly("irna");
    }
}
