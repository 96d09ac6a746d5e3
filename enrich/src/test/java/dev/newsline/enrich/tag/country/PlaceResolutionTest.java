package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static dev.newsline.enrich.tag.country.WorldArticles.tagOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import dev.newsline.enrich.tag.TaggingInput;
import dev.newsline.ingest.source.SharedFolder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names of several places are decided by the region after them, the rest of the article, then population. */
class PlaceResolutionTest {

    /** The country codes a parameter row expects, space-separated; none where the row leaves the column empty. */
    private static List<String> codes(String spaced) {
        return spaced == null ? List.of() : List.of(spaced.split(" "));
    }

    /**
     * A national capital GeoNames alone knows stands for its country whatever its size, as the press names capitals far
     * more than their size says; not a village (Adamstown) or an everyday given name (Stanley), which still need their
     * country beside them. So does a section of a city with a million people or more (Brooklyn, Kowloon).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EU leaders met in Valletta on Monday to discuss migration.|MT",
            "Thousands protested in Kuwait City on Monday against the new tax.|KW",
            "Stanley Johnson said on Monday he would stand again.|",
            "Visitors to Adamstown are few, the islanders said.|",
            "Stanley, the islands' capital, has a new harbour, Falklands officials said.|FK",
            // a section of a city of a million people or more is a place the press names alone; a smaller one, or a
            // big one's alternate names, stay out
            "A man was shot in Brooklyn on Monday, police said.|US",
            "Residents of Nerima complained about the noise.|",
            "Residents of Kingsborough complained about the noise.|"})
    void aCapitalOrABigSectionStandsForItsCountryUnlessAVillageOrAGivenName(String body, String code) {
        assertThat(primary(tag("x", body, "en"))).containsExactlyElementsOf(codes(code));
    }

    /**
     * First-level subdivisions abroad as the languages we read write them, which GeoNames gives in English only
     * (world-subdivisions.tsv), in their case forms and after an apostrophe's ending; a state's name after a word for
     * a resort is the resort's (die Badeorte Kalifornien und Brasilien on the Baltic).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru|Торнадо обрушился на Техас, пожары бушуют в Калифорнии.|US",
            "ru|Губернатор штата Мэн подписал закон.|US",
            "ru|В Британской Колумбии бушуют лесные пожары.|CA",
            "ru|Во Внутренней Монголии выпал снег.|CN",
            "ru|В Нижней Калифорнии произошло землетрясение.|MX",
            "fr|Les incendies ravagent la Californie depuis lundi.|US",
            "de|In Kalifornien brennen seit Montag die Wälder.|US",
            "tr|Teksas'ta kasırga hayatı felç etti.|US",
            "es|Miles de personas se manifestaron en Baviera.|DE",
            "fa|هزاران نفر در کاتالونیا تظاهرات کردند.|ES",
            "de|Besonders hart traf es die Badeorte Kalifornien und Brasilien in der Gemeinde Schönberg.|"})
    void aSubdivisionAbroadStandsForItsCountryInEachLanguage(String language, String body, String code) {
        assertThat(primary(tag("x", body, language))).containsExactlyElementsOf(codes(code));
    }

    /**
     * A subdivision written with the word for its status, as English news writes Nigeria's states, Ethiopia's regions,
     * Kenya's counties and Egypt's governorates, is that subdivision, though the capitalized word would otherwise make
     * it the head of a longer name or, after a word, that word's capital (Rivers State); not a US county named after a
     * place abroad, nor a town before a word for a state (Golden State); a sea or a river that lends a subdivision its
     * name is the water (the Red Sea, the Blue Nile), and so is a country's name before a lower-case "river".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Gunmen killed 20 people in Borno State, police said.|NG",
            "Fighting in Amhara Region killed dozens, residents said.|ET",
            "Floods hit Red Sea State in eastern Sudan.|SD",
            "Hurghada, in the Red Sea Governorate, welcomed more tourists.|EG",
            "Fighting spread across Afar Region on Monday.|ET",
            "Floods hit Rivers State on Monday.|NG",
            "Drought hit Turkana County, officials said.|KE",
            "Floods hit Nakuru County, officials said.|KE",
            "Police in Nassau County arrested two men.|",
            "Golden State beat the Suns on Wednesday.|",
            // a town named like its province, with the province's status word; alone it is a small town
            "Floods hit Krabi province on Monday, officials said.|TH",
            "Tourists returned to Krabi after the storm.|",
            // units the extract writes otherwise or lacks
            "Rebels seized a town in North Kivu on Monday.|CD",
            "Floods hit Upper Nile on Monday, aid groups said.|SS",
            "Bushfires hit the Northern Territory on Monday.|AU",
            "Tourists cruised on the Blue Nile near Bahir Dar.|",
            "Egypt and Ethiopia traded warnings over the dam on the Blue Nile.|EG ET",
            "The Niger river flooded parts of Mali.|ML"})
    void aSubdivisionWithItsStatusWordIsThatSubdivisionAndTheWaterItIsNamedAfterIsWater(String body, String codes) {
        assertThat(all(tag("x", body, "en"))).containsExactlyElementsOf(codes(codes));
    }

    /** New South Wales is Australia's without the GeoNames extract too, not Wales. */
    @Test
    void newSouthWalesIsAustraliasWithoutTheWorldGazetteer() {
        CountryTagger withoutGeoNames = new CountryTagger(CountryTaggerOptions.allLocales(Optional.empty()));
        List<CountryTag> tags = withoutGeoNames.tag(Articles.input("Bushfire threatens homes on New South Wales coast",
                "Firefighters battled a bushfire on the New South Wales south coast on Sunday.", "en"));
        assertThat(all(tags)).containsExactly("AU");
    }

    /**
     * Nice and Kingston are towns in English text where their capital shows a name: at a sentence's start, beside a
     * capitalized word or after a given name, the word or the person's name they also are says nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A truck attack in Nice killed 86 people.|FR",
            "Police in Kingston said three men were shot on Sunday.|JM",
            "Nice to see you again, the minister told reporters.|",
            "Singer Sean Kingston was arrested on Monday.|"})
    void anEnglishWordsTownCountsWhereItsCapitalShowsAName(String body, String code) {
        assertThat(all(tag("x", body, "en"))).containsExactlyElementsOf(codes(code));
    }

    /**
     * A capital the curated lists hold in English counts in every Latin-script language where GeoNames writes it so,
     * though GeoNames also gives its name, as an old one, to a bigger city elsewhere (Islamabad, Chittagong); a German
     * word that spells a name whole is that name, not a shorter one's genitive (Tunis, not India's Tuni).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|Les ministres se sont réunis à Islamabad lundi.|PK",
            "de|Die Minister trafen sich am Montag in Islamabad.|PK",
            "de|Überschwemmungen trafen Tunis am Montag.|TN"})
    void aCapitalsOwnNameCountsInEveryLanguageWhereGeoNamesWritesIt(String language, String body, String code) {
        assertThat(all(tag("x", body, language))).containsExactly(code);
    }

    /** A curated name that GeoNames also gives another country's province (Gaza, MZ) does not vote for that one. */
    @Test
    void aNameDoesNotCorroborateTheSubdivisionItNamesElsewhere() {
        assertThat(primary(tag("Aid trucks resume into Gaza", "Aid trucks resumed crossing into Gaza on Thursday "
                + "after a two-day halt, as mediators tried to shore up the ceasefire.", "en"))).containsExactly("PS");
    }

