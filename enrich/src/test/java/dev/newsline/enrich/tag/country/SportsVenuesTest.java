package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sporting event's host is its venue while athletes or teams of other countries are the story (SportsVenues). */
class SportsVenuesTest {

    @Test
    void anAthletesWinAbroadIsFiledUnderTheAthletesCountry() {
        var tags = tag("Kenya's Kiptoo wins Tokyo Marathon",
                "TOKYO, March 1 (Reuters) - Kenya's Daniel Kiptoo won the Tokyo Marathon on Sunday in 2 hours 4 minutes."
                        + " The 26-year-old pulled clear in the last five kilometres.", "en");
        assertThat(primary(tags)).containsExactly("KE");
        assertThat(all(tags)).contains("JP"); // still tagged, with its dateline as evidence
    }

    /** A stage race named after its host (the Giro de Italia, the Tour de France) is held there: the rider's story. */
    @Test
    void aStageRaceNamedAfterItsHostIsItsVenue() {
        assertThat(primary(tag("El colombiano Ospina gana la etapa reina", "El ciclista colombiano Brayan Ospina se "
                + "impuso este sábado en la etapa reina del Giro de Italia, con final en el Passo Fedaia.", "es")))
                .containsExactly("CO");
        assertThat(primary(tag("Un Colombien gagne l'étape reine", "Le cycliste colombien Brayan Ospina a remporté "
                + "samedi l'étape reine du Tour de France.", "fr"))).containsExactly("CO");
        // a tour of France's vineyards, in lower case, is no race
        assertThat(primary(tag("Vins", "Un tour de France des vignobles a commencé samedi à Bordeaux.", "fr")))
                .containsExactly("FR");
    }

    /** A dateline's abbreviated month ("Dec. 10") does not end the first sentence, where the event is told. */
    @Test
    void anAbbreviatedMonthInTheDatelineDoesNotHideTheEvent() {
        var tags = tag("Morishita leads in South Africa", "Malelane, South Africa, Dec. 10 (Kyodo) -- Japan's Kenta "
                + "Morishita fired a 65 on Thursday to lead after the first round of the championship at Leopard "
                + "Creek. South Africa's Pieter Nel was second.", "en");
        assertThat(primary(tags)).containsExactly("JP");
        assertThat(all(tags)).contains("ZA");
    }

    /** A boxer's weight class tells a fight night abroad: the host city is its venue. */
    @Test
    void aBoxersFightAbroadIsFiledUnderTheBoxersCountry() {
        var tags = tag("Danford confirmed for Riyadh card", "British heavyweight Reece Danford will fight on a card in "
                + "Riyadh on February 20, his promoters have confirmed.", "en");
        assertThat(primary(tags)).containsExactly("GB");
    }

    /** Persian too: a Tajik judoka's gold at a grand slam abroad is Tajikistan's story, the host its venue. */
    @Test
    void aTajikAthletesWinAbroadIsFiledUnderTajikistan() {
        var tags = tag("جودوکار تاجیک در گرند اسلم توکیو طلا گرفت",
                "توکیو، ۵ دسامبر /خاور/. جودوکار تاجیک در روز نخست مسابقات گرند اسلم توکیو صاحب مدال طلا شد.", "fa");
        assertThat(primary(tags)).containsExactly("TJ");
        assertThat(all(tags)).contains("JP");
    }

