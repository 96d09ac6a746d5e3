package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.mentions;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static dev.newsline.enrich.tag.country.WorldArticles.tagOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dateline that opens a wire story: its place is primary evidence, with offsets into the body. */
class DatelineTest {

    private static Mention dateline(List<CountryTag> tags) {
        return mentions(tags).stream().filter(m -> "dateline".equals(m.kind())).findFirst()
                .orElseThrow(() -> new AssertionError("no dateline mention in " + tags));
    }

    /**
     * A page's extraction runs the byline into the text's first line: the town after two or three name words opens
     * the text and is no surname, there or anywhere else in the article.
     */
    @Test
    void aTownAfterARunInBylineIsThePlace() {
        assertThat(primary(tag("Council backs $150M for flood reservoir", "By Brendan McCallister Calgary city council "
                + "has voted to contribute $150 million toward an upstream reservoir on the Elbow River.", "en")))
                .containsExactly("CA");
        // a place after a given name alone is still a surname: "By Chad Jordan" is a reporter
        assertThat(all(tag("Council meets", "By Chad Jordan The council met on Monday to discuss the budget.", "en")))
                .doesNotContain("JO", "TD");
    }

    /** A South Asian paper's staff byline names no person; the town after it is the dateline, in any case. */
    @Test
    void theTownAfterAStaffBylineIsTheDateline() {
        assertThat(dateline(tag("Q2 profit rises 14%", "Our Bureau BENGALURU: Mid-tier IT services company Kaveri "
                + "Softech on Thursday reported a rise in profit.", "en")).text()).isEqualTo("BENGALURU");
        assertThat(dateline(tag("Film wraps schedule", "HT Correspondent Mumbai: The team of the spy thriller has "
                + "returned after a 40-day schedule.", "en")).text()).isEqualTo("Mumbai");
        assertThat(primary(tag("Rain floods roads", "Staff Reporter KARACHI: Heavy rain flooded several roads on "
                + "Monday.", "en"))).containsExactly("PK");
    }

    /** The town of a staff byline is no surname further on: the body's later "Mumbai" is the city again. */
    @Test
    void theStaffBylinesTownIsNoSurnameFurtherOn() {
        List<CountryTag> tags = tag("Civic body to widen roads", "HT Correspondent Mumbai: The civic body will widen 40 "
                + "roads before the monsoon. Mumbai has seen heavy traffic this year, the municipal commissioner said.",
                "en");
        assertThat(tagOf(tags, "IN").mentions()).extracting(Mention::kind).containsExactly("dateline", "city");
    }

    /**
     * A wire's listening post: a LONDON-dated report of another country's news, whose title names that country and
     * whose body names London again only where its sources sit, is that country's story; the dateline stays evidence.
     */
    @Test
    void aListeningPostsDatelineIsNotTheStorysPlace() {
        List<CountryTag> tags = tag("PAKISTAN BUYS WHEAT AT TENDER",
                "LONDON, May 5 - Pakistan bought 100,000 tonnes of soft wheat at its tender, dealers in London said.",
                "en");
        assertThat(primary(tags)).containsExactly("PK");
        assertThat(tagOf(tags, "GB").mentions()).extracting(Mention::kind).contains("dateline");
        assertThat(primary(tag("PAKISTAN BUYS WHEAT AT TENDER",
                "LONDON, May 5 - Pakistan bought 100,000 tonnes of soft wheat, London traders said. Reuter", "en")))
                .containsExactly("PK");
    }

    /**
     * A company's report from its home town, its name closed by a legal form right after the dateline, is filed under
     * the company's country and the country of the mine or the deal; a company named after another country stays
     * that country's, its dateline a listening post.
     */
    @Test
    void aCompanyReportingFromItsHomeTownIsNoListeningPost() {
        assertThat(primary(tag("KESTREL RESOURCES TO DEVELOP PAPUA NEW GUINEA GOLD MINE", "SYDNEY, March 24 - Kestrel "
                + "Resources NL said it would develop its Mount Karai gold deposit in Papua New Guinea's Enga province. "
                + "Reuter", "en"))).containsExactlyInAnyOrder("AU", "PG");
        assertThat(primary(tag("HUBER MASCHINEN BUYS AUSTRIAN PUMP MAKER", "ZURICH, March 31 - Huber Maschinen AG said "
                + "it agreed to buy a pump maker based in Graz, Austria. Reuter", "en")))
                .containsExactlyInAnyOrder("CH", "AT");
        assertThat(primary(tag("KUWAIT CUTS CRUDE POSTINGS", "LONDON, March 3 - Kuwait Petroleum Corp said it cut its "
                + "posted prices for crude oil by 50 cts a barrel, trade sources said. Reuter", "en")))
                .containsExactly("KW");
    }

    /** A currency or stock market report is its dateline's market's, whatever country's figures moved it. */
    @Test
    void aMarketReportsDatelineIsTheMarketNotAListeningPost() {
        assertThat(primary(tag("DOLLAR ENDS LOWER IN LONDON AFTER U.S. TRADE DATA", "LONDON, April 14 - The dollar closed "
                + "lower in London after figures showed a wider than expected U.S. trade deficit, dealers said. Reuter",
                "en"))).contains("GB");
    }

    /**
     * A headline names the story's country through one of its regions as much as through its name: "Fighting kills 12
     * in Darfur" under CAIRO is Sudan's; a sports or event story's region is its venue, so a club's camp on the
     * Algarve under AMSTERDAM stays the club's home's.
     */
    @Test
    void aRegionInTheHeadlineMakesTheDatelineAListeningPostOutsideSportsAndEvents() {
        assertThat(primary(tag("Fighting kills 12 in Darfur", "CAIRO, Dec 5 (Reuters) - Fighting killed 12 people in "
                + "Darfur on Monday, a local doctors' group said.", "en"))).containsExactly("SD");
        assertThat(primary(tag("Ajax to hold winter camp on the Algarve", "AMSTERDAM, Dec 10 (Reuters) - Ajax will "
                + "hold a warm-weather training camp on the Algarve during the winter break, the club said.", "en")))
                .contains("NL");
    }