    /** عمان is Oman unless the article shows Amman: Petra's credit, the Greater Amman Municipality. */
    @Test
    void ammanIsReadFromItsJordanianContext() {
        assertThat(primary(tag("أمانة عمان ترفع الجاهزية", "عمّان (بترا) - رفعت أمانة عمّان الكبرى درجة الجاهزية "
                + "للتعامل مع المنخفض الجوي.", "ar"))).containsExactly("JO");
    }

    /** Written with its shadda (and any short vowel besides), Amman needs no other cue; Oman's name stays Oman's. */
    @Test
    void ammanWrittenWithItsShaddaIsAmman() {
        assertThat(primary(tag("حادث مروري", "أصيب طفل بجروح في حادث مروري بعمّان مساء أمس.", "ar")))
                .containsExactly("JO");
        assertThat(primary(tag("معرض", "افتتح الوزير معرضا في عَمّان اليوم.", "ar"))).containsExactly("JO");
        assertThat(primary(tag("زيارة", "وصل الوزير إلى عُمان في زيارة رسمية.", "ar"))).containsExactly("OM");
    }

    /**
     * A small town that only GeoNames adds to a curated city abroad needs its state or a town beside it: naming its
     * country is not enough (the talks in Geneva that U.S. officials report are Switzerland's Geneva).
     */
    @Test
    void aSmallNamesakeAbroadNeedsItsStateNotOnlyItsCountry() {
        List<CountryTag> talks = tag("Cocoa talks", "Producers and consumers resume talks in Geneva on March 16 under "
                + "UNCTAD auspices, U.S. officials in Washington said.", "en");
        assertThat(tagOf(talks, "CH").mentions()).extracting(Mention::text).containsExactly("Geneva");
        assertThat(tagOf(talks, "US").mentions()).extracting(Mention::text).doesNotContain("Geneva");
        assertThat(all(tag("Plant", "The company, based in Geneva, Illinois, said sales rose.", "en")))
                .containsExactly("US");
    }

    /** A country's possessive right before a name of several places places it there: "Pakistan's Hyderabad". */
    @Test
    void aCountrysPossessivePlacesTheTownAfterIt() {
        List<CountryTag> floods = tag("Floods", "Floods hit Pakistan's Hyderabad on Monday, Indian officials said in "
                + "New Delhi.", "en");
        assertThat(tagOf(floods, "PK").mentions()).extracting(Mention::text).contains("Hyderabad");
        assertThat(tagOf(floods, "IN").mentions()).extracting(Mention::text).doesNotContain("Hyderabad");
    }

    @Test
    void augustaIsAmericanUnlessSicilyIsNamed() {
        // GeoNames also gives Augusta as Augsburg's Latin name, and Augsburg outweighs Georgia's and Maine's towns
        assertThat(all(tag("Golf", "Justin Thomas led after the first round in Augusta.", "en"))).containsExactly("US");
        assertThat(all(tag("Strike", "Refinery workers in Augusta, Sicily, went on strike.", "en"))).containsExactly("IT");
    }

    @Test
    void aTownsOwnNameOutweighsABiggerCitysFormerOrForeignName() {
        // Ethiopia's Adama was once Nazret, Harare was Salisbury, Tijuana was Zaragoza; Frankfort is old English
        assertThat(all(tag("Christmas", "Pilgrims gathered in Nazareth for Christmas Eve prayers.", "en")))
                .containsExactly("IL");
        assertThat(all(tag("Park", "Police in Salisbury reopened the park where the Skripals were found.", "en")))
                .containsExactly("GB");
        assertThat(all(tag("Tobacco", "Rhodesia's tobacco auctions opened at the Salisbury sales floors.", "en")))
                .containsExactly("ZW");
        assertThat(all(tag("Match", "Fans packed the stadium in Zaragoza on Sunday.", "en"))).containsExactly("ES");
        assertThat(all(tag("Bill", "Lawmakers in Frankfort passed the pension bill on Thursday.", "en")))
                .containsExactly("US");
        // Saint Petersburg's Greek-style name, a spelling of Edinburgh, Freetown's old name
        assertThat(all(tag("Floods", "Floods killed 200 people in Petropolis, the mountain city.", "en")))
                .containsExactly("BR");
        assertThat(all(tag("Crues", "À Petrópolis, ville déjà durement frappée, les secours cherchent.", "fr")))
                .containsExactly("BR");
        assertThat(all(tag("Campus", "Students at the university in Edinburg protested the tuition rise.", "en")))
                .containsExactly("US");
        assertThat(all(tag("Parade", "Crowds marked Saint George's Day in Leeds with a parade.", "en")))
                .doesNotContain("SL");
    }

    @Test
    void anArabicOrPersianTownInAStateIsThatStatesTown() {
        // Arabic and Persian say which state a town lies in with a word for the state: Paris, Texas; Alexandria, Va.
        assertThat(all(tag("تكساس", "قال عمدة باريس في ولاية تكساس إن المشتبه به فر.", "ar"))).containsExactly("US");
        assertThat(all(tag("محكمة", "أصدرت محكمة فيدرالية في الإسكندرية بولاية فرجينيا حكما بسجن ضابط سابق.", "ar")))
                .containsExactly("US");
        assertThat(all(tag("تگزاس", "کلانتر پاریس در ایالت تگزاس گفت مظنون فرار کرد.", "fa"))).containsExactly("US");
        assertThat(all(tag("باريس", "قال عمدة باريس إن المدينة تستعد للألعاب.", "ar"))).containsExactly("FR");
    }

    @Test
    void aTownThatIsAWordWhereItStandsPlacesNoOtherName() {
        // Deal in Kent and Mobile in Alabama, at a headline's start, are words: Washington and Birmingham keep their
        // usual places
        assertThat(all(tag("Deal reached on budget", "Lawmakers in Washington agreed on a spending plan.", "en")))
                .containsExactly("US");
        assertThat(all(tag("Mobile phones banned", "Teachers in Birmingham backed the ban on Tuesday.", "en")))
                .containsExactly("GB");
    }

    @Test
    void aSubdivisionsSmallNamesakeAbroadNeedsTheStoryFiledFromThere() {
        // Florida is a town in Cuba and a department of Uruguay
        assertThat(primary(tag("Migrants", "Cuban migrants landed in Florida on Tuesday, the Coast Guard said.", "en")))
                .contains("US");
        assertThat(all(tag("Hospital", "MONTEVIDEO, 11 mar (EFE).- El presidente uruguayo inauguró el hospital del "
                + "departamento de Florida.", "es"))).containsExactly("UY");
    }