    /**
     * The combat, strength and artistic sports and the medals' metals tell the event too: a judoka's grand slam,
     * "gana oro", "завоевала золото".
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "fr|Judo : la Sénégalaise Awa Diouf sacrée à Tokyo|TOKYO, 8 déc (AFP) - La judoka sénégalaise Awa Diouf a "
                    + "remporté dimanche l'or au Grand Chelem de Tokyo.|SN|JP",
            "es|Judoca cubana gana oro en París|PARÍS, 5 feb (EFE).- La judoca cubana Idalys Pérez ganó el oro en el "
                    + "Grand Slam de París.|CU|FR",
            "ru|Российская дзюдоистка завоевала золото в Париже|ПАРИЖ, 5 февраля. /ТАСС/. Российская дзюдоистка Анна "
                    + "Петрова завоевала золото на турнире Большого шлема в Париже.|RU|FR"})
    void aCombatOrStrengthSportsWinAbroadIsFiledUnderTheAthletesCountry(String language, String title, String body,
                                                                     String athlete, String host) {
        var tags = tag(title, body, language);
        assertThat(primary(tags)).containsExactly(athlete);
        assertThat(all(tags)).contains(host);
    }

    /**
     * A film's or an artist's night at a festival abroad is filed under the country the title names, the host being
     * its venue; a story of the festival itself, whose lead names its jury's nationality, stays the host's.
     */
    @Test
    void aFilmsFestivalAbroadIsFiledUnderTheFilmsCountryAndTheFestivalsOwnStoryUnderItsHost() {
        var premiere = tag("Österreichischer Film feiert Premiere in Venedig", "Venedig (APA) - Der österreichische "
                + "Spielfilm \"Der Berg\" hat am Dienstag beim Filmfestival in Venedig seine Weltpremiere gefeiert.",
                "de");
        assertThat(primary(premiere)).containsExactly("AT");
        var biennale = tag("Nigerian artist wins Venice Biennale award", "VENICE, Italy (AP) — A Nigerian sculptor won "
                + "the Golden Lion at the Venice Biennale on Saturday.", "en");
        assertThat(primary(biennale)).containsExactly("NG");
        assertThat(all(biennale)).contains("IT");
        var jury = tag("Cannes festival names jury", "PARIS (Reuters) - The Cannes Film Festival named its jury on "
                + "Tuesday, led by an American actress.", "en");
        assertThat(primary(jury)).containsExactly("FR");
    }

    /** A country's firms at a trade fair abroad, and its musicians at a concert there, are filed under it. */
    @Test
    void aFairOrAConcertAbroadIsFiledUnderTheCountryTheTitleNames() {
        var fair = tag("Türk inşaat firmaları Almatı'daki fuarda", "ALMATI (AA) - Türkiye'den 62 inşaat malzemesi "
                + "firması, Almatı'da düzenlenen uluslararası yapı fuarında ürünlerini sergiliyor.", "tr");
        assertThat(primary(fair)).containsExactly("TR");
        assertThat(all(fair)).contains("KZ");
        var concert = tag("Polish pianist's concert in Vienna sold out", "VIENNA, Dec 5 (Reuters) - A Polish pianist "
                + "played to a full house at a concert in Vienna's Musikverein on Saturday.", "en");
        assertThat(primary(concert)).containsExactly("PL");
    }

    /** An agency's artists abroad, reported from home: the dateline's country is the side, the host its venue. */
    @Test
    void anAgencysArtistsAbroadReportedFromHomeAreItsCountrys() {
        var tags = tag("K-pop band NOVA7 ends European tour with sold-out Paris shows", "SEOUL, June 9 (Yonhap) -- K-pop "
                + "boy band NOVA7 wrapped up the European leg of its world tour with two sold-out concerts in Paris over "
                + "the weekend, its agency said Sunday.", "en");
        assertThat(primary(tags)).containsExactly("KR");
        assertThat(all(tags)).contains("FR");
    }

    /** The host placed up front stays the venue when one of its own athletes is named further down. */
    @Test
    void aHostWhoseRunnerFinishesThirdIsStillTheVenue() {
        var tags = tag("Uganda's Akena wins cross-country race in Spain",
                "BURGOS, Spain, Dec 5 (AFP) - Uganda's Moses Akena won an international cross-country race in the "
                        + "northern Spanish city of Burgos on Saturday. Spain's Iker Salazar was third.", "en");
        assertThat(primary(tags)).containsExactly("UG");
        assertThat(all(tags)).contains("ES");
    }