    /**
     * A country that only reports another's act is a listening post too: named at the headline's end before "says",
     * and in the body as the possessive that opens the subject of "said" ("South Korea's Joint Chiefs of Staff said").
     * Where it is also where things happen, it stays.
     */
    @Test
    void aCountryThatOnlyReportsAnothersActIsAListeningPost() {
        String body = "SEOUL, Dec 5 (Reuters) - North Korea fired two short-range ballistic missiles into the sea on "
                + "Saturday, South Korea's Joint Chiefs of Staff said, the first launch in two months.";
        assertThat(primary(tag("North Korea fires two short-range missiles, Seoul says", body, "en")))
                .containsExactly("KP");
        assertThat(primary(tag("North Korea fires missiles, shells land near Seoul", body + " Debris fell in South "
                + "Korea's waters.", "en"))).contains("KP", "KR");
    }

    /**
     * A state's officials speaking of their own affairs place the story there: the dateline's country is no listening
     * post for a foreign company's news ("Telangana's chief minister, who said").
     */
    @Test
    void aStatesOfficialsSpeakingPlaceTheStoryThere() {
        assertThat(primary(tag("U.S. chip designer opens its largest overseas centre in Hyderabad",
                "HYDERABAD, Dec 3 (Reuters) - Austin, Texas-based Corvalis Semiconductor opened its largest design "
                        + "centre outside the United States in Hyderabad on Thursday. The campus was inaugurated by "
                        + "Telangana's chief minister, who said the state had drawn 1.4 trillion rupees of technology "
                        + "investment.", "en"))).contains("IN");
    }

    /** The host of talks between others is their venue, however the story names it: its capital, its ministry. */
    @Test
    void theHostOfTalksBetweenOthersIsTheirVenue() {
        assertThat(primary(tag("Armenia, Azerbaijan ministers meet in Abu Dhabi",
                "ABU DHABI, Dec 7 (Reuters) - The foreign ministers of Armenia and Azerbaijan met in the United Arab "
                        + "Emirates capital on Monday. The UAE foreign ministry, which hosted the talks, said it was "
                        + "ready to host further rounds.", "en"))).containsExactlyInAnyOrder("AM", "AZ");
    }

    /** The same in German and Spanish: the host gives only the rooms, the parties' adjective makes them the story. */
    @Test
    void theHostOfTalksIsTheirVenueInOtherLanguagesToo() {
        assertThat(primary(tag("Armenien und Aserbaidschan verhandeln in Genf",
                "Genf (dpa) - Armenien und Aserbaidschan haben am Montag in Genf Gespräche begonnen. Die Schweiz stellt "
                        + "lediglich die Räumlichkeiten zur Verfügung.", "de"))).containsExactlyInAnyOrder("AM", "AZ");
        assertThat(primary(tag("Las partes sudanesas retoman en Ginebra las conversaciones",
                "Ginebra, 7 dic (EFE).- Delegaciones del Ejército sudanés retomaron este lunes en Ginebra las "
                        + "conversaciones para abrir corredores humanitarios en Sudán.", "es"))).containsExactly("SD");
    }

    /**
     * Arabic wires too: talks between others in the capital of a third country are theirs, the dateline stays its
     * evidence; a dateline credited to its own country's agency is that country's officials at home, a party.
     */
    @Test
    void anArabicDatelineOfTalksBetweenOthersIsTheirVenue() {
        List<CountryTag> tags = tag("جولة جديدة من محادثات الأسرى اليمنية في مسقط",
                "مسقط (أ ف ب) - انطلقت في العاصمة العمانية الاثنين جولة جديدة من المفاوضات بين الأطراف اليمنية "
                        + "حول تبادل الأسرى.", "ar");
        assertThat(primary(tags)).containsExactly("YE");
        assertThat(tagOf(tags, "OM").mentions()).extracting(Mention::kind).contains("dateline");
        assertThat(primary(tag("سمو الأمير يتلقى اتصالا هاتفيا من الرئيس التركي",
                "الدوحة - قنا: تلقى سمو أمير البلاد اليوم اتصالا هاتفيا من الرئيس التركي جرى خلاله استعراض العلاقات.",
                "ar"))).contains("QA", "TR");
    }

    /** دوشنبه is also "Monday"; with the Tajik agency's credit after its date it is Dushanbe's dateline. */
    @Test
    void aDatelineWhoseNameIsAlsoAWordIsPlacedByItsAgencysCredit() {
        List<CountryTag> tags = tag("واحد سوم نیروگاه به شبکه پیوست",
                "دوشنبه، ۷ دسامبر /خاور/. واحد سوم نیروگاه برق‌آبی امروز به شبکه برق سراسری پیوست.", "fa");
        assertThat(primary(tags)).containsExactly("TJ");
        assertThat(tagOf(tags, "TJ").mentions()).extracting(Mention::kind).containsExactly("dateline");
        assertThat(all(tag("جلسه هیئت دولت", "دوشنبه، رئیس‌جمهور در جلسه هیئت دولت درباره بودجه سخن گفت.", "fa")))
                .doesNotContain("TJ");
    }

    /** Any agency's credit after the date, not only the national one's, makes such a name the dateline's place. */
    @Test
    void aDatelineWhoseNameIsAlsoAWordIsPlacedByAnyAgencysCreditAfterItsDate() {
        List<CountryTag> tags = tag("گرمایش ساختمان‌ها", "دوشنبه، ۱۱ دسامبر - اسپوتنیک. مسئولان شرکت گرمایی اعلام کردند "
                + "که همه ساختمان‌های مسکونی پایتخت گرما دریافت می‌کنند.", "fa");
        assertThat(primary(tags)).containsExactly("TJ");
        assertThat(tagOf(tags, "TJ").mentions()).extracting(Mention::text).containsExactly("دوشنبه");
        assertThat(all(tag("بودجه", "دوشنبه، ۱۱ دسامبر ۱۴۰۲ وزیر اقتصاد درباره بودجه سخن گفت.", "fa")))
                .doesNotContain("TJ");
    }