    @Test
    void anAmbiguousNameTakesItsLanguagesDefault() {
        // Egypt's Alexandria and the federal court's in Virginia; England's Cambridge and Harvard's
        assertThat(all(tag("Court", "A federal judge in Alexandria sentenced the former CIA officer.", "en")))
                .containsExactly("US");
        assertThat(all(tag("Library", "The new library in Alexandria opened on the Mediterranean shore.", "en")))
                .containsExactly("EG");
        assertThat(all(tag("Protest", "Harvard students in Cambridge protested on Monday.", "en"))).containsExactly("US");
        assertThat(all(tag("Study", "The University of Cambridge said the study was peer reviewed.", "en")))
                .containsExactly("GB");
        // a Hampshire town and Nairobi's Somali quarter: by cues only
        assertThat(all(tag("Homes", "The Eastleigh council approved new homes.", "en"))).containsExactly("GB");
        assertThat(all(tag("Levy", "Traders in Eastleigh, Nairobi's busy quarter, protested the new levy.", "en")))
                .containsExactly("KE");
        // New Mexico's capital in English news, Argentina's province and its capital in Spanish; French by cues only
        assertThat(all(tag("Opera", "The opera festival in Santa Fe opened on Friday.", "en"))).containsExactly("US");
        assertThat(all(tag("Obras", "El gobernador de Santa Fe anunció un plan de obras.", "es"))).containsExactly("AR");
        assertThat(all(tag("Festival", "Le festival d'opéra de Santa Fe a ouvert vendredi.", "fr"))).isEmpty();
        assertThat(all(tag("Festival", "Le festival de Santa Fe, au Nouveau-Mexique, a ouvert.", "fr")))
                .containsExactly("US");
        // German writes the country Georgien and the US state Georgia
        assertThat(all(tag("Wahl", "Die Wähler in Georgia stimmten am Dienstag über die Senatssitze ab.", "de")))
                .containsExactly("US");
        assertThat(all(tag("Protest", "Die Regierung von Georgia in Tiflis wies die Vorwürfe zurück.", "de")))
                .containsExactly("GE");
        assertThat(all(tag("Protest", "Protesters in Tbilisi demanded new elections in Georgia.", "en")))
                .containsExactly("GE");
    }

    @Test
    void aCountrysNameBeforeAnotherCountrysStateIsATownThere() {
        assertThat(all(tag("Foundry", "The foundry in Peru, Indiana, will close in July.", "en"))).containsExactly("US");
        assertThat(all(tag("Sale", "A meat packer in Lebanon, Pa., agreed to be sold.", "en"))).containsExactly("US");
        assertThat(all(tag("Crop", "Growers around Moscow, Idaho, expect a smaller lentil crop.", "en"))).containsExactly("US");
        // a country's short name, and a name of several countries' towns, before a state none of them lies in
        assertThat(all(tag("Prison", "The prison in Palestine, Texas, was locked down.", "en"))).containsExactly("US");
        assertThat(all(tag("Diner", "The diner in Tripoli, Iowa, reopened on Monday.", "en"))).containsExactly("US");
        // a list of countries stays a list, even when one of them is also a US state
        assertThat(all(tag("Talks", "Talks between Jordan, Georgia, Armenia and Iran began on Monday.", "en")))
                .contains("JO").doesNotContain("US");
        assertThat(all(tag("Trade", "Trade between Mexico, Texas and California grew last year.", "en"))).contains("MX");
        // no town is named after a region's own name: "Ireland, Northern Ireland" is a list of two, not a town
        assertThat(all(tag("Play-offs", "Path B: Bosnia and Herzegovina, Slovakia, Republic of Ireland, Northern "
                + "Ireland. Path C: Scotland, Norway.", "en"))).contains("IE", "GB");
    }

    /**
     * A town's name that is no evidence alone (Georgetown, named like several places; Reading, an English noun) is the
     * town where the subdivision after its comma holds one of that name.
     */
    @Test
    void aNameThatIsNoEvidenceAloneIsTheTownItsSubdivisionPlaces() {
        List<CountryTag> plant = tag("Plant", "Toyota said it would build a second plant in Georgetown, Ky., next year.",
                "en");
        assertThat(tagOf(plant, "US").mentions()).extracting(Mention::text).contains("Georgetown");
        assertThat(all(plant)).doesNotContain("GY");
        assertThat(tagOf(tag("Profit", "The company, based in Reading, Pa., said profit rose.", "en"), "US").mentions())
                .extracting(Mention::text).containsExactly("Reading");
        // alone, or with a comma and no subdivision after it, the name stays no evidence
        assertThat(all(tag("Plant", "Toyota said it would build a second plant in Georgetown next year.", "en")))
                .doesNotContain("US", "GY");
        assertThat(all(tag("Skills", "Reading, the report said, is a skill that schools neglect.", "en"))).isEmpty();
    }

    /** A town the gazetteer does not know is placed by the state after its comma, which is then the evidence. */
    @Test
    void anUnknownTownPlacedByItsStateNamesTheStatesCountry() {
        List<CountryTag> dividend = tag("Whirlpool sets dividend",
                "Whirlpool Corp of Benton Harbor, Mich., said it raised its quarterly dividend.", "en");
        assertThat(tagOf(dividend, "US").mentions()).extracting(Mention::text, Mention::kind)
                .containsExactly(tuple("Mich.", "region"));
        assertThat(all(tag("Plant", "The plant near Bridgman, Mich., will close in June.", "en"))).containsExactly("US");
        // a party and state after a senator's name, and a name after an article, are no town
        assertThat(all(tag("Vote", "Sen. Bernie Sanders, I-Vt., said he would vote no.", "en"))).isEmpty();
        assertThat(all(tag("Report", "The Smith, Ind., report was released on Monday.", "en"))).isEmpty();
    }

    @Test
    void aStateNamedInTheArticleCorroboratesItsOwnSubdivisionNotTownsOfTheSameName() {
        // Washington the state also names a town in England: naming the state must not corroborate English towns
        GazetteerEntry washington = new GazetteerEntry("washington", "washington", "US", NameKind.REGION, "test", null,
                Set.of(), Casing.CAPITALIZED, Set.of(), List.of(new Place("US", "WA", 0), new Place("GB", "ENG", 53_000)));
        String body = "Washington state approved the budget.";
        PhraseMatch state = new PhraseMatch("body", 0, 0, 0, 10, 0, washington);
        TaggingInput in = Articles.input("", body, "en");
        ArticlePlaces ctx = new ArticlePlaces(in, Map.of(), Map.of(), Map.of(), List.of(state), null,
                new LowerCaseWords(in));
        assertThat(ctx.namedSubdivisions).containsOnlyKeys("US.WA");
    }