    /** A town the title puts the event "in" places the host up front as much as its country's name would. */
    @Test
    void aHostTownInTheTitleStaysTheVenueBesideARivalFromThere() {
        var tags = tag("Colombian cyclist Ospina wins elimination race in London",
                "BOGOTA, Dec 8 (Reuters) - Colombian track cyclist Valentina Ospina won the elimination race of the "
                        + "Track Champions League in London on Saturday. She passed a British rider in the last "
                        + "sprint.",
                "en");
        assertThat(primary(tags)).containsExactly("CO");
        assertThat(all(tags)).contains("GB");
    }

    /** "The Japanese women's tour" names the event's host, not a side. */
    @Test
    void theHostsAdjectiveBeforeTheTourIsTheVenue() {
        var tags = tag("Filipina golfer Santos wins first title in Japan",
                "MANILA - Filipina golfer Bea Santos won her first title on the Japanese women's tour on Saturday, "
                        + "finishing two strokes clear at a tournament in Kochi.", "en");
        assertThat(primary(tags)).containsExactly("PH");
    }

    @Test
    void theHostNamedInBracketsAfterTheDatelineIsAVenueToo() {
        var tags = tag("Biathlon : Chastel remporte l'individuel de Stockholm",
                "STOCKHOLM (Suède), 3 déc (AFP) - La Française Léa Chastel a remporté jeudi l'individuel de Coupe du"
                        + " monde de biathlon. Elle a devancé deux rivales de 31 secondes.", "fr");
        assertThat(primary(tags)).containsExactly("FR");
    }

    @Test
    void theAthleteNamedAsANationalityIsTheSideAndTheDatelinesCountryTheVenue() {
        // "Le Suisse Noé Bussard": an article before the nationality, so no given name even though "Noé" recurs
        var tags = tag("Ski alpin : le Vaudois Noé Bussard remporte la descente",
                "BEAVER CREEK (Etats-Unis), 3 déc (AFP) - Le Suisse Noé Bussard a remporté jeudi la descente, la "
                        + "première victoire de sa carrière en Coupe du monde. Noé Bussard a devancé un Autrichien.",
                "fr");
        assertThat(primary(tags)).containsExactly("CH");
        assertThat(all(tags)).contains("US");
    }

    @Test
    void aHostNamedAfterAnArticleIsAVenueAndARunnerUpIsNoSide() {
        assertThat(primary(tag("Japan's Oshiro leads by two in the Bahamas", "NASSAU, Bahamas (AP) — Takumi Oshiro "
                + "of Japan shot an 8-under 64 on Thursday to take a two-stroke lead after the first round.", "en")))
                .containsExactly("JP");
        assertThat(primary(tag("Kenya's Kiptoo wins Tokyo Marathon", "TOKYO (Reuters) - Kenya's Daniel Kiptoo won "
                + "the Tokyo Marathon on Sunday, pulling clear of Ethiopia's Abebe Tadesse in the last kilometres.",
                "en"))).containsExactly("KE");
    }

    @Test
    void aClubNamedWordDeTownIsTheTownsClub() {
        var tags = tag("El Atlético de Madrid golea al Galatasaray", "El Atlético de Madrid goleó este miércoles 4-0 "
                + "al Galatasaray en la Liga de Campeones.", "es");
        assertThat(tags.stream().flatMap(t -> t.mentions().stream()).filter(m -> m.text().equals("Madrid"))
                .map(m -> m.kind())).containsOnly("club");
    }