    @Test
    void aListeningPostIsReadInTheOtherCasedLanguagesToo() {
        assertThat(primary(tag("Kazakhstan : le gouvernement limogé",
                "MOSCOU, 15 mars (AFP) - Le président du Kazakhstan a limogé samedi l'ensemble du gouvernement.", "fr")))
                .containsExactly("KZ");
        assertThat(primary(tag("Kazakhstan : le gouvernement limogé",
                "MOSCOU, 15 mars (AFP) - Le président kazakh a limogé son gouvernement, selon un décret relayé par les "
                        + "agences russes.", "fr"))).containsExactly("KZ");
    }

    /**
     * The agencies' style books write a home town bare and a foreign town of the same name with its country: a
     * dateline city of several places credited to EFE is Spain's, to AFP France's, unless its country is written.
     */
    @Test
    void aDatelineCityOfSeveralPlacesIsInTheCreditedAgencysHomeCountry() {
        assertThat(all(tag("Cortes de tráfico en Córdoba",
                "CÓRDOBA, 7 mar (EFE).- El Ayuntamiento de Córdoba cortará al tráfico el casco histórico.", "es")))
                .containsExactly("ES");
        assertThat(all(tag("Cortes de tráfico", "VALENCIA, 14 mar (EFE).- El Ayuntamiento cortará el tráfico.", "es")))
                .containsExactly("ES");
        assertThat(primary(tag("Sequía en la provincia",
                "CÓRDOBA (Argentina), 4 mar (EFE).- La falta de lluvias reducirá la cosecha de soja.", "es")))
                .containsExactly("AR");
        // without an agency the bigger place stands
        assertThat(all(tag("Sequía", "CÓRDOBA, 4 mar - La falta de lluvias reducirá la cosecha de soja.", "es")))
                .containsExactly("AR");
    }

    /**
     * An agency whose style closes the dateline with a full stop after its credit, not a dash (AZERTAC, Andina): the
     * place before the date is the dateline; a bracket after a sentence's first name with no date before it is not.
     */
    @Test
    void aDatelineClosedByAFullStopAfterTheAgencysCreditIsADateline() {
        assertThat(dateline(tag("Neftçi transfer", "Bakü, 8 Aralık (AZERTAC). Neftçi, Brezilyalı orta saha oyuncusu "
                + "Thiago Ramos ile sözleşme imzaladı.", "tr")).text()).isEqualTo("Bakü");
        assertThat(dateline(tag("Surf", "Lima, dic. 8 (ANDINA). La tabla peruana Micaela Quispe se consagró campeona.",
                "es")).text()).isEqualTo("Lima");
        assertThat(mentions(tag("x", "Lima (Andina). La ciudad celebra su aniversario con desfiles.", "es")))
                .noneMatch(m -> "dateline".equals(m.kind()));
    }

    /** An agency writes a home town bare and a foreign one with its country: a town nobody knows is one at home. */
    @Test
    void anUnknownTownBareBeforeANationalAgencysCreditIsAtHome() {
        var tags = tag("Horlogerie", "DELÉMONT, 5 décembre (ATS) - Le fabricant va supprimer 80 postes.", "fr");
        assertThat(primary(tags)).containsExactly("CH");
        Mention m = dateline(tags);
        assertThat(m.text()).isEqualTo("DELÉMONT");
        assertThat(primary(tag("Internet", "Penig (dpa/sn) - Im Ortsteil ist das Glasfasernetz in Betrieb.", "de")))
                .containsExactly("DE");
        // without a national agency's credit an unknown word before a dash is no dateline
        assertThat(all(tag("Internet", "Penig - Im Ortsteil ist das Glasfasernetz in Betrieb.", "de"))).isEmpty();
        assertThat(all(tag("Fire", "GLENFIELD (Reuters) - A fire destroyed a warehouse.", "en"))).isEmpty();
    }

    /** Lebanon's agency opens with its name, then the place: "وطنية - طرابلس -" is Lebanon's Tripoli. */
    @Test
    void anAgencyOpeningTheLineCreditsTheTownAfterIt() {
        var tags = tag("بلدية طرابلس", "وطنية - طرابلس - عقد المجلس البلدي لمدينة طرابلس جلسة استثنائية.", "ar");
        assertThat(primary(tags)).containsExactly("LB");
        assertThat(dateline(tags).text()).isEqualTo("طرابلس");
    }

    /** Arab national agencies credit a home town or province bare after it: "ديالى - واع", "إفران - (ومع) -". */
    @Test
    void anArabAgencysShortCreditAfterAnUnknownPlaceIsAtHome() {
        var tags = tag("الحمضيات", "ديالى - واع توقعت مديرية الزراعة أن يرتفع إنتاج الحمضيات هذا الموسم.", "ar");
        assertThat(primary(tags)).containsExactly("IQ");
        assertThat(dateline(tags).text()).isEqualTo("ديالى");
        assertThat(primary(tag("الثلوج", "إفران - (ومع) - عبأت السلطات الإقليمية آليات لإزاحة الثلوج.", "ar")))
                .containsExactly("MA");
        assertThat(primary(tag("الثلوج", "إفران - و م ع - عبأت السلطات الإقليمية آليات لإزاحة الثلوج.", "ar")))
                .containsExactly("MA");
        assertThat(primary(tag("السوق القديم", "وطنية - صور - أطلقت البلدية ورشة لإعادة تأهيل السوق القديم.", "ar")))
                .containsExactly("LB");
        // without the credit an unknown word before a dash is no dateline
        assertThat(all(tag("الحمضيات", "ديالى - توقعت مديرية الزراعة أن يرتفع إنتاج الحمضيات.", "ar"))).isEmpty();
    }

    @Test
    void aDepartementInBracketsAfterATownInTheBodyIsTheDepartementThroughout() {
        var tags = tag("Grève", "Les salariés ont entamé une grève contre la fermeture de leur usine de Châtellerault"
                + " (Vienne), qui emploie 280 personnes. La préfecture de la Vienne a reçu les syndicats.", "fr");
        assertThat(all(tags)).containsExactly("FR");
    }