    @Test
    void tripoliIsLibyaUnlessTheArticleSaysLebanon() {
        assertThat(all(tag("Clashes in Tripoli", "Clashes in Tripoli killed two people on Monday.", "en")))
                .containsExactly("LY");
        assertThat(all(tag("Clashes in Tripoli", "Clashes in Tripoli killed two people, Lebanon's army said.", "en")))
                .containsExactly("LB");
        assertThat(all(tag("Clashes", "Clashes broke out in Tripoli, Lebanon, on Monday.", "en"))).containsExactly("LB");
        // by its quarters, as Lebanese wire copy names them
        assertThat(primary(tag("Migrant boat sinks off Tripoli", "TRIPOLI, Dec 3 (Reuters) - Eleven people drowned "
                + "when a boat sank near Tripoli. Families gathered from the Bab al-Tabbaneh and Jabal Mohsen "
                + "districts.", "en"))).containsExactly("LB");
        assertThat(all(tag("Affrontements", "Des affrontements à Tripoli ont fait deux morts, selon le gouvernement "
                + "libyen.", "fr"))).containsExactly("LY");
        assertThat(primary(tag("Affrontements à Tripoli", "Des affrontements à Tripoli ont fait deux morts dans le "
                + "quartier de Bab el-Tebbaneh, a annoncé l'armée.", "fr"))).containsExactly("LB");
        // Arabic: Lebanon's Tripoli by its epithets and quarters, a city either way
        assertThat(all(tag("اشتباكات في طرابلس", "قتل شخصان في اشتباكات في طرابلس أمس.", "ar"))).containsExactly("LY");
        List<CountryTag> north = tag("بلدية طرابلس تطلق ورشة ترميم", "أطلقت بلدية طرابلس اليوم مشروع ترميم الأسواق. "
                + "ولفت إلى أن عاصمة الشمال تحتاج إلى خطة متكاملة.", "ar");
        assertThat(all(north)).containsExactly("LB");
        assertThat(WorldArticles.mentions(north)).extracting(Mention::kind).containsOnly("city");
        assertThat(all(tag("اشتباكات في طرابلس", "قتل شخصان في اشتباكات بين باب التبانة وجبل محسن في طرابلس.", "ar")))
                .containsExactly("LB");
    }

    /**
     * Country names in a list with two or more towns the article reads as namesakes elsewhere are towns there too, in
     * the whole article; one namesake placed by its region, or towns of their own countries, leave a list's countries.
     */
    @Test
    void countriesListedWithNamesakeTownsAreTownsToo() {
        Assumptions.assumeTrue(SharedFolder.locate("geonames").isPresent(),
                "../shared/geonames is absent: the fixture has no second namesake town in Maine for this list");
        assertThat(all(Articles.TAGGER.tag(Articles.input("FIRE DESTROYS OLD SHOE FACTORY IN NORWAY, MAINE",
                "NORWAY, Maine (AP) - A fire destroyed a vacant shoe factory in this Oxford County town. Fire "
                        + "companies from Paris, Oxford, Poland and Mexico helped Norway firefighters. Poland, home of "
                        + "the Poland Spring bottled water company, sent two tankers.", "en"))))
                .containsExactly("US");
    }

    @Test
    void aListOfOneNamesakeOrOfTownsOfTheirOwnCountriesKeepsItsCountries() {
        assertThat(all(tag("Festival", "The festival drew visitors from Paris, Texas, Mexico and Canada.", "en")))
                .contains("MX", "CA");
        assertThat(all(tag("Talks", "Delegates from Paris, London, Poland and Mexico met in Geneva.", "en")))
                .contains("PL", "MX");
    }

    /** Another town of the same state or province named beside a name of several places places it. */
    @Test
    void aTownBesideAnotherOfItsProvincePlacesIt() {
        assertThat(all(tag("Tram crash", "A tram and a garbage truck collided in Brunswick, in Melbourne's inner "
                + "north, on Wednesday.", "en"))).containsExactly("AU");
        assertThat(all(tag("Plant to close", "Volkswagen will cut jobs at its plant in Brunswick, near Hanover.",
                "en"))).containsExactly("DE");
    }

    /**
     * A country's name written as a town of a subdivision the article names, beside another town of it, is that
     * town; written as the country ("Mexico and the Philippines") it stays the country.
     */
    @Test
    void aCountrysNameWrittenAsATownOfANamedProvinceIsThatTown() {
        List<CountryTag> pampanga = tag("Mexico, Pampanga farmers count losses", "Rice farmers in Mexico, Pampanga, "
                + "sell palay below cost, and growers in Arayat say the same, the Central Luzon office said.", "en");
        assertThat(all(pampanga)).containsExactly("PH");
        assertThat(tagOf(pampanga, "PH").mentions()).filteredOn(m -> m.text().equals("Mexico"))
                .extracting(Mention::kind).containsOnly("city");
        assertThat(all(tag("Cosecha", "ARMENIA (Quindío). Los caficultores del Quindío cerraron el año. En municipios "
                + "como Calarcá, Montenegro y Pijao, la recolección creció.", "es"))).containsExactly("CO");
        assertThat(all(tag("Trade pact", "Mexico and the Philippines signed a pact on rice from Central Luzon, where "
                + "Arayat farmers grow it.", "en"))).contains("MX", "PH");
    }

    /**
     * A town the world's gazetteer alone knows, in a story that names only another country's states, is no evidence
     * of its own country; without them it is.
     */
    @Test
    void aTownOfAnotherCountryThanTheOneWhoseStatesTheStoryNamesIsNoEvidence() {
        assertThat(all(tag("Heatwave", "A severe heatwave warning covers south-east Queensland, with Ipswich and "
                + "Gatton forecast to reach 41 degrees.", "en"))).containsExactly("AU");
        assertThat(all(tag("Plant", "A brewery in Ipswich will close in March, its owner said.", "en")))
                .containsExactly("GB");
    }

    /**
     * So is a province the world's gazetteer alone knows, which does not vouch for itself; an article opening a
     * sentence does not make the other country's province part of a longer name.
     */
    @Test
    void aProvinceOfAnotherCountryThanTheOneWhoseProvincesTheStoryNamesIsNoEvidence() {
        assertThat(all(tag("Taxi strike", "Minibus taxis stopped work in Cape Town. Some schools in Nyanga "
                + "reported low attendance. The Western Cape mobility department said talks would go on.", "en")))
                .containsExactly("ZA");
        assertThat(all(tag("Schools", "Some schools in Nyanga reported low attendance on Monday.", "en")))
                .containsExactly("GA");
    }

    /**
     * A town too small to stand alone is that town where it opens its local government's name, at a sentence's start
     * and after "the" too, and even where a legal form or a unit's word closes that name.
     */
    /**
     * A curated province keeps its country beside a namesake town abroad of any size that the story's other country
     * might suggest: Ontario, California has 164,000 people, the province 13 million.
     */
    @Test
    void aProvinceIsNotItsNamesakeTownAbroad() {
        List<CountryTag> tags = tag("TOYOTA TO RAISE CAPACITY AT ONTARIO CAR PLANT", "TOKYO, June 4 - Toyota Motor "
                + "Corp said it will expand its car plant in Cambridge, Ontario, with about half of output shipped to "
                + "dealers in the United States. Toyota said it would hire 400 more workers in Ontario. Reuter", "en");
        assertThat(primary(tags)).contains("JP", "CA");
        assertThat(tags.stream().filter(t -> t.code().equals("CA")).flatMap(t -> t.mentions().stream())
                .map(m -> m.text()).toList()).contains("Ontario", "Cambridge");
    }

