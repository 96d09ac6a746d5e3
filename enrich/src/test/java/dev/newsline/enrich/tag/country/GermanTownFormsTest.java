package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** German news writes a town of the German-speaking countries as its adjective or its inhabitants (GermanTownForms). */
class GermanTownFormsTest {

    @Test
    void aTownGivesItsAdjectiveAndItsInhabitants() {
        assertThat(GermanTownForms.of("Dresden")).contains("Dresdner", "Dresdnerin", "Dresdener");
        assertThat(GermanTownForms.of("München")).contains("Münchner");
        assertThat(GermanTownForms.of("Göttingen")).contains("Göttinger");
        assertThat(GermanTownForms.of("Frankfurt am Main")).contains("Frankfurter");
        assertThat(GermanTownForms.of("Vienna")).contains("Wiener", "Wienerin");
        assertThat(GermanTownForms.of("Hamm")).doesNotContain("Hammer");
        assertThat(GermanTownForms.of("Bad Homburg")).isEmpty();
    }

    @Test
    void theAdjectiveOfABigTownPlacesTheStory() {
        assertThat(primary(tag("Weihnachtsmarkt", "Der Dortmunder Weihnachtsmarkt hat mehr Besucher angezogen.", "de")))
                .containsExactly("DE");
        assertThat(all(tag("Werkstatt", "Ein Hammer lag auf dem Tisch der Werkstatt.", "de"))).isEmpty();
        // only German writes so
        assertThat(all(tag("Market", "The Dortmunder brewery reopened on Monday.", "en"))).isEmpty();
    }

    /**
     * A German town's name takes no article, so a capitalized noun spelled like a town after one is the noun: "nach
     * dem Essen" is after the meal, "in der Halle" in the hall; "in Essen" is the town.
     */
    @Test
    void aNounAfterAnArticleIsNoTown() {
        assertThat(all(tag("Studie", "Ein Spaziergang nach dem Essen senkt den Blutzucker. Auch beim Essen komme es"
                + " auf das Tempo an.", "de"))).isEmpty();
        assertThat(all(tag("Turnhalle", "Die Halle der Grundschule bleibt gesperrt. In der Halle wurden Proben"
                + " genommen.", "de"))).isEmpty();
        assertThat(primary(tag("Streik", "In Essen haben rund 2000 Beschäftigte der Verkehrsbetriebe gestreikt.",
                "de"))).containsExactly("DE");
    }

    /** "Die Wienerin Lena Gruber … Gruber": the origin of the person the story is about, not a given name. */
    @Test
    void anInhabitantBeforeANameIsThePersonsOrigin() {
        assertThat(primary(tag("Wienerin Gruber gewinnt", "Die Wienerin Lena Gruber hat am Samstag den Super-G "
                + "gewonnen. Gruber setzte sich knapp durch.", "de"))).containsExactly("AT");
    }

    /** A food named after a town is the food: Wiener Würstchen is no story from Vienna. */
    @Test
    void aFoodNamedAfterATownIsNoPlace() {
        assertThat(all(tag("Preise", "Fleischer klagen über Preise für Wiener Würstchen und Leberkäse.", "de")))
                .isEmpty();
        assertThat(all(tag("Prices", "Growers said Brussels sprouts prices rose.", "en"))).doesNotContain("BE");
    }
}