    @Test
    void anAgencysHomeProvinceInBracketsIsAtHome() {
        List<CountryTag> tags = tag("Huelga",
                "PONFERRADA (LEÓN), 8 Dic. (EUROPA PRESS) - La plantilla ha secundado la huelga.", "es");
        assertThat(primary(tags)).containsExactly("ES");
        // León is also a department of Nicaragua: the bracketed name is the Spanish town's province, not that one
        assertThat(all(tags)).containsExactly("ES");
    }

    /**
     * A wire writes its home towns bare, and foreign capitals too: a capital that only smaller towns at home share is
     * the capital, a home town bigger than it is the home town, and another country's name is that country.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|VIENNE, 7 déc (AFP) - Les autorités ont annoncé lundi un nouveau plan de transports publics.|AT",
            "fr|VIENNE (Isère), 7 déc (AFP) - Les autorités ont annoncé lundi un nouveau plan de transports.|FR",
            "de|Monaco (dpa) - Die Behörden haben am Montag einen neuen Plan für den Nahverkehr angekündigt.|MC",
            "es|CÓRDOBA, 7 dic (EFE).- Las autoridades anunciaron el lunes un nuevo plan de transporte público.|ES"})
    void aBareForeignCapitalIsTheCapitalUnlessAHomeTownIsBigger(String language, String body, String code) {
        assertThat(primary(tag("x", body, language))).containsExactly(code);
    }

    /**
     * A name that is a US state's and a country's (Georgia) after a dateline's town is the state where the town lies
     * in it or is unknown, and the country where the town is that country's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ALBANY, Georgia, Dec 7 (Reuters) - Officials said on Monday the plant would close next year.|US",
            "ATHENS, Georgia (AP) — Officials said on Monday the plant would close next year.|US",
            "MILLBROOK, Georgia, Dec 7 (Reuters) - Officials said on Monday the plant would close next year.|US",
            "BATUMI, Georgia, Dec 7 (Reuters) - Officials said on Monday the port would expand next year.|GE",
            "TBILISI, Georgia (AP) — Officials said on Monday the plant would close next year.|GE"})
    void aStateNamedLikeACountryAfterADatelinesTownIsReadByTheTown(String body, String code) {
        List<CountryTag> tags = tag("Plant to close", body, "en");
        assertThat(all(tags)).containsExactly(code);
        assertThat(primary(tags)).containsExactly(code);
    }

    @Test
    void aStateNamedLikeACountryAfterATownInTheBodyIsTheState() {
        List<CountryTag> tags = tag("Plant to close",
                "Officials in Albany, Georgia, said on Monday the plant would close next year.", "en");
        assertThat(all(tags)).containsExactly("US");
    }

    /** AFP sets the département after a French town: it places the town, known or not, and its other mentions. */
    @Test
    void aDepartementInBracketsPlacesTheTownInFrance() {
        List<CountryTag> valence = tag("Valence : l'usine de papier menacée",
                "VALENCE (Drôme), 18 mars (AFP) - Les salariés d'une papeterie de Valence ont appris mardi la nouvelle.",
                "fr");
        assertThat(all(valence)).containsExactly("FR");
        List<CountryTag> caussade = tag("Le chapeau fait son retour",
                "CAUSSADE (Tarn-et-Garonne), 24 mars (AFP) - Les chapeliers de Caussade voient leurs commandes bondir.",
                "fr");
        assertThat(primary(caussade)).containsExactly("FR");
        assertThat(dateline(caussade).text()).isEqualTo("Tarn-et-Garonne");
        assertThat(all(tag("Usine", "Une papeterie de Valence (Drôme) va fermer.", "fr"))).containsExactly("FR");
    }

    /** The credit line that closes a wire story names where its reporters sit, not where the story happens. */
    @Test
    void aPlaceInTheWiresCreditLineIsNoEvidence() {
        assertThat(all(tag("Gold hits record as investors seek safety",
                "Oct 18 (Reuters) - Gold prices hit a record high on Friday as investors sought safety. "
                        + "(Reporting by Anita Rao in Bengaluru; Editing by Paul Dunn)", "en"))).doesNotContain("IN");
    }

    /** A town placed by its state in the dateline is that town wherever the story names it again. */
    @Test
    void aTownPlacedByItsStateIsThatTownThroughout() {
        List<CountryTag> tags = tag("Lebanon council approves new fire station",
                "LEBANON, Ohio — Lebanon City Council voted 6-1 on Tuesday to build a second fire station.", "en");
        assertThat(all(tags)).containsExactly("US");
    }

    @Test
    void aDatelineCountryTheStoryIsAlsoAboutStaysPrimary() {
        assertThat(primary(tag("BRITAIN AND PAKISTAN SIGN WHEAT DEAL",
                "LONDON, May 5 - Britain will sell 100,000 tonnes of soft wheat to Pakistan, dealers in London said.",
                "en"))).contains("GB", "PK");
    }

    @Test
    void aUsCityWithItsStateAbbreviationIsTheUnitedStates() {
        String body = "PORTLAND, Ore., Feb 26 (Reuters) - A utility restored gas to 3,000 homes after a leak, officials said.";
        List<CountryTag> tags = tag("Gas restored after leak", body, "en");
        assertThat(primary(tags)).containsExactly("US");
        Mention d = dateline(tags);
        assertThat(d).isEqualTo(new Mention("PORTLAND", 0, 8, "body", "dateline"));
        assertThat(body.substring(d.start(), d.end())).isEqualTo(d.text());
    }

    @Test
    void ofTwoPlacesJoinedByASlashTheFirstIsTheDateline() {
        String body = "PARIS/BRUSSELS (Reuters) - Le gouvernement a présenté lundi un nouveau budget.";
        List<CountryTag> tags = tag("Nouveau budget", body, "fr");
        assertThat(primary(tags)).containsExactly("FR");
        assertThat(dateline(tags)).isEqualTo(new Mention("PARIS", 0, 5, "body", "dateline"));
    }