    /** Singapore's statutory boards and Durban's municipality, named without their country, are their country's. */
    @Test
    void aLocalStoryNamingOnlyItsBodiesIsItsCountrys() {
        assertThat(primary(tag("Residents to get sheltered linkways", "Residents will get 3km of covered walkways "
                + "linking their HDB blocks to bus stops, the Land Transport Authority said.", "en")))
                .containsExactly("SG");
        assertThat(primary(tag("Beaches busy over the holidays", "The eThekwini Municipality said beaches had been "
                + "busy because of the school holidays.", "en"))).containsExactly("ZA");
    }

    /** The Spanish adjective of a big Latin American city names its country as madrileño names Spain's. */
    @Test
    void aLatinAmericanCitysAdjectiveNamesItsCountry() {
        assertThat(primary(tag("Grupo Alcen invertirá en una nueva planta", "El fabricante regiomontano de autopartes "
                + "Grupo Alcen invertirá 180 millones de pesos en una nueva línea de producción.", "es")))
                .containsExactly("MX");
    }

    @Test
    void aTownThatOpensItsLocalGovernmentsNameIsThatTown() {
        assertThat(all(tag("Flooding", "Residents in Chaguanas say they are tired of promises.", "en"))).isEmpty();
        assertThat(primary(tag("Flooding", "Residents in Chaguanas say they are tired of promises. The Chaguanas "
                + "Borough Corporation said drains were blocked.", "en"))).containsExactly("TT");
        assertThat(primary(tag("Hawker takes a break", "Penang Island City Council said the stall's licence "
                + "remained valid.", "en"))).containsExactly("MY");
        // the council's possessive closes the name too
        assertThat(primary(tag("Hawker takes a break", "Penang Island City Council's licensing committee said the "
                + "stall's licence remained valid.", "en"))).containsExactly("MY");
        // a council word further on, or in lower case, names no local government
        assertThat(all(tag("Flooding", "Chaguanas residents asked the Council for help.", "en"))).isEmpty();
        // nor does a national body's name: its first word is a person's (Obama is a Japanese town of 30,000 too)
        assertThat(all(tag("The impeachment clock", "What if a holdover at the Obama National Security Council had "
                + "gone to the inspector general? Obama would have called it a smear.", "en"))).isEmpty();
        assertThat(primary(tag("Beach clean-up", "The Obama City Council thanked the volunteers.", "en")))
                .containsExactly("JP");
    }

    /**
     * A district named after its town is that town's ("the Ashburton District"), and a town's name of three parts
     * joined by hyphens is a town of any size (Esch-sur-Alzette); the town alone stays too weak to count.
     */
    @Test
    void aTownsDistrictAndAHyphenatedTownNameAreThatTown() {
        assertThat(primary(tag("Emergency declared", "A state of emergency has been declared in the Ashburton District "
                + "after heavy rain.", "en"))).containsExactly("NZ");
        assertThat(all(tag("Emergency declared", "Heavy rain fell on Ashburton overnight.", "en"))).isEmpty();
        assertThat(primary(tag("Budget adopté", "Le texte prévoit l'extension du tram vers Esch-sur-Alzette.", "fr")))
                .containsExactly("LU");
    }

    /** The town its local government shows is that town wherever the article writes its name with a capital. */
    @Test
    void aTownItsLocalGovernmentShowsIsThatTownThroughout() {
        String body = "Residents in Chaguanas say they are tired of promises. The Chaguanas Borough Corporation said "
                + "drains were blocked.";
        List<CountryTag> tags = tag("Chaguanas residents fed up with flooding", body, "en");
        assertThat(WorldArticles.mentions(tags)).extracting(Mention::field, Mention::start).containsExactly(
                tuple("title", 0), tuple("body", body.indexOf("Chaguanas")),
                tuple("body", body.lastIndexOf("Chaguanas")));
    }

    /** The Kurdistan Region is Iraq's, in the Arabic spelling and in the region's own with و; Iran's province stays. */
    @Test
    void theKurdistanRegionIsIraqsInEitherSpelling() {
        assertThat(primary(tag("سد", "بحسب مديرية السدود في إقليم كردستان.", "ar"))).containsExactly("IQ");
        assertThat(primary(tag("سد", "بحسب مديرية السدود في إقليم كوردستان.", "ar"))).containsExactly("IQ");
        assertThat(primary(tag("سد", "به گزارش اقلیم کوردستان، سد پر شد.", "fa"))).containsExactly("IQ");
    }

    /** The Gulf's oil islands and terminals name their country alone: Kharg Island, جزیره خارک; خارک alone is a date. */
    @Test
    void theGulfsOilIslandsNameTheirCountry() {
        assertThat(primary(tag("Tanker hit", "The tanker was hit off Kharg Island on Monday, shipping sources said.",
                "en"))).containsExactly("IR");
        assertThat(primary(tag("نفتکش", "یک نفتکش در نزدیکی جزیره خارک هدف قرار گرفت.", "fa"))).containsExactly("IR");
        assertThat(all(tag("خرما", "خارک و رطب در بازار فراوان است.", "fa"))).isEmpty();
    }

    /** French names the state Grenada with its article, "la Grenade", and Andalusia's Granada without one. */
    @Test
    void frenchGrenadeWithItsArticleIsTheState() {
        assertThat(primary(tag("Ouragan", "Le Premier ministre de la Grenade a appelé à l'aide après l'ouragan.", "fr")))
                .containsExactly("GD");
        assertThat(primary(tag("Tourisme", "Des milliers de touristes ont visité l'Alhambra à Grenade.", "fr")))
                .containsExactly("ES");
    }

    /**
     * A city another language's row makes ambiguous (Spanish Granada, also Grenada; Trípoli) still counts where
     * GeoNames gives it in the article's language: that row had hidden Granada from English and German articles.
     */
    @Test
    void aCityAmbiguousInOneLanguageStillCountsInTheOthers() {
        assertThat(primary(tag("Holiday", "Thousands of tourists visited the Alhambra in Granada over the holiday.",
                "en"))).containsExactly("ES");
        assertThat(primary(tag("Tennis", "Das Turnier in Granada gewann der Spanier Carlos Alcaraz.", "de")))
                .containsExactly("ES");
        assertThat(primary(tag("Milicias", "Los enfrentamientos en Trípoli dejaron diez muertos.", "es")))
                .containsExactly("LY");
        assertThat(primary(tag("Wine", "The wine harvest in La Rioja was the best in a decade, producers said.",
                "en"))).containsExactly("ES");
        assertThat(primary(tag("Wine", "The governor of La Rioja, in Argentina's north-west, met producers.", "en")))
                .containsExactly("AR");
        // Valencia: Spain's unless Venezuela's cues say otherwise, although GeoNames makes Venezuela's the bigger
        assertThat(primary(tag("Plan", "The mayor of Valencia presented a new mobility plan.", "en")))
                .containsExactly("ES");
        assertThat(primary(tag("Protestas", "Vecinos de Valencia, en el estado Carabobo, protestaron por los cortes.",
                "es"))).containsExactly("VE");
        // an alternate spelling stays in its own language: French Grenade is an English weapon
        assertThat(all(tag("Grenade Attack Kills Two", "Grenade attack kills two at a market, police said.", "en")))
                .isEmpty();
    }