    /** Spanish nationality adjectives and Swiss cantons' adjectives name the athlete's country (demonyms.tsv). */
    @Test
    void aSpanishOrCantonalAdjectiveNamesTheAthletesCountry() {
        assertThat(primary(tag("Oro para la ecuatoriana Quiñónez", "Doha, 4 dic (EFE).- La pesista ecuatoriana "
                + "Maritza Quiñónez conquistó este viernes la medalla de oro en la Copa del Mundo de halterofilia.",
                "es"))).containsExactly("EC");
        assertThat(primary(tag("Bündnerin Caduff gewinnt Slalom in Levi", "Levi (Keystone-SDA) - Die Bündnerin "
                + "Selina Caduff hat den Weltcup-Slalom im finnischen Levi gewonnen.", "de"))).containsExactly("CH");
    }

    /** Turkish news calls Turkey's athletes "milli" and names Turkey only further down. */
    @Test
    void aTurkishNationalAthleteIsTurkeysSide() {
        assertThat(primary(tag("Milli halterci Elif Durmaz dünya şampiyonu oldu", "Milli halterci Elif Durmaz, "
                + "Bahreyn'in başkenti Manama'da düzenlenen Dünya Halter Şampiyonası'nda altın madalya kazandı. 22 "
                + "yaşındaki sporcu kürsünün zirvesine çıktı. Durmaz, Türkiye'ye bu şampiyonadaki ilk altın madalyayı "
                + "kazandırdı.", "tr"))).containsExactly("TR");
    }

    @Test
    void aWinAtHomeStaysAtHome() {
        var tags = tag("Spain's Ortega takes the title in Madrid",
                "MADRID (AP) — Spain's Carlos Ortega won the Madrid tennis tournament on Sunday, beating a qualifier.",
                "en");
        assertThat(primary(tags)).containsExactly("ES");
    }

    @Test
    void aRivalBeatenIsASideNotAVenue() {
        // "venció a Países Bajos": the Spanish object marker, not "in"
        var tags = tag("Las Leonas vencieron a Países Bajos",
                "La selección argentina de hockey venció este jueves 3-1 a Países Bajos, vigente campeona olímpica,"
                        + " en Buenos Aires por el torneo de la Pro League.", "es");
        assertThat(primary(tags)).containsExactlyInAnyOrder("AR", "NL");
    }

    @Test
    void aRivalsNationalityFurtherDownDoesNotMakeTheHostAVenue() {
        var tags = tag("Home favourite wins Sydney Marathon",
                "SYDNEY, Australia (AAP) - Local runner Mia Hart won the Sydney Marathon on Sunday in her first attempt"
                        + " at the distance. She finished 40 seconds ahead of the field. A Canadian runner was third.",
                "en");
        assertThat(primary(tags)).containsExactly("AU");
    }

    @Test
    void aContractWonAbroadIsNoSportsStory() {
        List<String> codes = List.copyOf(primary(tag("Indian builder wins contract in Kenya",
                "An Indian construction group won a contract on Monday to build a 40-km road in Kenya.", "en")));
        assertThat(codes).contains("KE");
    }

    @Test
    void anArabicAthletesWinAtAnEventAbroadIsFiledUnderTheAthletesCountry() {
        var tags = tag("الدمرداش يتوج بلقب بطولة هونج كونج المفتوحة للإسكواش",
                "هونج كونج في 8 ديسمبر /أ ش أ/ توج اللاعب المصري يوسف الدمرداش بلقب بطولة هونج كونج المفتوحة"
                        + " للإسكواش بعد فوزه في المباراة النهائية.", "ar");
        assertThat(primary(tags)).containsExactly("EG");
        assertThat(all(tags)).contains("HK");
        // the same event, won by a home player, stays at home
        assertThat(primary(tag("لاعب يتوج بلقب بطولة هونج كونج المفتوحة",
                "هونج كونج في 8 ديسمبر /أ ش أ/ توج لاعب من هونج كونج بلقب البطولة المفتوحة للإسكواش.", "ar")))
                .containsExactly("HK");
    }