    @Test
    void aGermanGenitiveStillNamesTheCountry() {
        List<CountryTag> tags = tag("Reform in Paris", "Der Präsident Frankreichs hat am Montag eine Reform angekündigt.", "de");
        assertThat(primary(tags)).containsExactly("FR");
    }

    @Test
    void anUnknownTownIsPlacedByTheStateAfterIt() {
        String body = "HAMTRAMCKVILLE, MICH. — Ford Motor Co said on Tuesday it would hire 500 workers at a plant.";
        List<CountryTag> tags = tag("Ford to hire 500", body, "en");
        assertThat(primary(tags)).containsExactly("US");
        assertThat(dateline(tags)).isEqualTo(new Mention("MICH.", 16, 21, "body", "dateline"));
    }

    /** CNN closes its dateline with the credit alone, no dash: "Hong Kong (CNN Business) A muddled view …". */
    @Test
    void aDatelineClosedByCnnsCreditAlone() {
        String body = "Hong Kong (CNN Business) A muddled view of trade talks is weighing on investors.";
        List<CountryTag> tags = tag("Investors are unsure what to make of the talks", body, "en");
        assertThat(primary(tags)).containsExactly("HK");
        assertThat(dateline(tags)).isEqualTo(new Mention("Hong Kong", 0, 9, "body", "dateline"));
        // any other bracket before a capital is no dateline
        assertThat(tag("Vote", "Moldova (population 2.5 million) Votes on Sunday.", "en"))
                .flatExtracting(CountryTag::mentions).extracting(Mention::kind).doesNotContain("dateline");
    }

    @Test
    void aCityThatStandsAloneInWireDatelinesCarriesItsState() {
        // the fixture has Saint Louis in Missouri and Saint-Louis in Senegal, neither dwarfing the other
        String body = "ST. LOUIS, March 3 - A brewer said fourth quarter profit rose 24 pct on higher beer prices.";
        List<CountryTag> tags = tag("Brewer's profit rises", body, "en");
        assertThat(all(tags)).containsExactly("US");
        assertThat(dateline(tags)).isEqualTo(new Mention("ST. LOUIS", 0, 9, "body", "dateline"));
        assertThat(all(tag("Port reopens", "SAINT-LOUIS, Senegal (AFP) - The river port reopened on Monday.", "en")))
                .containsExactly("SN");
    }

    /**
     * Wires write a foreign capital bare and set any other town of its name with its state or country: a bare
     * SAN JOSE is Costa Rica's though California's is bigger, a bare KINGSTON Jamaica's (also Norfolk Island's
     * capital, and a word the English articles are not read for), a bare SANTIAGO Chile's, credited to AFP too.
     */
    @Test
    void aBareForeignDatelineIsTheNationalCapitalOfThatName() {
        String profit = ", March 3 - The coffee exporter said its profit rose 12 pct on higher prices.";
        assertThat(all(tag("Exporter's profit rises", "SAN JOSE" + profit, "en"))).containsExactly("CR");
        assertThat(all(tag("Exporter's profit rises", "SAN JOSE, Calif." + profit, "en"))).containsExactly("US");
        assertThat(all(tag("Exporter's profit rises", "KINGSTON" + profit, "en"))).containsExactly("JM");
        assertThat(all(tag("Exporter's profit rises", "GEORGETOWN" + profit, "en"))).containsExactly("GY");
        List<CountryTag> santiago = tag("Exporter's profit rises", "SANTIAGO" + profit, "en");
        assertThat(all(santiago)).containsExactly("CL");
        assertThat(dateline(santiago)).isEqualTo(new Mention("SANTIAGO", 0, 8, "body", "dateline"));
        // an international agency's credit changes nothing where its country has no town of the name
        assertThat(all(tag("Exporter's profit rises", "SANTIAGO (AFP) - The exporter said its profit rose.", "en")))
                .containsExactly("CL");
    }

    /** A country's name that is also a bigger city abroad is that city as a dateline: El Salvador's is SAN SALVADOR. */
    @Test
    void aCountrysNameThatIsABiggerCityAbroadIsThatCityInADateline() {
        List<CountryTag> tags = tag("Cocoa showers continue",
                "SALVADOR, Feb 26 - Showers continued throughout the week in the cocoa zone, the trade commission said.",
                "en");
        assertThat(all(tags)).containsExactly("BR");
        assertThat(all(tag("Coffee harvest ends", "SAN SALVADOR, Feb 26 - The coffee harvest ended early.", "en")))
                .containsExactly("SV");
    }

    @Test
    void newfoundlandAloneIsTheCanadianProvinceAfterACity() {
        List<CountryTag> tags = tag("Fish plant to reopen",
                "ST. JOHN'S, Newfoundland, April 3 - A fish plant will reopen in May, the owner said.", "en");
        assertThat(primary(tags)).containsExactly("CA");
        assertThat(all(tags)).doesNotContain("JE", "AG");
    }

    /** A byline may name its outlet behind a bar before the dateline. */
    @Test
    void aBylinesOutletBehindABarComesBeforeTheDateline() {
        assertThat(dateline(tag("Dam repairs", "By Robert Ames | Olean Times Herald CUBA, N.Y. — Residents around the "
                + "lake will live with low water for another summer.", "en")).text()).isEqualTo("CUBA");
        assertThat(primary(tag("Buyouts approved", "By Elena Cruz | Houston Chronicle HOUSTON — County commissioners "
                + "approved buyouts for flood-prone homes on Tuesday.", "en"))).containsExactly("US");
    }

    /** A bare foreign capital's dateline is written as the capital writes its name: GEORGE TOWN is Penang's. */
    @Test
    void aCapitalsDatelineIsWrittenAsTheCapitalsName() {
        assertThat(primary(tag("Floods", "GEORGETOWN (Reuters) - Floods forced hundreds from their homes, the "
                + "government said.", "en"))).containsExactly("GY");
        assertThat(all(tag("Lane closures", "GEORGE TOWN: Motorists face six weeks of lane closures in Penang while "
                + "the council replaces drains.", "en"))).containsExactly("MY");
    }