    /** English Newcastle is Newcastle upon Tyne unless Australia's cues say otherwise, though GeoNames makes it smaller. */
    @Test
    void englishNewcastleIsTynesidesUnlessAustraliasCuesSayOtherwise() {
        assertThat(primary(tag("Arrests", "Police in Newcastle arrested two men after the match.", "en")))
                .containsExactly("GB");
        assertThat(primary(tag("Rugby league", "The Newcastle Knights beat the Broncos in the NRL on Friday night.",
                "en"))).containsExactly("AU");
    }

    /** San Juan, CLDR's Argentine exemplar city, is Puerto Rico's capital too: either only by its cues. */
    @Test
    void sanJuanIsPuertoRicosOrArgentinasByItsCues() {
        assertThat(all(tag("Flights resume", "Flights to San Juan resumed after the hurricane.", "en"))).isEmpty();
        assertThat(all(tag("Flights resume", "Flights to San Juan resumed, Puerto Rico's governor said.", "en")))
                .containsExactly("PR");
        assertThat(all(tag("Minería", "El gobernador de San Juan anunció inversiones mineras en Argentina.", "es")))
                .containsExactly("AR");
    }

    /** A facility named after a country's ruler names that country, whatever follows the ruler's name; a street does not. */
    @Test
    void aFacilityNamedAfterARulerNamesItsCountry() {
        assertThat(primary(tag("عملية", "أجريت العملية بنجاح في مستشفى الملك فهد التخصصي.", "ar")))
                .containsExactly("SA");
        assertThat(primary(tag("إغاثة", "وصلت طائرة من مركز الملك سلمان للإغاثة إلى المطار.", "ar")))
                .containsExactly("SA");
        assertThat(primary(tag("مصنع", "افتتحت مدينة الملك عبدالله الثاني الصناعية مصنعاً جديداً.", "ar")))
                .containsExactly("JO");
        assertThat(primary(tag("پرواز", "پرواز استانبول در فرودگاه امام خمینی به زمین نشست.", "fa")))
                .contains("IR");
        assertThat(all(tag("زحام", "شهد شارع الملك فيصل زحاماً مرورياً كبيراً.", "ar"))).isEmpty();
    }

    /** The Sahel is the belt south of the Sahara before it is Burkina Faso's region: alone it is no evidence. */
    @Test
    void theSahelAloneIsNoCountrysRegion() {
        assertThat(all(tag("Drought", "Drought in the Sahel has left millions short of food, the agency said.", "en")))
                .isEmpty();
        assertThat(all(tag("Sécheresse", "La sécheresse frappe le Sahel, a indiqué l'agence.", "fr"))).isEmpty();
        assertThat(primary(tag("Attack", "Gunmen attacked a village in the Sahel region of Burkina Faso.", "en")))
                .containsExactly("BF");
    }

    /** Morocco's region Oriental is "eastern" in Spanish and French first: alone it is no evidence either. */
    @Test
    void orientalAloneIsNoMoroccanRegion() {
        assertThat(all(tag("Lluvias", "La región Oriental sufrió fuertes lluvias, informaron las autoridades.", "es")))
                .isEmpty();
        assertThat(primary(tag("Pluies", "Les pluies ont frappé la région de l'Oriental, au Maroc.", "fr")))
                .containsExactly("MA");
    }

    /** "Sterling" is the pound, not a Virginia town, even where the article names the US; a dateline's state stays. */
    @Test
    void sterlingIsThePound() {
        List<CountryTag> pound = tag("STERLING FIRMS ON RATE CUT HOPES", "LONDON, March 31 - Sterling rose against "
                + "most currencies, dealers said. Demand from U.S. investors helped.", "en");
        assertThat(pound.stream().flatMap(t -> t.mentions().stream()).map(Mention::text))
                .contains("U.S").noneMatch(text -> text.equalsIgnoreCase("sterling"));
        // the town's dateline still names its state
        assertThat(all(tag("Water main", "STERLING, Va., March 3 - A water main burst on Monday.", "en")))
                .containsExactly("US");
    }

    /** In English, the country a town is said to lie in right after its name places it; a bare "on" does not. */
    @Test
    void aTownInOrOnACountryIsThatCountrysTown() {
        assertThat(all(tag("Camp", "Ajax will hold a camp in Lagos on Portugal's Algarve coast in January.", "en")))
                .containsExactly("PT");
        assertThat(all(tag("Camp", "Ajax will hold a camp in Lagos in Portugal in January.", "en")))
                .containsExactly("PT");
        assertThat(all(tag("Summit", "Leaders met in Lagos on Monday to discuss trade.", "en"))).containsExactly("NG");
    }

    @Test
    void cordobaIsArgentinaUnlessSpainOrAndalusiaIsNamed() {
        assertThat(all(tag("Floods", "Floods hit the province around Córdoba overnight.", "en"))).containsExactly("AR");
        assertThat(all(tag("Floods", "Floods hit Córdoba, Spain, overnight.", "en"))).containsExactly("ES");
        assertThat(primary(tag("Heat", "Heat records fell in Córdoba as Andalusia sweltered.", "en"))).containsExactly("ES");
        // the subdivision named in the article's own language, as regions.tsv writes it (Andalucía, not Andalusia)
        assertThat(primary(tag("Calor", "Se batieron récords de calor en Córdoba, mientras Andalucía se asfixiaba.",
                "es"))).containsExactly("ES");
    }

    /**
     * A British county (regions.tsv, below GeoNames' first level) names its first-level subdivision too: Boston beside
     * Lincolnshire is England's small town, not Massachusetts' big one.
     */
    @Test
    void aCountyNamedBesideATownOfSeveralPlacesPlacesIt() {
        assertThat(all(tag("Sprouts rot", "Growers in Lincolnshire say sprouts are rotting. A packer near Boston said "
                + "half the crop was lost.", "en"))).containsExactly("GB");
        assertThat(all(tag("Harbour works", "Dredging of the harbour in Boston will start in March.", "en")))
                .containsExactly("US");
    }

    @Test
    void hyderabadGoesToPakistanWithSindhOrPakistan() {
        assertThat(all(tag("Rains", "Rains flooded Hyderabad on Monday.", "en"))).containsExactly("IN");
        assertThat(primary(tag("Rains", "Rains flooded Hyderabad in Sindh on Monday.", "en"))).containsExactly("PK");
        assertThat(primary(tag("Rains", "Rains flooded Hyderabad on Monday, officials in Pakistan said.", "en")))
                .containsExactly("PK");
    }