    @Test
    void theAthletesNationalityRightAfterTheDatelineDoesNotPlaceTheDatelineTown() {
        var tags = tag("Putri Anggraini wins Guwahati Masters title", "Jakarta (ANTARA) - Indonesian women's singles"
                + " shuttler Putri Anggraini arrived home on Tuesday after clinching the Guwahati Masters title in India.",
                "en");
        assertThat(primary(tags)).containsExactly("ID");
        assertThat(all(tags)).contains("IN");
    }

    /**
     * A pavilion at a fair abroad in Arabic and Persian (معرض, نمایشگاه) is filed under the exhibitor the title names,
     * the host a venue; foreign firms at a fair at home, where the story names the host country, leave it the story's.
     */
    @Test
    void aPavilionAtAFairAbroadIsFiledUnderTheExhibitorAndAFairAtHomeUnderItsHost() {
        var berlin = tag("جناح المملكة يفتتح مشاركته في معرض برلين الدولي للسياحة",
                "برلين 1 محرم 1437 هـ واس افتتح جناح المملكة العربية السعودية اليوم مشاركته في معرض برلين الدولي "
                        + "للسياحة بمشاركة 14 جهة حكومية وشركة سياحية.", "ar");
        assertThat(primary(berlin)).containsExactly("SA");
        assertThat(all(berlin)).contains("DE");
        var hannover = tag("گشایش غرفه ایران در نمایشگاه صنعتی هانوفر",
                "هانوفر - ایرنا - غرفه جمهوری اسلامی ایران در نمایشگاه صنعتی هانوفر با حضور ۳۸ شرکت ایرانی گشایش یافت.",
                "fa");
        assertThat(primary(hannover)).containsExactly("IR");
        var dammam = tag("20 شركة ألمانية تعرض منتجاتها في معرض بالدمام",
                "الدمام – عرضت 20 شركة ألمانية أحدث منتجاتها في معرض تنظمه غرفة الشرقية، وقال مندوب الصناعة الألمانية"
                        + " إن الشركات ترى في السوق السعودية فرصا كبيرة.", "ar");
        assertThat(primary(dammam)).contains("SA");
    }

    /** A Persian country named after "the city of" and a town the gazetteer lacks gives the town's address: a venue. */
    @Test
    void aCountryAfterAnUnknownTownIsItsAddress() {
        var candidates = WorldArticles.TAGGER.candidates(Articles.input("سرمربی استقلال: برای برد آمده‌ایم",
                "به گزارش خبرگزاری تسنیم، کاروان تیم فوتبال استقلال که بامداد دیروز وارد شهر قرشی ازبکستان شد، امروز "
                        + "آخرین تمرین خود را برگزار کرد.", "fa"));
        assertThat(candidates).filteredOn(c -> c.code().equals("UZ")).singleElement()
                .satisfies(c -> assertThat(c.reading().venue()).isTrue());
        assertThat(candidates).filteredOn(c -> c.code().equals("IR")).singleElement()
                .satisfies(c -> assertThat(c.reading().venue()).isFalse());
    }

    /** An event named after its host country (the Hong Kong Open, the Singapore Marathon) places the host there. */
    @Test
    void anEventNamedAfterItsHostIsItsVenue() {
        var open = tag("AUSTRALIAN WINS HONG KONG OPEN BY THREE SHOTS", "HONG KONG, Feb 22 - Australian Brett "
                + "Calloway shot a final-round 66 to win the Hong Kong Open golf championship by three strokes.", "en");
        assertThat(primary(open)).containsExactly("AU");
        assertThat(all(open)).contains("HK");
        var marathon = tag("Kenya's Kiprotich wins Singapore Marathon", "SINGAPORE, Dec 6 (AFP) - Kenya's Evans "
                + "Kiprotich won the Singapore Marathon on Sunday in 2hr 11min 42sec.", "en");
        assertThat(primary(marathon)).containsExactly("KE");
        // Persian writes the event's word before the host: اوپن هلند, the Dutch Open
        assertThat(primary(tag("طلای تکواندوکار کشورمان در اوپن هلند", "به گزارش خبرگزاری فارس، تکواندوکار کشورمان "
                + "در رقابت‌های اوپن هلند به مدال طلا رسید.", "fa"))).containsExactly("IR");
        // a country's name before another word is still a side: "Japan won the cup"
        assertThat(primary(tag("Japan beat Australia to win the cup", "DOHA, Jan 10 - Japan beat Australia 2-1 "
                + "to win the cup on Saturday.", "en"))).contains("JP", "AU");
    }