    @Test
    void aTownNamedAfterACountryIsInTheStateOfItsDateline() {
        assertThat(all(tag("Foundry to close", "PERU, Ind., April 7 - A foundry said it would close in July.", "en")))
                .containsExactly("US");
        assertThat(all(tag("Poultry plant expands", "ATHENS, Ga. (AP) — A poultry processor will add 300 jobs.", "en")))
                .containsExactly("US");
        // La Presse canadienne abbreviates the province in French: Irlande is a Quebec municipality
        assertThat(all(tag("Irlande interdit les camions lourds", "IRLANDE, Qc — Le conseil municipal a adopté lundi un "
                + "règlement qui interdit les véhicules lourds pendant le dégel.", "fr"))).containsExactly("CA");
    }

    @Test
    void aBylineBeforeTheDatelineIsSkipped() {
        String ownLine = "By Jane Q. Doe\nBUDAPEST, Jan 5 (Reuters) - The central bank kept its base rate on Tuesday.";
        List<CountryTag> tags = tag("Rates on hold", ownLine, "en");
        assertThat(primary(tags)).containsExactly("HU");
        assertThat(dateline(tags)).isEqualTo(new Mention("BUDAPEST", 15, 23, "body", "dateline"));
        String sameLine = "By Ana Ocampo MANILA, Jan 20 (Reuters) - A typhoon forced 200,000 people from their homes.";
        assertThat(dateline(tag("Typhoon", sameLine, "en"))).isEqualTo(new Mention("MANILA", 14, 20, "body", "dateline"));
        // "By" that opens a sentence is no byline
        assertThat(all(tag("Vote", "By Tuesday the council had voted.", "en"))).isEmpty();
    }

    @Test
    void aCityAndADateIsEnough() {
        List<CountryTag> tags = tag("Clinic shooting", "CLEVELAND, Feb 26 - Police said a gunman shot two people at a clinic.", "en");
        assertThat(primary(tags)).containsExactly("US");
        assertThat(dateline(tags).text()).isEqualTo("CLEVELAND");
    }

    @Test
    void theRegionAfterTheCityChoosesAmongPlacesOfOneName() {
        assertThat(primary(tag("Storm damage", "PARIS, Texas (AP) — A storm tore roofs off two schools overnight.", "en")))
                .containsExactly("US");
        assertThat(primary(tag("Tempête à Paris", "PARIS (Texas), 3 mars (AFP) - Une tempête a arraché des toits.", "fr")))
                .containsExactly("US");
        List<CountryTag> lebanon = tag("Rain fell", "LEBANON, Pa., March 3 (Reuters) - Heavy rain closed roads.", "en");
        assertThat(all(lebanon)).containsExactly("US");
        assertThat(dateline(lebanon).text()).isEqualTo("LEBANON");
    }

    @Test
    void theDatelineIsPrimaryEvenWhenTheStoryIsAboutAnotherCountry() {
        List<CountryTag> tags = tag("Allies meet", "WARSAW (Reuters) - Ukraine asked its allies for "
                + "more air defence on Monday.", "en");
        assertThat(primary(tags)).contains("PL", "UA");
    }

    /**
     * A dateline at an international body's seat, on that body's business, is a venue: the WHO's Geneva, the IAEA's
     * Vienna. The host country named any other way (Swiss voters) keeps it primary.
     */
    @Test
    void anInternationalBodysSeatIsItsVenue() {
        List<CountryTag> who = tag("Measles cases rise", "GENEVA (Reuters) - The World Health Organization said on "
                + "Thursday that measles cases rose by a fifth last year.", "en");
        assertThat(primary(who)).isEmpty();
        assertThat(tagOf(who, "CH").mentions()).extracting(Mention::kind).containsExactly("dateline");
        assertThat(primary(tag("Совет МАГАТЭ обсудит бюджет", "ВЕНА, 10 ноя — РИА Новости. Совет управляющих МАГАТЭ "
                + "начнет в понедельник очередную сессию.", "ru"))).isEmpty();
        assertThat(primary(tag("Ukraine asks EU ministers for air defence", "BRUSSELS (Reuters) - Ukraine asked "
                + "European Union ministers for more air defence on Monday.", "en"))).containsExactly("UA");
        assertThat(primary(tag("Swiss vote on health costs", "GENEVA (Reuters) - Swiss voters backed a cap on health "
                + "insurance costs, a WHO adviser said.", "en"))).containsExactly("CH");
        assertThat(primary(tag("Rain closes schools", "GENEVA (Reuters) - Heavy rain closed schools across the city "
                + "on Monday.", "en"))).containsExactly("CH");
        assertThat(primary(tag("World Rugby to trial six-man benches", "DUBLIN, Dec 10 (Reuters) - World Rugby will "
                + "trial limiting teams to six replacements, the sport's governing body said on Thursday.", "en"))).isEmpty();
    }

    /** The 1980s wire archives' bodies: GATT in Geneva, the European Community in Brussels, the ICO in London. */
    @Test
    void theEightiesBodiesSeatsAreTheirVenues() {
        assertThat(primary(tag("GATT COUNCIL MEETS", "GENEVA, March 2 - The GATT council met to discuss the Uruguay "
                + "round of trade talks. Reuter", "en"))).isEmpty();
        assertThat(primary(tag("EC FARM MINISTERS MEET", "BRUSSELS, March 2 - European Community farm ministers "
                + "failed to agree on prices, EC officials said. Reuter", "en"))).isEmpty();
        assertThat(primary(tag("COFFEE QUOTA TALKS BREAK DOWN", "LONDON, March 2 - International Coffee Organization "
                + "talks on export quotas broke down, delegates said. Brazil refused a cut. Reuter", "en")))
                .containsExactly("BR");
        assertThat(primary(tag("U.K. MONEY MARKET GIVEN HELP", "LONDON, March 2 - The Bank of England provided the "
                + "money market with help in the morning session. Reuter", "en"))).containsExactly("GB");
    }