    @Test
    void parisIsFranceUnlessTexasFollowsIt() {
        assertThat(all(tag("Fair", "A fair opened in Paris with American and Italian firms.", "en"))).contains("FR");
        List<CountryTag> texas = tag("Fair", "A county fair opened in Paris, Texas, on Saturday.", "en");
        assertThat(all(texas)).containsExactly("US");
        assertThat(tagOf(texas, "US").mentions()).extracting(Mention::text).contains("Paris", "Texas");
    }

    /** "Lyon, Valencia, Hamburg and Jena" is a list: Valencia after the comma is no region placing Lyon in Spain. */
    @Test
    void aListOfTownsIsNoTownAndItsRegion() {
        List<CountryTag> tags = tag("Courts", "New courts will open in Lyon, Valencia, Hamburg and Jena next year.", "en");
        assertThat(tagOf(tags, "FR").mentions()).extracting(Mention::text).containsExactly("Lyon");
    }

    /** Australian news abbreviates its biggest states. */
    @Test
    void nswIsNewSouthWales() {
        assertThat(primary(tag("Bushfire", "Firefighters are working to contain a bushfire in the NSW Hunter region.",
                "en"))).containsExactly("AU");
    }

    /** Georgia read as the US state names that state, which places a town of both countries' names there. */
    @Test
    void georgiaReadAsTheStatePlacesItsTowns() {
        assertThat(primary(tag("Buses", "Ridership rose in Athens, the county said. Students near the University of "
                + "Georgia asked for more buses, and the county will ask the Georgia Department of Transportation "
                + "for help.", "en"))).containsExactly("US");
    }

    @Test
    void georgiaTheStateFollowsAnAmericanCity() {
        assertThat(primary(tag("Storm", "A storm hit Atlanta, Georgia, overnight, cutting power.", "en"))).containsExactly("US");
        assertThat(primary(tag("Talks", "Georgia's prime minister met officials in Tbilisi.", "en"))).containsExactly("GE");
    }

    @Test
    void aSmallOrWordLikeGeoNamesCityNeedsItsCountryNamedToo() {
        assertThat(all(tag("Arrest", "Police said the man was arrested on Monday.", "en"))).isEmpty();
        assertThat(all(tag("Network", "The mobile network in Mobile failed twice.", "en"))).isEmpty();
        assertThat(all(tag("Fire", "A fire destroyed a warehouse in Maidenhead on Sunday.", "en"))).isEmpty();
        assertThat(all(tag("Fire", "A fire destroyed a warehouse in Maidenhead, England, on Sunday.", "en")))
                .containsExactly("GB");
        assertThat(all(tag("Fire", "A fire destroyed a warehouse in Mobile, Alabama, on Sunday.", "en")))
                .containsExactly("US");
    }

    @Test
    void aBigGeoNamesCityWrittenAsANameStandsAlone() {
        assertThat(primary(tag("Fire", "A fire destroyed a warehouse in Springfield on Sunday.", "en"))).containsExactly("US");
    }

    /** Where a capital says nothing (a sentence's first word), a big city's name counts when the article repeats it. */
    @Test
    void aBigCityOpeningTwoSentencesIsAName() {
        assertThat(primary(tag("Venice to double day-tripper fee", "Venice is to double its entry fee for "
                + "day-trippers, officials said on Friday.", "en"))).containsExactly("IT");
        assertThat(all(tag("Fees rise", "Venice is to double its entry fee for day-trippers.", "en"))).isEmpty();
        assertThat(all(tag("Mobile phones", "Mobile phone sales fell. Mobile operators said mobile data grew.", "en")))
                .isEmpty();
    }

    /**
     * A line of speech opens after a dialogue's dash, so a capital there says nothing: "— Манты люблю" is a dish
     * (manti), not Manta in Ecuador, whose Russian name's genitive it spells; a city named mid-sentence stays.
     */
    @Test
    void aWordOpeningALineOfSpeechAfterADashIsNoName() {
        assertThat(all(tag("Рецепты", "Блогер рассказала о любимых блюдах.  — Манты люблю. И плов тоже.", "ru")))
                .isEmpty();
        assertThat(primary(tag("Порт", "Рыбаки из Манты вернулись с уловом тунца.", "ru"))).containsExactly("EC");
    }

    /** A story filed from one country names a weak town of another, without that country, only by chance. */
    @Test
    void aWeakTownOfAnotherCountryThanTheDatelinesNeedsItsCountryNamed() {
        assertThat(primary(tag("Manifestation", "Des habitants de Springfield ont manifesté samedi.", "fr")))
                .containsExactly("US");
        assertThat(all(tag("Manifestation", "LYON, 5 déc (AFP) - Des habitants de Springfield ont manifesté samedi.",
                "fr"))).containsExactly("FR");
    }

    /** Ceuta and Melilla and the Canary Islands have codes of their own in ISO, but a desk files them under Spain. */
    @Test
    void ceutaAndMelillaAreSpain() {
        assertThat(all(tag("Aduanas", "España y Marruecos ampliarán los horarios de las aduanas de Ceuta y Melilla.", "es")))
                .containsExactlyInAnyOrder("ES", "MA");
    }

    /** A name of several words keeps its capitals for its own word, and holds its words when it is no evidence. */
    @Test
    void aTownOfSeveralWordsIsReadWhole() {
        assertThat(primary(tag("Strike", "Jeepney drivers in Cebu City held a strike on Friday, and the city "
                + "government deployed free buses.", "en"))).containsExactly("PH");
        // "Gulu City … the Resident City Commissioner": City is no surname that makes Gulu a given name
        assertThat(primary(tag("Protest", "Traders in Gulu City on Friday closed their stalls. The Resident City "
                + "Commissioner asked both sides to meet.", "en"))).containsExactly("UG");
        // George Town is spelt like Georgetown, named like several places: no evidence, and not George in South Africa
        assertThat(all(tag("Stall", "Food lovers in George Town were disappointed on Saturday.", "en"))).isEmpty();
    }

    /** A GeoNames province written as a name counts alone, unless its name only says where or runs into another. */
    @Test
    void aSubdivisionWrittenAsANameStandsAlone() {
        assertThat(primary(tag("Three shot dead", "Three people were shot dead at a taxi rank on Tuesday, Eastern Cape "
                + "police said.", "en"))).containsExactly("ZA");
        assertThat(all(tag("Dry spell", "Farmers on the West Coast are selling stock early.", "en"))).isEmpty();
        assertThat(all(tag("Séisme", "Un séisme a frappé l'Ouest mardi, selon les autorités.", "fr"))).isEmpty();
        assertThat(all(tag("Comisiones", "El Banco de Galicia rebajará las comisiones a las pymes.", "es"))).isEmpty();
        assertThat(primary(tag("Lluvias", "Las lluvias dejaron tres muertos en Galicia el jueves.", "es")))
                .containsExactly("ES");
        // German capitalizes every noun: "1,5 Grad" is a temperature, not the Slovenian municipality
        assertThat(all(tag("Hitze", "Die Temperatur liege bereits 1,5 Grad über dem Niveau.", "de"))).isEmpty();
    }

