package dev.newsline.enrich.tag.country;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.tag.country.PrimaryModel.Standing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the model's probabilities and the conventions' standings decide which countries are primary. */
class PrimaryModelTest {

    /** A model whose probability for a country is its first feature (a log-odds), at the shipped thresholds. */
    private static final PrimaryModel MODEL = new PrimaryModel(0, firstFeatureOnly(), 0.0, 0.35);

    @Test
    void aDoubtedCountryInStandingLosesToOneOnlyTalkedAboutThatIsLikelier() {
        // Given a country named once (p 0.03) and the source's country whose every mention is a nationality (p 0.32)
        List<double[]> features = List.of(odds(0.03), odds(0.32));
        List<Standing> standings = List.of(Standing.IN, Standing.ONLY_TALKED_ABOUT);
        // When the model decides, then the likelier one is primary, not the one merely in standing
        assertThat(MODEL.primary(features, standings)).containsExactly(false, true);
    }

    @Test
    void aLikelyCountryInStandingKeepsItsPlaceOverOneOnlyTalkedAbout() {
        // Given a country in standing the model finds likely (p 0.40) and a likelier one only talked about (p 0.80)
        List<double[]> features = List.of(odds(0.40), odds(0.80));
        List<Standing> standings = List.of(Standing.IN, Standing.ONLY_TALKED_ABOUT);
        // When the model decides, then the conventions hold: only the country in standing is primary
        assertThat(MODEL.primary(features, standings)).containsExactly(true, false);
    }

    @Test
    void aDoubtedCountryInStandingIsStillPrimaryWhenNothingLikelierIsTalkedAbout() {
        // Given a country in standing at p 0.10, one only talked about at p 0.05 and a venue at p 0.90
        List<double[]> features = List.of(odds(0.10), odds(0.05), odds(0.90));
        List<Standing> standings = List.of(Standing.IN, Standing.ONLY_TALKED_ABOUT, Standing.OUT);
        // When the model decides, then the country in standing is primary and the venue never
        assertThat(MODEL.primary(features, standings)).containsExactly(true, false, false);
    }

    private static double[] firstFeatureOnly() {
        double[] w = new double[PrimaryFeatures.NAMES.size()];
        w[0] = 1;
        return w;
    }

    private static double[] odds(double p) {
        double[] f = new double[PrimaryFeatures.NAMES.size()];
        f[0] = Math.log(p / (1 - p));
        return f;
    }
}