    /** A Canadian team at a US dateline is Canada's side, not a US town of its city's name. */
    @Test
    void aCanadianTeamAtAUsDatelineIsCanadas() {
        assertThat(primary(tag("Kowalski blanks Kraken as Canucks win 3-0", "SEATTLE (AP) — Jared Kowalski made 34 saves "
                + "and the Vancouver Canucks beat the Seattle Kraken 3-0 on Wednesday night. Vancouver moved into second "
                + "place.", "en"))).containsExactlyInAnyOrder("CA", "US");
    }

    /** Arabic and Persian seats are read folded, with their clitics; New York seats the Security Council. */
    @Test
    void anInternationalBodysSeatIsItsVenueInArabicPersianAndNewYork() {
        assertThat(primary(tag("مجلس الأمن يبحث الوضع في الحديدة", "نيويورك (رويترز) - عقد مجلس الأمن الدولي جلسة "
                + "طارئة لبحث الوضع الإنساني في الحديدة باليمن.", "ar"))).containsExactly("YE");
        assertThat(primary(tag("ادامه گفت‌وگوهای ایران و آژانس", "وین- ایرنا- دور تازه گفت‌وگوهای ایران و آژانس "
                + "بین‌المللی انرژی اتمی امروز در وین آغاز شد.", "fa"))).containsExactly("IR");
        assertThat(primary(tag("Security Council meets on Yemen", "NEW YORK (Reuters) - The U.N. Security Council met "
                + "on Friday to discuss the fighting around Hodeidah in Yemen.", "en"))).containsExactly("YE");
    }

    /** A listening post's own city named again where the news was picked up ("captada en Madrid") is still the post. */
    @Test
    void aListeningPostNamedAgainIsStillThePost() {
        assertThat(primary(tag("Guinea Ecuatorial remodela su Gobierno", "MADRID, 21 nov (EFE).- El Gobierno de "
                + "Guinea Ecuatorial anunció una remodelación de su gabinete, según la radio nacional, captada en "
                + "Madrid.", "es"))).containsExactly("GQ");
        assertThat(primary(tag("Tausende protestieren in Georgien", "Moskau (dpa) - In Georgien sind nach Berichten "
                + "der Agentur Interfax Tausende Menschen auf die Straße gegangen.", "de"))).containsExactly("GE");
        // Turkish -daki makes the city the place of what the story is about: the return centre in Istanbul
        assertThat(primary(tag("Suriye'ye dönüşler hızlandı", "İSTANBUL (DHA) - İstanbul'daki geri dönüş merkezinden "
                + "ülkelerine dönen Suriyelilerin sayısı arttı.", "tr"))).contains("TR");
    }

    /**
     * A title that puts another country's story in the dateline city ("talks in Doha", "title in Dubai") makes the
     * city a venue; a title about the city itself, or the city's own club playing, keeps its country.
     */
    @Test
    void aTitleThatMeetsInTheDatelineCityMakesItAVenue() {
        assertThat(primary(tag("Sudan's warring sides resume truce talks in Doha", "DOHA: Delegations from Sudan's "
                + "army and the Rapid Support Forces resumed talks in Doha on Sunday, mediators said.", "en")))
                .containsExactly("SD");
        assertThat(primary(tag("HONG KONG DOLLAR FIRMS ON CHINESE INFLOWS", "HONG KONG, March 20 - The Hong Kong "
                + "dollar firmed as Chinese enterprises bought local currency, dealers said.", "en"))).contains("HK");
        assertThat(primary(tag("LNH : le Canadien l'emporte à Chicago", "CHICAGO — Le Canadien de Montréal a battu "
                + "les Blackhawks de Chicago 3-2 en prolongation, jeudi soir.", "fr"))).contains("CA", "US");
    }

    /**
     * The post's country named only to say where the post is ("the Ethiopian capital", a German compound naming the
     * story's country) leaves the post a venue; the dateline's own neighbour ("ABUJA — Nigeria's …") does not.
     */
    @Test
    void aPostDescribedOnlyAsThePlaceOfTheMeetingIsAVenue() {
        assertThat(primary(tag("African Union calls for ceasefire in South Sudan", "ADDIS ABABA — African Union "
                + "leaders meeting in the Ethiopian capital called for a ceasefire in South Sudan.", "en")))
                .containsExactly("SS");
        assertThat(primary(tag("Zypern-Gespräche in Genf ohne Durchbruch", "Genf (Reuters) - Die Gespräche über "
                + "eine Wiedervereinigung Zyperns sind in Genf ohne Durchbruch zu Ende gegangen.", "de")))
                .containsExactly("CY");
        assertThat(primary(tag("Falcons beat Ghana", "ABUJA — Nigeria's Super Falcons beat Ghana 2-0 on Tuesday.",
                "en"))).contains("NG", "GH");
    }

    /**
     * The country written into an AP dateline after its city ("SEOUL, South Korea (AP)") is the post too, and so is
     * the post's country named only as host or mediator of others' talks; a post city's club playing keeps it a side.
     */
    @Test
    void aPostsCountryInTheDatelineOrAsHostIsStillThePost() {
        assertThat(primary(tag("North Korea fires ballistic missile into sea", "SEOUL, South Korea (AP) — North Korea "
                + "fired a ballistic missile toward the sea off its eastern coast on Thursday.", "en")))
                .containsExactly("KP");
        assertThat(primary(tag("Armenian, Azerbaijani ministers meet on border", "DUBAI (Reuters) - The foreign "
                + "ministers of Armenia and Azerbaijan met in Dubai on Thursday. The talks, hosted by the United Arab "
                + "Emirates, were the first at ministerial level this year.", "en"))).containsExactlyInAnyOrder("AM", "AZ");
        assertThat(primary(tag("Rusya ve Ukrayna heyetleri İstanbul'da görüştü", "İSTANBUL (AA) - Rusya ve Ukrayna "
                + "heyetleri esir takası için İstanbul'da bir araya geldi.", "tr"))).containsExactlyInAnyOrder("RU", "UA");
        assertThat(primary(tag("Inter Milan held in Madrid", "MADRID, Nov 26 (Reuters) - Inter Milan were held to a "
                + "1-1 draw by Atletico Madrid on Tuesday in the Champions League.", "en"))).contains("IT", "ES");
    }