    /**
     * A weak GeoNames name right after another place names a thing of that place: the Dubai Metro, not Metro. English
     * "Metro" is a metropolitan government's or a transit agency's word before or after its city (stop-names.tsv since
     * the forty-ninth session), not Metro in Lampung.
     */
    @Test
    void aGeoNamesNameThatRunsOnFromAPlaceIsPartOfItsName() {
        assertThat(all(tag("New stations", "Officials said they would build three new stations on the Dubai Metro "
                + "Red Line.", "en"))).containsExactly("AE");
        assertThat(all(tag("Fire", "A fire destroyed a market in Metro Nashville on Sunday.", "en")))
                .containsExactly("US");
    }

    /** A Russian article names a GeoNames town in its case forms: "в Краснодаре", "из Краснодара". */
    @Test
    void aGeoNamesTownIsKnownInItsRussianCaseForms() {
        List<CountryTag> tags = tag("Фестиваль", "Фестиваль прошел в Краснодаре, сообщили власти.", "ru");
        assertThat(primary(tags)).containsExactly("RU");
        assertThat(tagOf(tags, "RU").mentions()).extracting(Mention::text).containsExactly("Краснодаре");
    }

    @Test
    void inArabicScriptAGeoNamesSpellingNeedsItsCountryNamed() {
        // العين is "the eye" as well as Al Ain
        assertThat(all(tag("صحة", "أصيب اللاعب في العين خلال التدريب.", "ar"))).isEmpty();
        assertThat(all(tag("رياضة", "فاز فريق العين في الإمارات على ضيفه.", "ar"))).containsExactly("AE");
    }

    @Test
    void aBigArabicScriptTownAfterAWordForItsLocalGovernmentIsTheTown() {
        assertThat(primary(tag("مدارس", "افتتح عميد بلدية مصراتة مدرستين جديدتين للتعليم الأساسي.", "ar")))
                .containsExactly("LY");
        assertThat(primary(tag("مشروع", "وقال محافظ كربلاء إن المشروع سيخدم أكثر من 400 ألف نسمة.", "ar")))
                .containsExactly("IQ");
        // alone, a folded spelling may be an everyday word: the town needs its country named
        assertThat(all(tag("مدارس", "افتتح العميد مدرستين جديدتين في مصراتة.", "ar"))).isEmpty();
    }

    @Test
    void aBigArabicScriptTownNamedInSeveralWordsIsTheTownAlone() {
        // a name of two words folds into no everyday phrase, so it needs no word for the town's status before it
        assertThat(primary(tag("تقنية", "كشفت الشركة عن ساعتها الجديدة خلال حدث خاص في سان فرانسيسكو أمس.", "ar")))
                .containsExactly("US");
    }

    @Test
    void americanStatesAndCanadianProvincesInArabicAndPersianScript() {
        assertThat(primary(tag("طقس", "اجتاحت عاصفة قوية ولاية تكساس وخلفت أضرارا كبيرة.", "ar"))).containsExactly("US");
        assertThat(primary(tag("آتش‌سوزی", "آتش‌سوزی جنگل‌ها در ایالت کالیفرنیا ادامه دارد.", "fa"))).containsExactly("US");
        assertThat(primary(tag("انتخابات", "فاز الحزب الليبرالي في انتخابات مقاطعة أونتاريو.", "ar"))).containsExactly("CA");
    }

    /**
     * A place under the name its press writes where CLDR and the GeoNames extract have another: a large city in its
     * Arabic or Persian spelling (مرسيليا، ژنو), a country under its everyday name (Туркмения, Holanda, Birmania).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|كلوب يستبعد الاشراف على مرسيليا|أظهر نادي مرسيليا اهتماما كبيرا بالمدرب.|FR",
            "ar|فيضانات|غمرت الأمطار شوارع هيوستن وأغلقت المدارس.|US",
            "ar|قمة اقتصادية|افتتحت في كوالالمبور اليوم قمة اقتصادية إقليمية.|MY",
            "ar|قصف|تعرضت مدينة خاركيف لقصف عنيف ليل أمس.|UA",
            "fa|نشست|نشست وزیران خارجه روز دوشنبه در ژنو برگزار شد.|CH",
            "fa|بندر|کشتی‌های غلات از بندر اودسا حرکت کردند.|UA",
            "ru|Аэропорт|Власти Туркмении перенесли открытие нового аэропорта.|TM",
            "ru|Футбол|Сборная Голландии обыграла хозяев со счетом 2:0.|NL",
            "es|Cacao|Costa de Marfil exportará más cacao este año.|CI",
            "es|Conflicto|Once civiles murieron en bombardeos del Ejército en Birmania.|MM",
            "es|Acuerdo|Arabia Saudita firmó un acuerdo de defensa.|SA",
            "de|Grenze|Weißrussland hat die Grenze für Lastwagen geschlossen.|BY",
            "de|Kakao|Die Elfenbeinküste exportiert mehr Kakao.|CI",
            "tr|Kakao|Fildişi Sahili kakao ihracatını artırdı.|CI",
            "tr|İhracat|Çin'in ihracatı kasımda yüzde 8 arttı.|CN",
            "tr|Deprem|Fas'ta deprem: yüzlerce kişi hayatını kaybetti.|MA",
            "fr|Accord|Les Émirats ont signé un accord gazier.|AE",
            "ru|Школа|ОШ, 3 дек — Sputnik. Новая средняя школа открылась в четверг в Оше.|KG",
            // such a territory by its own cues
            "fr|Cyclone|Le cyclone Irma a dévasté Saint-Martin, dans les Antilles, dont le chef-lieu est Marigot.|MF"})
    void aPlaceUnderTheNameItsPressWritesNamesItsCountry(String language, String title, String body, String code) {
        assertThat(primary(tag(title, body, language))).containsExactly(code);
    }

    /**
     * A name two places share goes to the other one where its cues are: Belgium's province of Luxembourg, the US state
     * Georgia in an Arabic list of states; without them the country it names first.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|Neige|Des camions sont bloqués en province de Luxembourg, entre Bastogne et Arlon.|BE|LU",
            "fr|Banques|Le Luxembourg a adopté une nouvelle loi bancaire, a annoncé le gouvernement.|LU|BE",
            "ar|الثلاثاء الكبير|فاز المرشح الجمهوري في ست ولايات بينها جورجيا وفرجينيا.|US|GE",
            "ar|احتجاجات|تظاهر آلاف المعارضين في جورجيا ضد الحكومة في تبليسي.|GE|US"})
    void aNameTwoPlacesShareGoesWhereItsCuesAre(String language, String title, String body, String code,
                                                String notCode) {
        var tags = tag(title, body, language);
        assertThat(primary(tags)).containsExactly(code);
        assertThat(Articles.all(tags)).doesNotContain(notCode);
    }
}