    /** A home nation's player ("England's Tom Kearsley", "Welshman Gareth Pryce") is a side of the match at home. */
    @Test
    void aHomeNationsPlayerIsASideNotAVenue() {
        var snooker = tag("UK Championship: Zhou beats Kearsley", "China's Zhou Wenhao reached the UK Championship "
                + "quarter-finals with a 6-4 win over England's Tom Kearsley in York.", "en");
        assertThat(primary(snooker)).containsExactlyInAnyOrder("CN", "GB");
        var welsh = tag("Zhou beats Pryce to reach UK Championship final", "China's Zhou Lianjie beat Welshman Gareth "
                + "Pryce 6-4 in York on Saturday to reach the final of the UK Championship.", "en");
        assertThat(primary(welsh)).containsExactlyInAnyOrder("CN", "GB");
    }

    /** English clubs that no big town names stand for their country alone. */
    @Test
    void anEnglishClubNamedAloneIsItsCountrys() {
        assertThat(primary(tag("Mensah double sinks Brentford", "Israel Mensah scored twice as Everton beat Brentford "
                + "2-0 to climb to ninth in the Premier League.", "en"))).containsExactly("GB");
    }

    /**
     * A club named by its first word and its town (Legia Varsovie) or by its town and its sport (Valencia Basket) is
     * a side of the match abroad; a stadium's sponsor is no side.
     */
    @Test
    void aClubAbroadIsASideAndAStadiumsSponsorIsNot() {
        assertThat(primary(tag("Servette s'incline face au Legia Varsovie", "Le Servette FC a été battu 1-2 par le "
                + "Legia Varsovie jeudi soir au Stade de Genève.", "fr"))).contains("PL");
        assertThat(primary(tag("El Valencia Basket cae en Estambul", "ESTAMBUL, 4 dic (EFE).- El Valencia Basket perdió "
                + "este jueves por 88-79 en la pista del Fenerbahçe.", "es"))).contains("ES");
        var palmeiras = tag("El Palmeiras se proclama campeón", "SAO PAULO, 7 dic (EFE).- El Palmeiras se proclamó "
                + "campeón tras vencer por 2-0 al Fortaleza en el Allianz Parque, ante 40.000 aficionados en Sao Paulo.",
                "es");
        assertThat(primary(palmeiras)).doesNotContain("DE");
    }

    /** An artist's night abroad whose lead names the performer's nationality is filed under the performer's country. */
    @Test
    void anArtistsConcertAbroadIsFiledUnderTheArtistsCountry() {
        var concert = tag("طلال الشمري يحيي حفل العيد في لندن", "أحيا الفنان السعودي طلال الشمري مساء أمس حفلا غنائيا"
                + " في إحدى قاعات العاصمة البريطانية لندن بحضور خمسة آلاف متفرج.", "ar");
        assertThat(primary(concert)).containsExactly("SA");
        assertThat(all(concert)).contains("GB");
    }

    /** A North American team named by its city and nickname (the Denver Nuggets) is a side, not its city's venue. */
    @Test
    void aCitysTeamIsASideNotTheVenue() {
        assertThat(primary(tag("Raptors beat Nuggets in overtime", "The Toronto Raptors outlasted the Denver Nuggets "
                + "118-112 in overtime on Tuesday night. Denver had led by nine in the fourth quarter.", "en")))
                .containsExactlyInAnyOrder("CA", "US");
    }
}