    /** "The U.N. Human Rights Council": the initials do not end the first sentence, which names the seat's body. */
    @Test
    void initialsDoNotEndTheFirstSentence() {
        assertThat(primary(tag("U.N. rights council orders inquiry into killings", "GENEVA (Reuters) - The U.N. "
                + "Human Rights Council on Thursday voted to ask its fact-finding mission to investigate killings. The "
                + "mission has worked in Sudan since 2023.", "en"))).doesNotContain("CH");
    }

    /** TASS sets its credit between slashes: "КРАСНОДАР, 1 сентября. /ТАСС/." */
    @Test
    void aTassDatelineIsReadWithItsCredit() {
        List<CountryTag> tags = tag("Урожай риса", "КРАСНОДАР, 1 сентября. /ТАСС/. Урожай риса в этом году может "
                + "превысить 1 млн тонн.", "ru");
        assertThat(primary(tags)).containsExactly("RU");
        assertThat(dateline(tags).text()).isEqualTo("КРАСНОДАР");
        assertThat(primary(tag("Выставка", "ВАШИНГТОН, 3 марта. /Корр. ТАСС Иван Петров/. Выставка открылась.",
                "ru"))).containsExactly("US");
    }

    /**
     * TASS writes a small town's country between slashes ("ДАВОС /Швейцария/, 3 декабря. /ТАСС/."), and the story's
     * first sentence begins after the credit, not at the date's full stop: there the skier's World Cup result shows
     * a sports story, whose host is the venue.
     */
    @Test
    void aTassDatelinesRegionBetweenSlashesPlacesItsTown() {
        List<CountryTag> tags = tag("Казахстанская лыжница заняла второе место", "ДАВОС /Швейцария/, 3 декабря. /ТАСС/. "
                + "Казахстанская лыжница заняла второе место в спринте на этапе Кубка мира в Давосе.", "ru");
        assertThat(dateline(tags).text()).isEqualTo("Швейцария");
        assertThat(primary(tags)).containsExactly("KZ");
        assertThat(all(tags)).contains("CH");
    }

    /** "TRUJILLO (Cáceres)": a province named after its chief town places a town GeoNames knows only abroad. */
    @Test
    void aProvinceInBracketsNamedAfterItsTownPlacesTheDateline() {
        assertThat(primary(tag("Feria del Queso", "TRUJILLO (Cáceres), 28 abr (EFE).- La Feria Nacional del Queso "
                + "cerró con 95.000 visitantes.", "es"))).containsExactly("ES");
        assertThat(primary(tag("Protesta", "TRUJILLO (Reuters) - Cientos de agricultores protestaron.", "es")))
                .containsExactly("PE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|القاهرة - (رويترز) - قال مسؤولون إن الأسعار ارتفعت.|EG|القاهرة",
            "ar|الرياض: أعلنت الوزارة عن خطة جديدة.|SA|الرياض",
            "ar|عين اليوم – لندن\\nأعلنت الشركة عن نتائجها.|GB|لندن",
            "ar|القاهرة 25 شوال 1436 هـ أعلنت الوزارة.|EG|القاهرة",
            "fa|تهران- ایرنا- وزیر نفت گفت تولید افزایش یافت.|IR|تهران",
            "fa|به گزارش خبرگزاری فارس از تبریز، دمای هوا کاهش یافت.|IR|تبریز",
            "fa|به گزارش خبرگزاری فارس از تبریز به نقل از روابط عمومی منطقه آزاد، نمایشگاه آغاز شد.|IR|تبریز",
            "fa|دمای هوا امروز کاهش یافت.\\nبه گزارش خبرگزاری فارس از تبریز، بارش برف ادامه دارد.|IR|تبریز",
            "fa|مدیرکل ورزش برنامه‌ها را اعلام کرد.\\nاو امروز در گفت‌وگو با خبرنگار فارس در تبریز افزود.|IR|تبریز",
            "fr|PARIS, 3 mars (AFP) - Le gouvernement a présenté son budget.|FR|PARIS",
            "es|MADRID, 3 mar (EFE).- El Gobierno aprobó el presupuesto.|ES|MADRID",
            "ru|АЛМАТЫ. КАЗИНФОРМ – Власти города утвердили бюджет на три года.|KZ|АЛМАТЫ",
            "de|Berlin (dpa) - Die Regierung hat den Haushalt beschlossen.|DE|Berlin",
            "ru|МОСКВА, 3 мар — РИА Новости. Правительство утвердило бюджет.|RU|МОСКВА",
            "tr|İSTANBUL (AA) - Hükümet bütçeyi onayladı.|TR|İSTANBUL"})
    void datelinesInEveryLanguageWeRead(String language, String body, String code, String place) {
        String text = body.replace("\\n", "\n");
        List<CountryTag> tags = tag("x", text, language);
        Mention d = dateline(tags);
        assertThat(d.text()).isEqualTo(place);
        assertThat(text.substring(d.start(), d.end())).isEqualTo(place);
        assertThat(tagOf(tags, code).primary()).isTrue();
        assertThat(tagOf(tags, code).mentions()).contains(d);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Trump: tariffs on steel will stay in place, the White House said.",
            "Israel - Hamas talks resumed in Cairo on Monday.",
            "The minister said on Monday that talks with Turkey would resume - but gave no date."})
    void sentencesThatOpenWithANameAndADashAreNoDatelines(String body) {
        assertThat(mentions(tag("x", body, "en"))).noneMatch(m -> "dateline".equals(m.kind()));
    }

    @Test
    void onlyTheOpeningCharactersAreRead() {
        String body = "Officials met ".repeat(10) + "PARIS (AFP) - more talks.";
        assertThat(body.indexOf("PARIS")).isGreaterThan(DatelineReader.MAX_PREFIX);
        assertThat(mentions(tag("x", body, "en"))).noneMatch(m -> "dateline".equals(m.kind()));
    }
}
