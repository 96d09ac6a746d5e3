package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static dev.newsline.enrich.tag.country.WorldArticles.mentions;
import static dev.newsline.enrich.tag.country.WorldArticles.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.model.Mention;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People and organizations that carry a place's name, and words that fold to one, give no tag. */
class NamesThatAreNotPlacesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Coach Jordan said the team had played well. Jordan praised the fans.|JO",
            // مآرب "aims" folds onto Yemen's مأرب; only the hamza's spelling or Yemen's cues make it the town
            "ar|وله في ذلك مآرب أخرى لا يخفيها على أحد.|YE",
            // the Amman Stock Exchange is Jordan's, not Oman's (Muscat's is بورصة مسقط)
            "ar|شهدت بورصة عمان ارتفاعا في التداولات.|OM",
            "en|Americans will eat 46 million turkeys this Thanksgiving, the Turkey Federation said.|TR",
            "en|Georgia Tech beat Clemson on Saturday.|GE",
            // a currency named alone stands for its country, but not a name that is a person's too
            "en|Rand Paul said the Senate would vote on Tuesday.|ZA",
            "tr|Kaderine küsmedi; baht bu kez ona güldü.|TH",
            // a New York bank, not Hanover in Lower Saxony
            "en|Manufacturers Hanover said net profit rose 12 pct in 1986.|DE",
            // Russia's parliament, not the town near Damascus that GeoNames also names Duma
            "en|The Duma approved the bill in the third reading.|SY",
            // the Partido Popular's headquarters in Madrid, not Genoa
            "es|La dirección de Génova respaldó al candidato del PP.|IT",
            // Chelsea's ground, not Stamford, Connecticut
            "en|Chelsea won at Stamford Bridge on Sunday.|US",
            "en|The missile landed in the Sea of Japan, outside the economic zone.|JP",
            "ru|Ракета упала в Японское море, сообщили военные.|JP",
            "en|Hamas said the talks would resume on Sunday.|DE",
            "en|Foreign Minister Israel Katz spoke to reporters on Monday.|IL",
            "fr|La chanteuse Florence Marchal ouvrira le festival vendredi.|IT",
            "fr|À Lévis, la mairesse France Gagnon a ouvert un centre d'hébergement.|FR",
            "es|Cerraron varias cuadras de la calle Londres por un hundimiento del pavimento.|GB",
            "en|Traders near Canada Water in south London asked for parking to be restored.|CA",
            "en|China Garden Restaurants, which runs 38 takeaways in the Midlands, appointed administrators.|CN",
            "de|Die Sängerin Florence Marchal eröffnet das Festival am Freitag.|IT",
            "de|Die Jazzsängerin Georgia Ungar eröffnet am Freitag die Europäischen Wochen.|GE",
            "de|Außenminister Israel Katz traf am Montag seinen Amtskollegen.|IL",
            "es|El pianista Jordan Lefèvre abrirá el festival el viernes.|JO",
            "en|The company hired Chad Miller as chief executive. Miller starts on Monday.|TD",
            "en|Cocoa (1-2): Jordan Munoz 8 saves. Viera (3-0): Jordan Spira and Megan Cook 4 total.|JO",
            "en|The concert in Chicago featured 1972’s Toulouse Street and 1973’s The Captain and Me.|FR",
            "en|McAleenan resigned and Chad Wolf has been named acting secretary, officials in Chicago said.|TD",
            // a country's or a city's name that is also a given name, before a surname that ends the name
            "en|Jordan Pickford saved a penalty as England beat Spain.|JO",
            "en|Jordan Peterson spoke in Sydney on Friday.|JO",
            "en|Kenya Barris signed a deal with Netflix in Los Angeles.|KE",
            "en|Florence Welch performed in Dublin.|IT",
            "en|Indiana Jones returns to cinemas this summer.|US",
            "en|Harold Israel, 54, paid the bribes at Mr. Israel's offices on Jerusalem Avenue in Chicago.|IL",
            "ru|Возьмите болгарский перец, греческий йогурт и смесь итальянских трав.|BG",
            "ru|Я люблю итальянскую и испанскую кухню.|ES",
            // the places that serve a cuisine are the food's too
            "en|A fire broke out at a Chinese restaurant in Leeds on Sunday.|CN",
            "ru|Ирландский паб открылся на Арбате.|IE",
            "fr|Un restaurant chinois de Lyon a été fermé par la préfecture.|CN",
            // and a nationality's adjective that names the language
            "en|Spanish-language broadcasters expanded in Texas.|ES",
            "en|French-speaking Swiss cantons voted against the measure.|FR",
            "fr|Les médias de langue française au Canada ont couvert le scrutin.|FR",
            "fr|La cuisine française et italienne séduit les clients.|IT",
            "en|The chef serves Italian cuisine and French toast at breakfast.|IT",
            "en|Columbia Gas said the pipe had been replaced last year.|CO",
            "en|Shares of Georgia-Pacific rose after the mill reopened.|GE",
            "en|Takeaway chain China Garden Restaurants has called in administrators.|CN",
            "ar|قال رئيس الوزراء البريطاني ديفيد كاميرون إن الحكومة ستتحرك.|CM",
            "ar|هاجمت مليشيا مسلحة مواقع قرب المدينة.|MY",
            "fa|آقای اردن در جلسه سخنرانی کرد.|JO",
            "en|BOSTON, Feb 27 - Chad Miller, founder of a battery start-up, raised money. Chad said it would last.|TD",
            "ar|أصيب اللاعب في أربطة الركبة اليمنى خلال المباراة.|YE",
            "ar|رفعت يدها اليمنى وابتسمت للجمهور.|YE",
            "ar|وصل الضيوف قبل أذان المغرب بقليل.|MA",
            "ar|استقبل الدكتور عبدالمحسن التركي الضيوف في مكتبه.|TR",
            "ar|شارك في البطولة فهد الدوسري وسلطان المصري.|EG",
            "ar|استقبل الدكتور التركي الوفد في مكتبه.|TR",
            "ar|وجلست فيمن جلس لكي نشترك في الحديث.|YE",
            "ar|ذهبت إلى سينما «عدن» مع أصدقائي.|YE",
            "ar|أغلقت البلدية مطعما يحمل اسم «ليالي إسطنبول» في منطقة النعيمية.|TR",
            "fa|رستورانی به نام «شب‌های استانبول» در شیراز افتتاح شد.|TR",
            // a shop's trade between its word and the quote; a racehorse's and a Persian shop's word; a schoolgirl's name
            "ar|خالفت البلدية محل عصائر «كوكتيل اليمن» في حي الثقبة.|YE",
            "ar|حل الجواد «سيف اليمن» ثانيا في شوط الافتتاح مساء أمس.|YE",
            "fa|آتش‌سوزی در فروشگاه «ترکیه» در خیابان جمهوری مهار شد.|TR",
            "ar|رست سفينة الحاويات «كوالالمبور» أمس في ميناء الملك عبدالعزيز بالدمام.|MY",
            "ar|وقالت صاحبة المشروع، ليبيا الدوسري، إن المعرض أتاح لها التعاقد مع متجرين.|LY",
            "ar|حققت الطالبة عمان سالم المركز الأول في الأولمبياد. وقالت عمان إن الفكرة بدأت في المختبر.|OM",
            "ar|أعلن تنظيم \"بيت المقدس\" مسؤوليته عن الهجوم في العريش.|IL",
            "ar|تجول في شوارع المدينة حتى المساء.|SA",
            "ar|تأهل المنتخب إلى نصف نهائي كوبا أمريكا بعد الفوز بركلات الترجيح.|CU",
            "ar|تأهل المنتخب إلى نصف نهائي كوبا أمريكا بعد الفوز بركلات الترجيح.|US",
            "en|Chile won the Copa America on penalties.|CU",
            "ar|ذكرت صحيفة ديلي ميل أن النادي يفاوض اللاعب.|TL",
            "ar|قال الاقتصادي موريس أوبستفيلد إن النمو سيتباطأ.|MU",
            "ar|أعلن سعود التركي عن المبادرة الجديدة.|TR",
            "ar|وقع ياسر المصري العقد مع النادي.|EG",
            "ar|يدرس الطلاب اللغة الفرنسية في المدارس الحكومية.|FR",
            "fa|دانش‌آموزان زبان انگلیسی را از کلاس سوم می‌آموزند.|GB",
            // a later language of a list after the word for language: only the first stands right after it
            "fa|این کتاب به زبان انگلیسی و فرانسه منتشر شد.|FR",
            "fa|کلاس‌های زبان عربی، انگلیسی و فرانسه در این مدرسه برگزار می‌شود.|FR",
            "ar|يصدر الكتاب باللغتين العربية والفرنسية.|FR",
            "ar|تقدم الدروس باللغات العربية والإنجليزية والفرنسية.|FR",
            "ar|يتقن اللغة الإنجليزية والألمانية.|DE",
            "ar|نشرت الرواية بالعربية والفرنسية.|FR",
            "fa|کتاب به انگلیسی و فرانسه ترجمه شد.|FR",
            // a country's literature, taught or studied: "زبان و ادبیات فرانسه", الأدب الفرنسي
            "fa|رشته زبان و ادبیات فرانسه در دانشگاه تهران تدریس می‌شود.|FR",
            "fa|رشته زبان و ادبیات انگلیسی در دانشگاه تهران تدریس می‌شود.|GB",
            "ar|تخرج من قسم الأدب الفرنسي في جامعة دمشق.|FR",
            "fa|کارگردان نمایش، علی فراهانی، از تماشاگران تشکر کرد.|IR",
            "fa|نقدهای زیادی به این فیلم وارد شد.|IR",
            "ar|وصفها الشاعر بأنها شقراء حسناء.|SA",
            "fa|مقداد نجف‌نژاد گفت اشتغال اولویت است و نجف‌نژاد بر مهار تورم تاکید کرد.|IQ",
            "fa|سرقت کیف‌قاپی 23 درصد افزایش یافت و یک کیف‌زن حرفه‌ای دستگیر شد.|UA",
            "fa|آقای چین‌زاده و خانم ایران‌پور در جلسه حاضر شدند.|CN",
            "fa|آقای چین‌زاده و خانم ایران‌پور در جلسه حاضر شدند.|IR",
            "fa|شبکه الجزیره گزارش داد که دفتر الجزیره تهدید شده است.|DZ",
            "fa|پیرو صدور گواهی بهداشتی، 216 تن شیر خشک صادر شد.|PE",
            "fa|سه بیمار مبتلا به تب کریمه کنگو در بیمارستان بستری شدند.|UA",
            "fa|سه بیمار مبتلا به تب کریمه کنگو در بیمارستان بستری شدند.|CD",
            "fa|موارد ابتلا به تب مالت در روستاها کاهش یافت.|MT",
            "fa|مبارزه با ملخ مراکشی در مزارع استان آغاز شد.|MA",
            "fa|در کنگره عمان سامانی شاعران استان شعر خواندند.|OM",
            "fa|آیین بزرگداشت فخرالدین عراقی، عارف و شاعر قرن هفتم، در همدان برگزار می‌شود.|IQ",
            "ar|أشرف الوزير في مقاطعة الرياض بنواكشوط على تدشين خزان مائي جديد.|SA",
            "fa|همایش نورو سرجری در بیمارستان برگزار شد.|NR",
            "fa|المان میدان ۹ دی صبح امروز رونمایی شد و المان‌های شهری نوسازی می‌شوند.|DE",
            "fa|اِلِمان میدان شهر رونمایی شد.|DE",
            "fa|یک سارق کیف ‌قاپ و یک کیف‌ قاپ دیگر دستگیر شدند و کیف پول زائران پیدا شد.|UA",
            "ar|يضم المبنى حوضا مائيا بارتفاع 14.2 م وقطر 10 م لأسماك الزينة.|QA",
            "ar|مدت الشركة أنابيب بقطر 600 ملم لنقل المياه إلى الأحياء الشمالية.|QA",
            "fa|لوله‌هایی به قطر ۱۰ سانتی‌متر در خیابان‌ها کار گذاشته شد.|QA",
            "fa|لوله‌های قطر ۴۰ سانتیمتری تعویض شد.|QA",
            "fa|استاندار گفت محله‌های لبنان، کیامرثی و سادات بافت فرسوده دارند.|LB",
            "ar|أوضحت المديرة القطرية لبرنامج الأغذية العالمي في العراق أن التمويل نقص.|QA",
            "ar|قال المسؤول إنه مصر على موقفه ولن يتراجع عن قراره.|EG",
            "fa|ایران بر حقوق هسته‌ای خود مصر است.|EG",
            "fa|وزیر همچنان مصر است که قیمت‌ها کاهش یابد.|EG",
            "en|She bought Egyptian cotton sheets at a mall in Ohio.|EG",
            "en|They went Dutch at a restaurant in Ohio.|NL",
            "en|Jordan almonds were served at the wedding in Ohio.|JO",
            "en|Dancers performed the Argentine tango at a festival in Ohio.|AR",
            "en|A Russian doll collection was sold at auction in Ohio.|RU",
            "en|Georgia State University announced a new president on Monday.|GE",
            "en|India reaffirmed its commitment to the Paris climate accord on Monday.|FR",
            "fr|Le Brésil respectera l'accord de Paris sur le climat, a déclaré le ministre.|FR",
            "fa|نمایندگان مصر هستند که لایحه اصلاح شود.|EG",
            "fa|او از مدینه فاضله افلاطون سخن گفت و گفت چنین جامعه‌ای ممکن نیست.|SA",
            "fa|به یمن میلاد امام رضا جشن بزرگی در مشهد برگزار شد.|YE",
            "ar|شربت كوبا من القهوة في الصباح ثم خرجت.|CU",
            "fa|چین و چروک صورت با این کرم کاهش می‌یابد.|CN",
            "fa|اتاق پرو فروشگاه بسته شد.|PE",
            "ar|عقد وزراء دول المغرب العربي اجتماعا لبحث التعاون في تونس.|MA",
            "ar|أرسل بريده الإلكتروني إلى الشركة في لندن.|SA",
            "ar|سمى ابنه على اسم جده عند مولده في القاهرة.|SA",
            "ar|جربه بنفسه قبل أن يشتريه من متجر في لندن.|TN",
            "ar|أضم صوتي إلى أصوات المطالبين بالإصلاح في مصر.|SA",
            "ar|أسكنه الله جنات عدن وألهم أهله الصبر.|YE",
            "fa|تنگه مالاکا گلوگاه تجارت جهانی است.|IR",
            "fa|وزیران حزب امل و حزب الله به کابینه لبنان بازگشتند.|IR",
            "ar|رزقه الله بنات وبنين وعاش سعيدا في الطائف.|BJ",
            "tr|Aydın Yılmaz, Berlin'deki konserinde yeni albümünü tanıttı.|TR",
            "tr|Eskişehir'de Kıbrıs Şehitleri Caddesi'ndeki boru hattında sızıntı oldu.|CY",
            "fa|تولید پروپان و بوتان در پالایشگاه افزایش یافت.|BT",
            "ar|تظاهر طلاب جامعة كولومبيا في نيويورك ضد الحرب.|CO",
            "ar|عرض الفيلم مترجما بالإسبانية في صالة السينما بالرياض.|ES",
            "ar|أطلقت الشبكة قناة ناطقة بالتركية وأخرى وبالألمانية للمشاهدين في أوروبا.|TR",
            "ar|أطلقت الشبكة قناة ناطقة بالتركية وأخرى وبالألمانية للمشاهدين في أوروبا.|DE",
            "fa|این کتاب از فارسی به انگلیسی ترجمه شد و به روسی هم منتشر می‌شود.|GB",
            "fa|این کتاب از فارسی به انگلیسی ترجمه شد و به روسی هم منتشر می‌شود.|RU",
            "ru|Станцию метро «Киевская» закроют на ремонт, а кинотеатр «Варшава» откроется в марте.|UA",
            "ru|Станцию метро «Киевская» закроют на ремонт, а кинотеатр «Варшава» откроется в марте.|PL",
            "ar|قدمت الشركة دعم مالي كبير ودفعت من مالي الخاص.|ML",
            "ar|اللهم بارك لي في مالي وأهلي.|ML",
            "fr|Le TNM présente « L'Hiver de Rosalie », une pièce de France Lévesque-Caron mise en scène à Montréal.|FR",
            "fr|Le ministre a lancé les travaux du marché de la Médina, à Dakar.|SA",
            // a name an initial follows is a person's: the French press names the accused so
            "fr|Un courtier a été condamné à Lyon. Maurice B. avait convaincu soixante épargnants.|MU",
            "es|La Audiencia de Asturias condenó al exgerente. Salvador M. G. desviaba los pagos.|SV",
            "en|Psychologist Jordan B. Peterson spoke in Toronto on Monday.|JO",
            // a middle name, a surname and the age between commas, as wires give a person's
            "en|A man surrendered early Friday. Chad Everett Rowley, 41, was booked into the county jail.|TD",
            "en|Four passengers were in serious condition at the Prince of Wales Hospital in Sha Tin.|GB",
            // the village in its other case later: a Russian case form is the same village
            "ru|В селе Париж Челябинской области отремонтируют школу, где учатся дети из Парижа и соседних деревень.|FR",
            // the dual "the two states" before Georgia
            "ar|أعلن أعضاء ديمقراطيون من ولايتي جورجيا وأريزونا أنهم لن يدعموا المشروع.|GE",
            "en|Arsenal midfielder Jordan Smith-Rowe scored twice against Chelsea in London.|JO",
            "fa|استاد دانشگاه کلمبیا در نیویورک سخنرانی کرد.|CO",
            "fa|قیمت آب پرتغال در بازار تهران افزایش یافت.|PT",
            "ar|ارتفع إنتاج النفط الأمريكي في خليج المكسيك الشهر الماضي.|MX",
            "en|HOUSTON, March 3 - Oil output in the Gulf of Mexico rose after the storm, US officials said.|MX",
            "fa|ناو ایرانی در خلیج عدن به کشتی‌های تجاری اسکورت داد.|YE",
            "tr|İran, Basra Körfezi'nde yabancı bayraklı bir tankeri alıkoydu.|IQ",
            "es|La Policía desplegó agentes en el sector comercial de La Bahía, en Guayaquil.|BR",
            "es|Hay un insomnio que llega con las luces de Navidad a Madrid.|CX",
            "es|Miles de personas celebraron la fiesta en Granada, en el centro de Andalucía.|GD",
            "es|La Rioja exportó más vino que nunca, según el Gobierno riojano.|AR",
            "es|Millones de fieles visitaron la Basílica de Guadalupe en la Ciudad de México.|GP",
            "es|Miles de peregrinos cristianos visitaron Belén en Nochebuena.|BR",
            "fr|Dominique de Villepin a critiqué le gouvernement à Paris.|DM",
            "fr|Grenade a accueilli un record de visiteurs à l'Alhambra cet été.|GD",
            "fr|Le Norfolk a été touché par des inondations en Angleterre.|NF",
            "en|Oral arguments in the case were heard in Washington on Monday.|KZ",
            "en|The Batman opened in cinemas in London and New York.|TR",
            "es|Mauricio Macri criticó al Gobierno en Buenos Aires.|MU",
            "fr|Maurice Papon a été jugé à Bordeaux.|MU",
            // a saint's name that CLDR gives a small territory is the saint, his feast or a street here
            "es|Miles de personas rindieron homenaje al general San Martín en Buenos Aires.|MF",
            "es|Santa Lucía es la patrona de los ciegos, según la tradición en Sevilla.|LC",
            "fr|La Saint-Martin est célébrée le 11 novembre dans toute la France.|MF",
            "es|La provincia de Santa Elena recibió miles de turistas en la costa ecuatoriana.|SH",
            "tr|Oral Çalışlar yeni kitabını İstanbul'da tanıttı.|KZ",
            // a sentence may open with an everyday given name, the place then being the surname
            "en|Charles Darwin's theory was discussed at the Natural History Museum in London.|AU",
            "en|Sydney Sweeney starred in the new thriller, which opened in New York on Friday.|AU",
            // a Russian given name before a Russian surname's ending
            "ru|София Кенин вышла в финал турнира в Мельбурне.|BG",
            // in another case, the surname too
            "ru|Журналисты в Мельбурне спросили Софию Кенин о финале.|BG",
            // a town's name after another town's, which the article also writes alone: a team's nickname
            "en|Wellington Phoenix snatched a 2-1 win on Friday. The Phoenix captain scored the winner.|US",
            // a person's name is written alike in the Latin-script languages
            "es|Paris Hilton actuó en una fiesta en Madrid.|FR",
            // another language's name of a country, before a surname: French writes Jordanie, Turkish Ürdün
            "fr|Les Marseillais menaient 0-2 après des réalisations de Samir Aït-Kaci et de Jordan Vernet.|JO",
            "tr|Golleri Jordan Vernet ve Samir Aït-Kaci attı.|JO",
            // French calls El Salvador "Salvador"; Spanish and English do not
            "es|El museo de Figueres expone obras de Salvador Dalí.|SV",
            "en|The museum in Figueres shows works by Salvador Dali.|SV",
            // a town right after a company's name is its product
            "en|The new Porsche Cayenne went on sale in Germany on Monday.|GF",
            "de|Der neue Porsche Cayenne kommt im Frühjahr in Stuttgart auf den Markt.|GF",
            "ar|فاز منتخب جزر الهند الغربية على أستراليا في سيدني.|IN",
            "fa|خواننده ایتالیایی با صدای بم خود تماشاگران را شگفت‌زده کرد.|IR",
            "ar|كان صبيا حين هاجر مع أسرته إلى كندا.|SA",
            "ar|وقع موقف طريف خلال المؤتمر الصحفي في روما.|SA",
            "ar|البيانات المجمعة من الأقمار الصناعية في ناسا دقيقة.|SA",
            "ar|يستيقظ المزارع فجرا لحلب الأبقار في مزرعته بويلز.|SY",
            "ar|ضعي صينية البطاطس في الفرن لمدة نصف ساعة.|CN",
            "ar|أضيفي صلصة التشيلي الحارة إلى الدجاج.|CL",
            "fa|این سنت در جامعه جاری و ساری است.|IR",
            "fa|بازیکن روس حریف را کیش و مات کرد.|IR",
            "fa|قیمت بادام هندی و پسته در بازار افزایش یافت.|IN",
            "fa|زیگورات بابل در عراق بازسازی شد.|IR",
            "fa|ترجمه انگلیسی کتاب در پاریس منتشر شد.|GB",
            "ar|افتتح المكتب القطري للمنظمة في عمّان برنامجا جديدا.|QA",
            "en|LONDON, March 3 - Regulators said the bank's Chinese wall between advisers and traders failed.|CN",
            "en|OSLO, March 3 - Economists warned of Dutch disease as oil revenues swelled the krone.|NL",
            "en|Doctors in Ohio reported a rise in German measles among children.|DE",
            "en|DENVER, Oct 12 - An Indian summer kept temperatures above normal across Colorado.|IN",
            "en|Jamaica Water Supply Co asked regulators for a 9 pct rate increase.|JM",
            "en|China Light and Power Co Ltd said 1986 profit rose 9 pct.|CN",
            "en|The Hongkong and Shanghai Banking Corp proposed a final dividend.|CN",
            "en|Piedmont Tobacco Corp said fourth quarter sales rose.|IT",
            "en|The Australian dollar firmed to 0.6920 U.S. dlrs from 0.6885 yesterday.|US",
            "en|Net profit rose to 310 mln Canadian dlrs, the railway said.|CA",
            "en|The authority will sell the bonds in a Dutch auction next week.|NL",
            "en|Sixty India ink drawings sold for $1.3 million at auction.|IN",
            "en|Chile pepper acreage has fallen for a decade, growers said.|CL",
            "en|Sales of the Jordan brand of basketball shoes rose 14%.|JO",
            "en|A gunboat attacked a tanker in the southern Gulf, shipping sources said.|PG",
            "en|WASHINGTON, March 3 - The Agriculture Department said corn exports rose in March.|GB",
            "ar|ترك الرجل سيارته أمام المنزل وغادر.|FM",
            "ar|أصدرت الوزارة الكتاب بالإنجليزية والفرنسية.|GB",
            "ar|تتكون الشقة من غرفة نوم واحدة ومطبخ.|US",
            "ar|يقدم برنامج ديلي شو الساخر كل ليلة.|TL",
            "ar|عاد الشاعر إلى قريته مسقط رأسه بعد غياب طويل.|OM",
            "ar|زار الوزير القرية التي تعد مسقط رأس الرئيس.|OM",
            "ar|تمنى الأمير للمواطنين عيدا مليئا بالخير واليمن والبركات.|YE",
            "ar|لا شيء يقف حائل دون تنفيذ القرار كما قال المتحدث.|SA",
            "fa|ناوچه در دریای عمان گشت‌زنی کرد.|OM",
            "ar|توفيت المغنية في منزلها في ولاية جورجيا الأمريكية.|GE",
            "en|Turkey prices at grocery stores fell ahead of the holiday.|TR",
            "en|Utilities across New England expect a mild winter.|GB",
            "en|The bottler sold its Canada Dry franchise in Ohio.|CA",
            "en|Officials in the People's Republic of China said exports rose.|TW",
            "en|The water utility serves parts of Queens and Nassau County.|BS",
            "en|The Paris Club agreed to reschedule Peru's official debt.|FR",
            "en|A Wisconsin bakery bought a maker of Danish pastries.|DK",
            // Chilean clubs named after their founders' homeland
            "es|Palestino venció 2-1 a Colo Colo y Unión Española empató con Audax Italiano.|PS",
            "es|Palestino venció 2-1 a Colo Colo y Unión Española empató con Audax Italiano.|ES",
            "es|Palestino venció 2-1 a Colo Colo y Unión Española empató con Audax Italiano.|IT",
            "tr|Mısır hasadında rekor bekleniyor. Çukurova'da mısır hasadı sürüyor.|EG",
            "tr|Süs balığı çiftliklerinde Japon balığı üretimi arttı.|JP",
            "en|Two touchdowns went to Israel Moss, and the Chiefs won. Moss finished with 121 yards.|IL",
            "fr|Le milieu de terrain Jordan Ferrand a marqué samedi.|JO",
            "ru|Гроссмейстер Израиль Гершензон избран президентом федерации.|IL",
            "de|Mit zwei Toren von Jakub „Kuba“ Nowak hat der VfL Bochum am Samstag gewonnen.|CU",
            "fr|Le conseiller départemental Marc Allemand a été élu samedi.|DE",
            "en|Jordan Reyes's debut novel won a prize. Reyes, a former porter, said it began as a short piece.|JO",
            "tr|Kayserispor, orta saha oyuncusu Emre Macar ile sözleşme imzaladı.|HU",
            "fr|Le prix du chou de Bruxelles a augmenté de 8 % en un an.|BE",
            "es|La ensaladilla rusa sigue entre las raciones más pedidas.|RU",
            "tr|Hindistan cevizi yağı kalp sağlığı için masum değil.|IN",
            "ru|Вестибюль станции «Китай-город» закроют на ремонт.|CN",
            "fa|کشاورزان از رهاسازی آب خبر دادند. اردن صالحی، یکی از کشاورزان، گفت که آب دیر رسید.|JO",
            "fa|کار ساخت سرک آغاز شد. ایران رحیموا، سرکرده یک مزرعه، از این طرح استقبال کرد.|IR",
            // the text's first sentence opens after an agency's dateline or its lead's comma
            "fa|هرات- ایرنا- ایران محمدی، قابله ۶۲ ساله‌ای که در روستاهای هرات خدمت کرده، امروز تقدیر شد.|IR",
            "fa|به گزارش خبرگزاری فارس از اهواز، هند سواری، بانوی ۴۸ ساله اهل شادگان، برگزیده جشنواره شد.|IN",
            "fa|شمار کودکان بیمار در شفاخانه افزایش یافته است. داکتر فریبا تهرانی، متخصص اطفال، گفت.|IR",
            "fa|مشتریان اروپایی این روزها گلیم و فرش ایرانی و کاشی می‌خرند.|IR",
            "ar|قالت مديرة المهرجان منى المغربي إن المشاريع كثيرة.|MA",
            "ar|ارتفعت أسعار العود الهندي في أسواق المدينة المنورة مع اقتراب رمضان.|IN",
            // a kinship word before a place's name makes it a given name; Indian Wells is a Californian town
            "en|Kenya Thompson, 31, and her younger sister Israel, 27, opened the shop in Doncaster on Saturday.|IL",
            "en|Lazic will next play at Indian Wells, where he reached the quarter-finals last year.|IN",
            // an acronym in running text
            "en|The ruling leaves protections in place for DACA recipients who arrived as children.|BD",
            // a byline a full stop closes runs into no name; a school named after a saint
            "en|By Ruth Hargreaves. Kenya Blue gave the Malton trainer his biggest win of the season at Thirsk.|KE",
            "en|India Wallace, a Year 5 pupil at St Helena's Primary, raised £2,000 for the hospital.|SH",
            // a street, a café or a cake named after a place with "de"; a square's genitive; a bar; a nickname
            "fr|Un feu s'est déclaré dans un immeuble de la rue de Rome, à Rennes.|IT",
            "fr|Deux pickpockets ont été interpellés devant le Café de France, à Marrakech.|FR",
            "fr|Le pain de Gênes est un gâteau aux amandes d'une grande tendresse.|IT",
            // a street's name of several words; a town "de" joins to a word for a local unit, an adjective between; a
            // French ship's name after its word, a house's after a capitalized article or an elided "d'"; the lake
            "es|El Metro de Medellín abrirá una ruta por la avenida Las Vegas hasta El Poblado.|US",
            "es|Evacuaron a 40 familias de la localidad misionera de Puerto Rico por la crecida del Paraná.|PR",
            "fr|L'équipage du chalutier lorientais Islande a recueilli deux plaisanciers au large de Groix.|IS",
            "fr|Le chef du restaurant Le Panama, sur la digue de Malo-les-Bains, a gagné le concours.|PA",
            "fr|L'Hôtel d'Angleterre, à Ouchy, rouvre sa terrasse après quatre mois de travaux.|GB",
            "fr|L'hôtel rouvre sa terrasse au bord du Léman après quatre mois de travaux.|FR",
            "de|Der Stadtrat beschloss den Umbau des Wiener Platzes in Haidhausen.|AT",
            "de|Der Türsteher hatte vor der Havanna Bar in der Grazer Innenstadt einen Gast verletzt.|CU",
            "ru|Суд арестовал местного жителя, известного под прозвищем Турция.|TR",
            "ar|وأوضح مدير المؤسسة، المهندس سامر الجزائري، أن الخط سيدخل الخدمة قريبا.|DZ",
            "fa|سرمربی تیم، کیومرث عراقی، گفت بازیکنان آماده‌اند.|IQ",
            "de|Besonders hart traf es die Badeorte Kalifornien und Brasilien an der Ostsee.|BR",
            "de|Besonders hart traf es die Badeorte Kalifornien und Brasilien an der Ostsee.|US",
            "de|Betroffen waren die Strände in den Ortsteilen Kalifornien und Brasilien der Gemeinde Schönberg.|BR",
            "ru|ДТП произошло утром у села Варна, сообщили в Госавтоинспекции.|BG",
            "ru|Дороги в селах Париж, Берлин и Варна на Урале отремонтируют к лету.|DE",
            "ru|Дороги в селах Париж, Берлин и Варна на Урале отремонтируют к лету.|BG",
            "ru|В филармонии прозвучит «Турецкий марш» Моцарта в исполнении юного пианиста.|TR",
            "ar|قتل جنود صبياً بالرصاص قرب السياج الحدودي امس.|SA",
            "ar|أعلنت إدارة المرور غلقا جزئيا لميدان لبنان وتحويل الحركة إلى شارع السودان.|LB",
            "ar|أعلنت إدارة المرور غلقا جزئيا لميدان لبنان وتحويل الحركة إلى شارع السودان.|SD",
            "fa|محدودیت ترافیکی در خیابان فلسطین تا پایان آذر اعمال می‌شود.|PS",
            "ar|تشهد الأسواق إقبالا على الفول السوداني مع دخول الشتاء.|SD",
            "tr|Azerbaycan Devlet Akademik Opera ve Bale Tiyatrosu'nda gala yapıldı.|CH",
            "tr|Cumhuriyet Meclisi 2027 Mali Yılı Bütçe Yasa Tasarısı'nı kabul etti.|ML",
            "en|MEXICO CITY (AP) — Club América beat Toluca 2-1. América coach Ricardo Solís said the series was open.|US",
            "fa|به گزارش ایسنا به نقل از خبرگزاری فرانسه، کشت کوکا در کلمبیا افزایش یافت.|FR",
            "ar|ذكرت وكالة الصحافة الفرنسية أن زراعة الكوكا في كولومبيا ارتفعت.|FR",
            "fa|صادرات «کلاه پاناما» از اکوادور امسال کاهش یافت.|PA",
            "ar|غرق قارب مكتظ بالركاب في نهر بولاية النيجر بوسط نيجيريا.|NE",
            "fa|فرماندار کالیفرنیا بودجه‌ای تازه برای سرپناه بی‌خانمان‌ها اعلام کرد.|IR",
            "fa|صادرات ظروف چینی و چینی بهداشتی در هشت ماه ۱۸ درصد افزایش یافت.|CN",
            "fa|سرپرست ایالت بلوچستان پاکستان پیش از آنکه نمایندگان مجلس ایالتی وی را برکنار کنند استعفا داد.|IR",
            "fa|یک متخصص تغذیه گفت شیرینی دانمارکی انرژی کوتاه‌مدت می‌دهد.|DK",
            "ar|تعادل أرسنال مع تشيلسي على ملعب الإمارات مساء الأربعاء.|AE",
            "fa|به گزارش ایسنا به نقل از ساینس‌دیلی، خواب نامنظم فشار خون را بالا می‌برد.|TL",
            "ar|وذكرت صحيفة «ديلي ميل» أن المدرب سيغادر.|TL",
            "ar|توسعت الشركة في أمريكا اللاتينية والقارة الأمريكية وجولته الأمريكية الشمالية.|US",
            "fa|این تیم در تور آمریکای شمالی و آمریکای لاتین بازی کرد.|US",
            "fr|La société est présente en Amérique latine et en Amérique du Nord; les ventes nord-américaines progressent.|US",
            "en|The Central Bank raised rates, the Central Committee met, and Central America voted.|PH",
            "en|Independence Day parades were held as Enterprise Products shares rose.|US",
            "en|The Delta variant spread as Delta Air Lines cut flights.|CA",
            "en|Brussels sprouts and Swiss chard were linked to better sleep.|CH",
            "en|The Netherlands Antilles government said the refinery would reopen.|NL",
            "en|A fire destroyed 60 stalls at a market in California ward, Kamukunji constituency, Nairobi.|US",
            "en|\"This could help,\" said marine biologist Israel Mendoza, who led the work.|IL",
            "ar|وقال تشاد ويليامز، رئيس الفرع المحلي لنقابة عمال السيارات، إن القرار مؤسف.|TD",
            "ar|وشهدت الليلة الختامية أمسية حوارية للروائية هند المغربي تحدثت فيها عن روايتها.|MA",
            "fa|میلاد گرجی مدافع استقلال در دقیقه ۷۸ کارت زرد گرفت.|GE",
            "ar|وسيبدو قطر قرص القمر الظاهري أصغر قليلا من المعتاد.|QA",
            "fa|فعالیت رستوران «استانبول» در خیابان رودکی دوشنبه متوقف شد.|TR",
            "fa|امروز در مرکز ناحیهٔ رشت مکتب تازه‌ای با گنجایش ۹۶۰ دانش‌آموز افتتاح شد.|IR",
            "fr|« Ce n'est pas le Pérou, mais c'est un premier pas », a réagi un représentant syndical.|PE",
            "es|Más de 300 bailarines de la danza del Congo abrieron la Batalla de Flores.|CD",
            "fa|دو کشور در سازمان همکاری شانگهای عضو هستند.|CN",
            "ar|تقدم أمريكا مبكرا، وحقق نادي أمريكا فوزا ثمينا على تيغريس في الدوري المكسيكي.|US",
            "en|GENEVA, March 2 - The GATT council met to discuss the Uruguay round of trade talks.|UY",
            "fr|Les négociations du cycle d'Uruguay reprennent à Genève.|UY",
            "de|Die Doha-Runde der Welthandelsorganisation ist gescheitert.|QA",
            "fr|Pays d'Afrique de l'Ouest. Dans l'Ouest, le Sud et le Nord du pays, puis le Centre et l'Est.|HT",
            // a name of three words set off by commas after a role
            "es|La secretaria de Salud, Francia Elena Rendón, indicó que los casos aumentaron.|FR",
            // Persian مُصِر "insistent" before a copula, with بر (on) earlier in the clause
            "fa|اتحادیه بر اجرای دقیق این دستورالعمل مصر است و واحدهای متخلف اخطار می‌گیرند.|EG",
            // the sunset prayer as a time of day
            "ar|قال أحد التجار إن متجره كان يغلق قبل المغرب كل يوم.|MA",
            // the Sea of Oman as ships' waters
            "fa|کشتی‌ها آخرین سیگنال‌های خود را ماه گذشته از آب‌های عمان ارسال کردند.|OM",
            // the metal opening a gold market report, written twice at a sentence's start
            "en|Gold fixed at 400 dlrs an ounce in Zurich. Gold later eased in thin trade.|AU",
            // GeoNames' alternate names of big towns that are everyday words, opening two sentences: Durg's "Drug",
            // Dubai's German "Dabei" (a town's own name written so counts: Venice)
            "en|Drug prices rose 5 pct last year. Drug makers blamed higher costs.|IN",
            "de|Dabei geht es um viel Geld. Dabei will die Regierung sparen.|AE",
            // a title's abbreviation with its full stop, before the surname or before a given name and the surname
            "en|Mr. Israel said the deal was done. Israel's lawyer agreed.|IL",
            "en|The sponsor, Sen. Everett Chad, D-Ottumwa, argued for the credit. Chad said plants bought corn.|TD",
            // a given name opening a sentence, the surname and the person's age
            "en|A developer was indicted. Harold Israel, 54, of Old Westbury, pleaded not guilty.|IL",
            // a measure's range a verb or a preposition opens: pipes "of a diameter ranging between 600 and 1800 mm"
            "ar|تستخدم الأمانة أنابيب خرسانية بقطر يتراوح بين 600 و1800 ملم في الرياض.|QA",
            "fa|لوله‌هایی به قطر ۶۰۰ تا ۱۸۰۰ میلی‌متر در تهران کار گذاشته شد.|QA",
            // Persian: no country takes a plural ending (the folds of the Zagros); Tehran's "Istanbul crossroads"
            "fa|چین‌های زاگرس در لرستان از کم‌نظیرترین نمونه‌ها هستند.|CN",
            // nor does a town (Takestan's name is the word for a vineyard)
            "fa|تاکستان‌های انگور فرانسه امسال محصول کمتری دادند.|IR",
            // and the article that writes that plural means the word by the bare name too ("a fold 20 km long")
            "fa|چین‌های زاگرس در لرستان کم‌نظیرند. در برخی نقاط یک چین با طول ۲۰ کیلومتر دیده می‌شود.|CN",
            // "his right leg" after the conjunction; "this phenomenon" in a football story, not Mashhad's club
            "ar|حرك الرجل ذراعه اليسرى وساقه اليمنى فنقله المسعفون إلى المستشفى.|YE",
            // "the coral islands", with an old plural of "island" that Algeria's name is written like
            "ar|ويتضمن المهرجان رحلات بحرية حول الجزائر المرجانية المحيطة بالجزيرة في جازان.|DZ",
            // a Tatar given name that is Denmark's Russian name, before a surname with a Russian ending
            "ru|Дания Ахметова стала чемпионкой России по плаванию в Казани.|DK",
            // the Romani people, not Rome, in the languages that call the city otherwise
            "de|Der Zentralrat Deutscher Sinti und Roma kritisierte die Polizei in Mannheim.|IT",
            "en|Police evicted dozens of Roma families from a camp near Bratislava, rights groups said.|IT",
            // a singer's voice before her name
            "es|La soprano Montserrat Caballé cantó en el Liceo de Barcelona.|MS",
            "fa|بایرن برای آنکه این پدیده به تیم‌های بزرگ دیگر نرود، بودجه کلانی برای بازی در لیگ و جام داد.|IR",
            // "Zionists", a creed's followers, not Israel's people; the regime's name stays Israel's
            "fa|نماینده مجلس گفت صهیونیست‌ها پشت این توهین به پیامبر در مطبوعات دانمارک هستند.|IL",
            // "contagious diseases", where Mazandaran's capital is an adjective
            "fa|مرکز مدیریت بیماری‌های ساری در چین نسبت به شیوع آنفلوآنزا هشدار داد.|IR",
            // a word's second half after a ZWNJ: storytellers, cotton picking
            "fa|علاوه بر اجرای قصه‌گویان در سالن‌ها، برنامه‌هایی در مدارس برگزار می‌شود.|GY",
            "fa|هوای آفتابی به پیشرفت کار پخته‌چینی در ختلان کمک کرد.|CN",
            "fa|به گزارش خبرنگار ما از چهارراه استانبول، هر یورو ۳۹۴۰ تومان معامله شد.|TR",
            // a family name the article has given, again as the subject of a verb of saying, also after a noun that
            // describes the speaker ("pledged al-Masri", "the winner al-Kuwaiti stressed")
            "ar|فاز في الدائرة الثالثة هاني بن عمر المصري بـ 1512 صوتا. وتعهد المصري بمتابعة مشروعات الحدائق.|EG",
            "ar|فاز في الدائرة الأولى عبدالرحمن بن سالم الكويتي بـ 1840 صوتا. وأكد الفائز الكويتي أن أولويته الأمطار.|KW",
            // an establishment quoted after the word for it, and its name quoted again: German, Russian with straight
            // quotes; a Turkish name the establishment's word closes, with a case ending; a French cheese
            "de|Das Feuer brach in der Küche des Lokals «Athen» aus. «Athen» soll bald wieder öffnen.|GR",
            "ru|Ресторан \"Прага\" на Арбате откроется, и там снова будут продавать торт \"Прага\".|CZ",
            "tr|Tören, Paris Pastanesi'nin Hamamyolu'ndaki salonunda düzenlendi.|FR",
            "fr|La coopérative produit 25.000 tonnes de petits-suisses par an.|CH",
            // a treaty named after where it was signed
            "en|The island sells most of its sugar to Europe under the Lome Convention.|TG",
            "en|Emissions fell below the targets of the Kyoto Protocol, the agency said.|JP",
            // a company's name that a stock ticker closes
            "en|Canada Southern Petroleum <CSW> said it sold its stake in the field.|CA",
            // a shop named after its founders, and the headline that shortens it
            "en|BOSTON - The building that housed the Jordan Marsh department store will become apartments.|JO",
            // an everyday given name that GeoNames alone knows as a town, before a surname; a royal title before a
            // name; a surname with a player's figures after it, also where its given name opens the sentence
            "en|The service streams classic Disney fare, including “Mary Poppins” and “Bambi.”|TM",
            "en|The plan drew on Elizabeth Warren’s proposals, aides said.|US",
            "en|The Sabres lost, though Brandon Montour scored twice.|US",
            "en|His mother, Queen Elizabeth, was said to have disapproved.|US",
            "en|Viera (3-0): Talorie Crafton 1 goal. Madelyn Rosario 1 assist.|AR",
            // the surname's capital after an apostrophe
            "en|Cocoa (1-2): Osas Osaro 3 goals, 1 assist. Aden O'Hara 2 goals, 2 assists.|YE",
            // a trophy named after a man, a brand joined to a capital letter
            "en|He helped his hometown team to a Stanley Cup title last season.|FK",
            "en|The chief executive of T-Mobile is stepping down in May, the company said.|US",
            // a captive's syndrome named after a siege in Stockholm; a pact named after where it was signed
            "en|The hostages showed signs of Stockholm syndrome, a psychologist said.|SE",
            "es|Los rehenes mostraron síndrome de Estocolmo, dijo un psicólogo.|SE",
            "en|The Warsaw Pact dissolved in 1991, historians noted.|PL",
            // German coalitions named after the flags their parties' colours make, at home and abroad; a Turkish
            // idiom in the form the press writes it; Chinese cabbage
            "de|Die Jamaika-Koalition in Kiel hat sich auf einen Haushalt geeinigt.|JM",
            "de|In Magdeburg regiert eine Kenia-Koalition aus CDU, SPD und Grünen.|KE",
            "en|Talks on a so-called Jamaica coalition of conservatives and Greens resumed on Monday.|JM",
            "tr|Bakan, muhalefetin konuya Fransız kaldığını söyledi.|FR",
            "ru|Цены на китайскую капусту выросли на рынках.|CN",
            "en|Guinea pigs were used in the experiment, researchers said.|GN",
            "en|Researchers found new frog species in the highlands of New Guinea.|GN",
            // Arabic and Persian: a nationality's adjective after a word for a cuisine, a dish, a restaurant, coffee,
            // tea or rice, behind the word's article or clitics
            "fa|برنج هندی در بازار تهران گران شد.|IN",
            "fa|رستوران ایتالیایی تازه‌ای در شمال تهران افتتاح شد.|IT",
            "ar|افتتح مطعم هندي جديد في حي العليا بالرياض.|IN",
            "ar|تقدم المطاعم في جدة الأطباق المصرية والشاي المغربي للزوار.|EG",
            // a ware named after a place, and a maker's next model in a list after one named after a town
            "en|The chain sells Panama hats, Bermuda shorts and sweaters at its stores.|BM",
            "en|Sales of the Hyundai Santa Fe and Tucson models rose in November, Hyundai said.|US",
            // Persian words the match form folds onto a name: سیول "floods" (Seoul is سئول), دبی "flow rate" before a
            // figure and a unit of volume, صوفیه "the Sufis", کانتون a canton
            "fa|سیول و طغیان رودخانه‌ها در استان گلستان خسارت زد.|KR",
            "fa|وی افزود: آب با دبی ۵۵ مترمکعب در ثانیه رهاسازی می‌شود.|AE",
            "fa|ازرق پوشان کنایه است از صوفیه بدان مناسبت که خرقه کبود می‌پوشند.|BG",
            "fa|مقام‌های کانتون سارایوو با اعلام وضعیت هشدار، مدارس را تعطیل کردند.|KI",
            "ar|شاركت 40 شركة سعودية في معرض كانتون التجاري في مدينة غوانغتشو الصينية.|KI",
            // England's Midlands, not Zimbabwe's province
            "en|The chain runs restaurants across the Midlands and north-west England.|ZW",
            "en|The benchmark palm oil contract on Bursa Malaysia Derivatives ended the week higher.|TR",
            // the town right after a place read as a given name is the surname
            "en|The reef is recovering, said marine biologist Israel Mendoza, who led the work.|AR",
            // French "seul" at a sentence's start (Seoul is Séoul), "l'Atlantique" the ocean, not Benin's department
            "fr|Seul un TER sur trois circulait entre Lyon et Grenoble lundi.|KR",
            "fr|Le groupe jouera au Luxembourg avant de traverser l'Atlantique pour trois dates à Montréal.|BJ",
            // a sentence that opens with an everyday given name, a surname before a generation's suffix, and a
            // player's or a musician's role before the name
            "en|Whitney Houston's estate announced a new album on Friday.|US",
            "en|Cuba Gooding Jr. appeared in court on Monday, his lawyer said.|CU",
            "en|American golfer Jordan Spieth won the tournament on Sunday.|JO",
            "en|Red Hot Chili Peppers drummer Chad Smith said the band would tour.|TD",
            // German phrases whose adjective names no country's story, and a pastry
            "de|Der Zyklon zieht über den Indischen Ozean nach Madagaskar.|IN",
            "de|Die Sächsische Schweiz zählte mehr Wanderer als im Vorjahr.|CH",
            "de|Bäckereien verkaufen mehr Amerikaner als im Vorjahr.|US",
            "de|Im Restaurant gibt es japanisches Essen und chinesische Küche.|JP",
            // the ocean, now that French indien is India's adjective
            "fr|Le cyclone traverse l'océan Indien en direction de Madagascar.|IN",
            // a festival, a leak, a sport and a breed named after a country, and held, read, played and bred elsewhere
            "ru|В Москве отметили Китайский Новый год.|CN",
            "en|Prosecutors in Reykjavik reopened cases linked to the Panama Papers leak.|PA",
            "ar|أطاحت أوراق بنما بوزير في أيسلندا.|PA",
            "tr|Amerikan futbolu ligi İstanbul'da başladı.|US",
            "fr|Le football américain gagne des adeptes à Lyon.|US",
            "en|An Afghan hound won best in show in New York.|AF",
            "en|A hardware chain in Ohio is recalling French doors and Dutch ovens.|FR",
            "en|A hardware chain in Ohio is recalling French doors and Dutch ovens.|NL",
            "en|An Iraq war veteran was elected mayor of Dayton, Ohio.|IQ",
            "en|The Mexican-American actor received a lifetime award in Los Angeles.|MX",
            "en|Irish-American groups marched in Boston's St. Patrick's Day parade.|IE",
            // the US dollar in a body is the currency rates are quoted in
            "fa|قیمت دلار آمریکا در بازار آزاد تهران کاهش یافت.|US",
            "en|The rupee fell to a record low against the US dollar in Mumbai on Monday.|US",
            "ru|Курс доллара США на бирже в Минске снизился.|US",
            // the crude benchmark
            "en|Brent crude rose 50 cents, while West Texas Intermediate gained 40 cents.|US",
            "fa|قیمت نفت برنت امروز افزایش یافت و نفت وست تگزاس اینترمدیت آمریکا نیز گران شد.|US",
            // treaties and rounds named after where they were signed or held
            "es|Chile reiteró en Santiago su compromiso con el Acuerdo de París.|FR",
            "fr|Kiev accuse les séparatistes de violer les accords de Minsk dans l'est de l'Ukraine.|BY",
            "ru|Киев обвинил сепаратистов в нарушении Минских соглашений на востоке Украины.|BY",
            "ar|أكدت السعودية التزامها باتفاق باريس للمناخ.|FR",
            "fa|ایران هنوز توافق پاریس را تصویب نکرده است.|FR",
            "tr|Türkiye Paris İklim Anlaşması'nı onayladı.|FR",
            "ar|قالت الهند إنها ستدافع عن دعم المزارعين في جولة الدوحة لمحادثات التجارة العالمية.|QA",
            "de|Die Sparkassen in Bayern müssen die Regeln von Basel III umsetzen.|CH",
            // a currency a market report names by its country, and diseases named after one
            "fa|قیمت یورو، پوند انگلیس و درهم امارات در بازار تهران افزایش یافت.|GB",
            "fa|قیمت یورو، پوند انگلیس و درهم امارات در بازار تهران افزایش یافت.|AE",
            "ar|تراجع اليورو والجنيه الإسترليني والين الياباني أمام الريال في السوق السعودية.|JP",
            "ar|سجلت المديرية الصحية في جازان حالات من الحمى المالطية.|MT",
            "fa|وزارت بهداشت در تهران درباره سرخک آلمانی هشدار داد.|DE",
            "ru|Врачи в Казани сравнили эпидемию с испанским гриппом.|ES",
            // a race, a trophy, a pandemic and an illness that keep the name of a town they left or never had
            "ar|فاز السائق السعودي يزيد الراجحي بالمرحلة الخامسة من رالي داكار في حائل.|SN",
            "en|Saudi driver Yazeed Al-Rajhi won the fifth stage of the Dakar Rally near Hail.|SN",
            "fr|Le pilote qatari Nasser Al-Attiyah a remporté le Dakar en Arabie saoudite.|SN",
            "tr|Suudi Arabistan'da düzenlenen Dakar Rallisi'ni Katarlı pilot kazandı.|SN",
            "en|Team New Zealand won the America's Cup in Barcelona.|US",
            "en|US diplomats in Vienna reported symptoms of Havana syndrome.|CU",
            // a school, a university or a hospital a nation founded abroad and named after itself, with its town
            "en|Students at the American University of Beirut marched against a fee increase.|US",
            "en|The German University in Cairo graduated 3,000 students on Thursday.|DE",
            "fr|Les étudiants de l'Université américaine de Beyrouth ont manifesté lundi.|US",
            "es|Los alumnos de la escuela alemana de Lima celebraron el aniversario el lunes.|DE",
            "ru|Студенты Американского университета в Бейруте протестовали против повышения платы.|US",
            "tr|Beyrut Amerikan Üniversitesi öğrencileri harç artışını protesto etti.|US",
            "ar|فازت المدرسة البريطانية الدولية في جدة بجائزة العلوم الإقليمية.|GB",
            "ar|خرجت الجامعة الألمانية بالقاهرة ثلاثة آلاف طالب يوم الخميس.|DE",
            "fa|دانشجویان دانشگاه آمریکایی بیروت علیه افزایش شهریه تظاهرات کردند.|US",
            "fa|دانش‌آموزان مدرسه آلمانی بین‌المللی تهران جشن گرفتند.|DE",
            // breeds, wares, treatments, sauces and blights named after a country or a region
            "en|A salon in Lagos offers Brazilian waxes and French manicures.|BR",
            "en|Panama disease threatens banana farms in Queensland, officials said.|PA",
            "en|Doctors in Boston recalled the Hong Kong flu pandemic of 1968.|HK",
            "en|Sales of Worcestershire sauce rose in Chicago.|GB",
            "ru|На выставке в Казани победила немецкая овчарка.|DE",
            "tr|Sivas'ta Kangal köpeği ve Alman kurdu yarıştı.|DE",
            "ar|فاز كلب من فصيلة الراعي الألماني بمسابقة في الرياض.|DE",
            "ar|افتتح مطعم دجاج كنتاكي فرعا جديدا في الرياض.|US",
            // Arabic everyday words that fold onto a town: an axe (فأس, Fez فاس), a courtyard, a conductor
            "ar|ضربه بفأس على رأسه في المزرعة.|MA",
            "ar|جلس الأطفال في الباحة الخلفية للمنزل.|SA",
            "ar|يعمل الموصل الكهربائي بكفاءة عالية.|IQ",
            // a sector word after a town's namesake, or no sector word, leaves the company's name alone
            "en|Jamaica Water Properties said profit rose.|JM",
            // a condiment made everywhere in the style of the town it is named after
            "en|The Denver chef seasons the stew with Dijon mustard.|FR",
            // diseases, a massage, a sweet and a dog show named after a place and found everywhere
            "en|Congo virus claimed another life in Karachi, health officials said.|CD",
            "en|Two patients in Quetta tested positive for Crimean-Congo haemorrhagic fever.|CD",
            "ar|سجلت العراق إصابات جديدة بحمى القرم الكونغو النزفية في ذي قار.|UA",
            "ar|سجلت العراق إصابات جديدة بحمى القرم الكونغو النزفية في ذي قار.|CD",
            "tr|Tokat'ta Kırım Kongo kanamalı ateşi vakaları arttı.|UA",
            "fr|L'Irak a signalé de nouveaux cas de fièvre hémorragique de Crimée-Congo à Bagdad.|CD",
            "en|Officials in Dhaka launched a Japanese encephalitis vaccination drive.|JP",
            "fa|واکسیناسیون آنسفالیت ژاپنی در هند آغاز شد.|JP",
            "ru|В Приморье выявили японский энцефалит у двух детей.|JP",
            "ar|ضبطت الشرطة في الرياض محلا للمساج التايلندي يعمل دون ترخيص.|TH",
            "tr|İzmir'de Tayland masajı salonuna baskın yapıldı.|TH",
            "en|The Thai boxing gym in Melbourne opened a second branch.|TH",
            "de|Die Dubai-Schokolade ist in Berliner Supermärkten ausverkauft.|AE",
            "ar|نفدت شوكولاتة دبي من متاجر الرياض.|AE",
            "en|The Westminster Kennel Club named a standard poodle best in show.|GB",
            // a landform word after a country's name: a local place, a plant or a brand named after one
            "en|Turkey Hill Dairy recalled ice cream sold in Pennsylvania stores.|TR",
            "en|Florida Power & Light restarted a reactor at its Turkey Point plant near Miami.|TR",
            "en|Poland Spring recalled bottled water sold in Boston.|PL",
            "en|Navy engineers at China Lake tested a new missile in California.|CN",
            // an animal's or a plant's kind named after a country, found wherever it lives
            "en|Hunters removed 200 Burmese pythons from the Everglades in Florida this summer.|MM",
            "en|Japanese beetles damaged crops across Iowa this summer.|JP",
            "en|Argentine ants invaded homes in San Diego.|AR",
            "en|Thieves stole two French bulldogs from a home in Los Angeles.|FR",
            "en|Canada geese are fouling the park in Leeds, the council said.|CA",
            "en|Norway rats infested the subway in New York.|NO",
            "tr|Van'da İran kedisi yarışması düzenlendi.|IR",
            "en|The Austin bar serves a Moscow mule and a Cuba libre at happy hour.|CU",
            "en|Norwegian Cruise Line cancelled sailings from Miami this week.|NO",
            // Native American and Caribbean peoples English calls Indian, and Britain's Georgian era
            "en|The Bureau of Indian Affairs approved the casino in Oklahoma.|IN",
            "en|Indian gaming revenue in California rose 5 percent.|IN",
            "en|The West Indian community in Brooklyn celebrated Labor Day.|IN",
            "en|A Georgian townhouse in Bath sold for 2 million pounds.|GE",
            "tr|İSTANBUL (DHA) - Kadıköy'deki Bağdat Caddesi'nin bir bölümü trafiğe kapatıldı.|IQ",
            // English Jordan and Chad, which French, German, Spanish and Turkish write otherwise, are people there
            "fr|Jordan a marqué 40 points pour les Bulls samedi.|JO",
            "de|Jordan traf in der Schlussminute für die Bulls.|JO",
            "fr|Chad a marqué deux essais pour Exeter.|TD",
            // Charles Darwin in every language; a senator's surname after her given name
            "en|Darwin's theory of evolution was debated at a Boston school.|AU",
            "de|Darwins Evolutionstheorie wurde in Berlin diskutiert.|AU",
            "en|Marsha Blackburn questioned the nominee on Tuesday.|GB",
            // dishes made everywhere
            "en|The Leeds cafe serves Swedish meatballs all day.|SE",
            "es|El filete ruso es el plato más pedido en Sevilla.|RU",
            // a brand's inner capital is its spelling: the Dublin suburb is not the fund manager
            "en|A man was injured near the Blackrock diving tower on Sunday.|US",
            "fr|L'AFSCA rappelle du filet américain vendu dans des supermarchés de Liège.|US",
            "tr|ESKİŞEHİR (DHA) - Odunpazarı'ndaki lokanta Arnavut ciğeriyle ünlendi.|AL",
            "ru|Саратовский хлебозавод возобновил выпуск французской булки.|FR",
            "fa|چهار عدد لیمو عمانی را سوراخ کنید و خورش را در ظرف چینی سرو کنید.|OM",
            "fa|چهار عدد لیمو عمانی را سوراخ کنید و خورش را در ظرف چینی سرو کنید.|CN",
            // Saudi banks named with a foreign partner's adjective; a spokesman surnamed al-Maghribi is no cue for
            // "the Kingdom" being Morocco
            "ar|ارتفع سهم البنك السعودي الفرنسي 4.1 في المئة، وصعد سهم البنك السعودي الهولندي 2 في المئة.|FR",
            "ar|ارتفع سهم البنك السعودي الفرنسي 4.1 في المئة، وصعد سهم البنك السعودي الهولندي 2 في المئة.|NL",
            "ar|قال المتحدث باسم المرور في جدة العقيد وليد المغربي إن الإدارة تدرس رفع المخالفة في المملكة.|MA",
            // Persian "we insist" (ما مصر هستیم), written as Egypt's name
            "fa|مدیرعامل آب و فاضلاب تهران گفت: ما مصر هستیم که هدررفت آب را کاهش دهیم.|EG",
            // scripture's Children of Israel, and a Mashhad bazaar named after its Kuwaiti traders
            "ar|صام النبي موسى يوم عاشوراء شكرا لله الذي نجاه وبني إسرائيل من فرعون.|IL",
            "fa|آتش‌سوزی در بازارچه کویتی‌ها در نزدیکی حرم مطهر مهار شد.|KW",
            // Mexico City's streets named after European cities, one joined by "de", others listed after the plural;
            // a street behind "l'"
            "es|La alcaldía cerrará la calle de Hamburgo, en la colonia Juárez.|DE",
            "es|La alcaldía recomendó evitar las calles Liverpool y Varsovia en horas pico.|GB",
            "es|La alcaldía recomendó evitar las calles Liverpool y Varsovia en horas pico.|PL",
            "fr|La Ville de Genève refera le revêtement de l'avenue de France cet été.|FR",
            // a street named with a nationality's adjective, and Istanbul's cobblestones
            "tr|Beyoğlu Belediyesi, \"Fransız Sokağı\" olarak bilinen sokakta çalışma başlattı.|FR",
            "tr|Beyoğlu Belediyesi sokaktaki Arnavut kaldırımlarını yeniliyor.|AL",
            "ru|Школьный автобус привозит учеников из поселков Остроленский и Кассель.|DE",
            // dishes, drinks and styles named after a place, served far from it; a church's rite; a virus
            "en|A bar in London sells Buffalo wings and Peking duck.|US",
            "en|A bar in London sells Buffalo wings and Peking duck.|CN",
            "en|A diner in Ohio serves Yorkshire pudding.|GB",
            "en|A diner in Ohio serves Vienna sausages.|AT",
            "en|A pizzeria in London serves Chicago-style pizza and Texas toast.|US",
            "en|A restaurant in Ohio serves Thai curry and Japanese ramen.|TH",
            "en|A restaurant in Ohio serves Thai curry and Japanese ramen.|JP",
            "en|A Turkish coffee shop opened in Brooklyn on Saturday.|TR",
            "en|A chef in London served chicken Kiev.|UA",
            "en|A Japanese garden opened in Portland, Oregon.|JP",
            "en|A bar in London mixed Singapore slings.|SG",
            "fr|Un restaurant de Lyon sert du canard laqué de Pékin.|CN",
            "en|A fire damaged a Greek Orthodox church in Toronto on Sunday.|GR",
            "en|The Ukrainian Greek Catholic Church held a synod in Lviv.|GR",
            "fr|Une église grecque orthodoxe de Lyon a été vandalisée.|GR",
            "en|An outbreak of the Norwalk virus closed a school in London.|US",
            "en|A bakery in Ohio sells Madeira cake and Chelsea buns.|PT",
            "en|A shop in Ohio sold Guernsey sweaters.|GG",
            // figures of speech, works, monuments and projects named after a place
            "en|The new mall is a Mecca for shoppers in Leeds, its owners said.|SA",
            "en|The MP had a road to Damascus moment on climate policy, he told the Commons in London.|SY",
            "en|The MP warned of a Munich moment in talks with Russia.|DE",
            "en|The Ohio senator said the hearing was like the Spanish Inquisition.|ES",
            "en|A Greek chorus of critics in Ohio attacked the plan.|GR",
            "en|Apple TV+ renewed the spy thriller Tehran for a third season, the studio said in Los Angeles.|IR",
            "en|Emily in Paris was filmed in Rome this season.|FR",
            "en|The Paradise Papers revealed offshore holdings of celebrities in London.|US",
            "en|Kraft Heinz said Philadelphia cream cheese sales rose in Britain.|US",
            // dogs' breeds, games, an instrument, a dance and a sport named after a country
            "en|An Australian shepherd and a Belgian Malinois won prizes at a dog show in Ohio.|AU",
            "en|An Australian shepherd and a Belgian Malinois won prizes at a dog show in Ohio.|BE",
            "en|An Irish setter named Red won best in show in Kent.|IE",
            "en|A Yorkshire terrier was stolen from a car in Ohio.|GB",
            "en|The Portuguese water dog has become popular in Ohio.|PT",
            "en|Children in Ohio played Chinese checkers under Chinese lanterns.|CN",
            "en|A Spanish guitar sold for $1 million at auction in New York.|ES",
            "en|An Irish dance school in Ohio won a prize.|IE",
            "en|An Australian rules football club in London held a match.|AU",
            "fr|Un café de Lyon vend des gaufres de Liège.|BE",
            "fa|رستورانی در تهران سالاد روسی سرو می‌کند.|RU",
            // a virus's variant named after a country; tools, vegetables, dishes and a syndrome in Arabic and Persian
            "en|Saudi Arabia reported new cases of the British variant of the coronavirus in Riyadh.|GB",
            "en|The UK variant spread across Ohio, health officials said.|GB",
            "ar|سجلت وزارة الصحة السعودية إصابات جديدة بالسلالة البريطانية من فيروس كورونا في الرياض.|GB",
            "ar|رصدت وزارة الصحة العمانية حالات من المتحور الهندي في مسقط.|IN",
            "fa|وزارت بهداشت اعلام کرد ویروس انگلیسی کرونا در خوزستان شیوع یافته است.|GB",
            "fa|نخستین مورد کرونای هندی در تهران شناسایی شد.|IN",
            "fa|این بازیکن آچار فرانسه پرسپولیس در بازی با استقلال درخشید.|FR",
            "fa|کشاورزان در گیلان کلم بروکسل کاشتند.|BE",
            "fa|یک رستوران در شیراز پیتزا ایتالیایی سرو می‌کند.|IT",
            "ar|تبيع مخبزة في جدة الحلويات الدنماركية.|DK",
            "ar|قال طبيب نفسي في القاهرة إن الرهينة أظهرت أعراض متلازمة ستوكهولم.|SE",
            "fa|یک روانشناس در تهران گفت گروگان به سندرم استکهلم دچار شده است.|SE",
            // a navy's ship named after a place; seas a country shares
            "en|The submarine USS Texas visited Busan, South Korea.|US",
            "en|The submarine USS Florida arrived in Bahrain on Tuesday.|US",
            "en|Two tankers were attacked in the Gulf of Oman on Thursday.|OM",
            "en|A ferry crossed the Irish Sea to Holyhead in a storm.|IE",
            "es|El Palau de la Generalitat acogió la reunión en Barcelona.|PW",
            "en|The concert at the Palau Sant Jordi in Barcelona sold out.|PW",
            // parts of the Americas, where "America" alone is the United States
            "en|Sales rose 5 percent in North America and fell in Europe, the German company said.|US",
            "en|Latin America's economies grew 2 percent, the IMF said.|US",
            "en|The film topped the North American box office this weekend.|US",
            "tr|Satışlar Kuzey Amerika'da arttı, şirket İstanbul'da açıkladı.|US",
            // a neighbourhood named after a foreign city; London's east, not the Eastern Cape's city
            "en|Little Tokyo in Los Angeles marked its anniversary.|JP",
            "en|Police raided homes in East London on Monday, the Metropolitan Police said.|ZA",
            // Turkish dishes after a nationality or a country's bare name, an idiom and a cat's breed
            "tr|Konya'da bir restoran Çin yemekleri sunuyor.|CN",
            "tr|Bodrum'da bir pastane Fransız pastası satıyor.|FR",
            "tr|Antalya'da arkadaşlar hesabı Alman usulü ödedi.|DE",
            "tr|İzmir'de bir kedi sahibi Rus mavisi kedisini kaybetti.|RU",
            // idioms that name a nationality for a likeness
            "de|Er machte auf der Party in Köln einen polnischen Abgang.|PL",
            "fr|Pour les élus de Lyon, ce dossier, c'est du chinois.|CN",
            "fr|Le joueur est devenu la tête de Turc des supporters lyonnais.|TR",
            "es|El concejal de Madrid se despidió a la francesa.|FR",
            "ru|В гостинице в Сочи завтрак подают по системе шведский стол.|SE",
            "ru|Зрители в Москве испытали испанский стыд.|ES",
            "en|The budget rules are all Greek to me, the Ohio senator said.|GR",
            "en|The union accused Leeds council of old Spanish practices.|ES",
            "en|The Leeds council took French leave from the talks.|FR",
            // a manner or a style a nationality qualifies
            "fa|یک رستوران در تهران غذا را به سبک ایتالیایی سرو می‌کند.|IT",
            "fa|جشن تولد به سبک آمریکایی در شمال تهران برگزار شد.|US",
            "ar|احتفل شباب في الرياض بعيد الحب على الطريقة الأمريكية.|US",
            "es|Un restaurante de Madrid sirve hamburguesas al estilo estadounidense.|US",
            "ru|Дом в Москве построен в итальянском стиле.|IT",
            "fa|زنان در جشن اصفهان لباس هندی پوشیدند.|IN",
            "ar|صمم المهندس منزلا في جدة بالأسلوب الإيطالي.|IT",
            // the army and pain, not the provinces: no status word after them
            "tr|Ordu hazır olduğunu açıkladı, komutan konuştu.|TR",
            "tr|Ağrı kesici ilaç hastaya verildi.|TR"})
    void aPlaceNameInsideAPersonsOrAnOrganizationsNameIsNoPlace(String language, String body, String absent) {
        assertThat(all(tag("x", body, language))).doesNotContain(absent);
    }

    /** A brand spelled with an inner capital counts written so, or in a headline's capitals. */
    @Test
    void aBrandWithAnInnerCapitalCountsWrittenSoOrInCapitals() {
        assertThat(primary(tag("BlackRock buys stake", "BlackRock said on Monday it had bought a stake in the utility.",
                "en"))).containsExactly("US");
        assertThat(primary(tag("BLACKROCK BUYS STAKE", "The fund manager said on Monday it had bought a stake.", "en")))
                .containsExactly("US");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The president of Kenya met investors on Monday.|KE",
            // a town, a nationality and a people named where the dish, the rite or the storm rows would not reach
            "en|Police in Buffalo arrested two men on Friday.|US",
            "en|Thai rice exports rose in March, traders said.|TH",
            "en|Greek police arrested two men in Athens.|GR",
            "en|Pilgrims travelled to Mecca for the hajj on Sunday.|SA",
            "en|Rebels cut the road to Damascus on Monday.|SY",
            "en|England play Kenya in the final on Sunday.|KE",
            "en|Spanish police seized a guitar stolen in Seville.|ES",
            "en|The Prime Minister will host the Taoiseach at Downing Street next week.|IE",
            "en|Texas officials said the submarine would visit Busan.|US",
            "en|The company's sales in America rose 5 percent, it said.|US",
            "tr|Çin mallarına yeni gümrük vergisi getirildi.|CN",
            "fr|Le gouvernement chinois a annoncé un plan de relance.|CN",
            "fa|وزیر خارجه ایتالیا وارد تهران شد.|IT",
            "ru|Шведский премьер-министр прибыл в Москву.|SE",
            "en|British health officials said the new variant spread fastest in Kent.|GB",
            "fa|وزیر خارجه انگلیس با همتای ایتالیایی خود دیدار کرد.|IT",
            "en|Irish officials met in Dublin on the dance hall's future.|IE",
            // the fever's country named as a place, and a country's own valley
            "en|An outbreak of Ebola was confirmed in Congo on Monday.|CD",
            "en|Israeli settlers expanded farms in the Jordan Valley, Palestinian officials said.|IL",
            "ar|أعلنت وزارة الصحة في الكونغو تفشي الحمى النزفية.|CD",
            // people named by their nationality before a word that is also a breed's: shepherds, a volleyball setter
            "en|Afghan shepherds were killed by a landmine in Helmand.|AF",
            "en|The Brazilian setter Bruno led his team to victory in Rome.|BR",
            "en|Canada Goose reported higher quarterly sales on Thursday.|CA",
            "en|Indian Prime Minister Narendra Modi visited Washington on Monday.|IN",
            "fr|Le roi de Jordanie a reçu le président à Amman.|JO",
            "fr|Le Tchad a fermé sa frontière avec le Soudan.|TD",
            "en|Jordan closed its border with Syria on Monday.|JO",
            "en|A cyclone hit Darwin, the capital of Australia's Northern Territory.|AU",
            "en|German bread exports to China rose last year, Berlin said.|DE",
            "en|Georgian churches in Tbilisi drew pilgrims at Easter.|GE",
            // national indices, central banks and a ministry that market reports name without their country
            "en|The Hang Seng index fell 2 percent on Monday.|HK",
            // local bodies and London's boroughs that regional news names alone
            "en|Environment Canterbury restricted water takes from the rivers.|NZ",
            "en|Commuters faced delays after an SMRT train fault on Wednesday.|SG",
            "en|CalMac said the ferry had been taken out of service.|GB",
            "en|Drivers in Bermondsey face lane closures, Southwark Council said.|GB",
            // national sides by the nicknames only they bear
            "en|Oranje won 2-0 on Saturday, the coach said.|NL",
            "en|The Taeguk Warriors won 2-0 on Saturday.|KR",
            "en|El Tri won 2-0 in Los Angeles on Saturday.|MX",
            "en|The Lionesses won 2-0 at Wembley on Saturday.|GB",
            // districts of big cities that the GeoNames extract skips as city sections
            "en|Mourners gathered in Itaewon a year after the crowd crush.|KR",
            "en|An Israeli strike hit a building in Dahiyeh on Tuesday.|LB",
            "en|Police in Kibera arrested two men after a robbery.|KE",
            "de|In Kreuzberg demonstrierten am Samstag Tausende.|DE",
            "en|The Kospi fell 2 percent as chipmakers slid.|KR",
            "en|The Riksbank cut its repo rate by a quarter point.|SE",
            "en|MITI officials said exports would fall this year.|JP",
            // a country's national company, named by its sector after the country's own name
            "en|Kuwait Petroleum Corp said crude exports rose in March.|KW",
            "en|Korea Electric Power said its losses narrowed.|KR",
            "en|China National Petroleum Corp said output rose.|CN",
            "ar|وصل الوفد إلى فاس أمس.|MA",
            "ar|زار الأمير منطقة الباحة أمس.|SA",
            // the town of a school founded abroad is the story's; a founder's school with no town after it stays
            "ar|احتج طلاب الجامعة الأمريكية في بيروت على رفع الرسوم الدراسية.|LB",
            "en|The American University said on Monday it would raise its fees.|US",
            "ar|قالت الجامعة الأمريكية إنها سترفع الرسوم الدراسية.|US",
            "en|The British Institute of International and Comparative Law published a report.|GB",
            "en|Historians compared Austria-Hungary with the Ottoman Empire.|AT",
            "en|Gas from Russia reached Europe through Ukraine.|RU",
            "fa|سفیر ایران در مسکو با وزیر خارجه روسیه دیدار کرد.|IR",
            "en|President Erdogan of Turkey met the minister in Ankara.|TR",
            // a country opening a headline, a verb, then a company's name and its ticker
            "en|Officials said Japan will buy ABC Corp <ABC> shares.|JP",
            "ru|Президент России провёл совещание.|RU",
            // a country Russian does not decline, after an office and before the officeholder's name
            "ru|Президент Чили Габриэль Борич объявил о реформе пенсионной системы.|CL",
            "ru|Премьер-министр Того Виктуар Томегах-Доге ушла в отставку.|TG",
            // Rome by its three-letter names, which the length filter drops from CLDR, in every Russian case; AS Roma
            "de|Der Papst feierte in Rom die Messe.|IT",
            "ru|Делегация прибыла в Рим для переговоров.|IT",
            "ru|В Риме прошли встречи министров.|IT",
            "en|AS Roma beat Lazio 2-1 in the derby on Sunday.|IT",
            "tr|Suriye'nin başkenti Şam'da patlama meydana geldi.|SY",
            "fr|Un séisme a été ressenti à Fès dans la nuit.|MA",
            "en|Tourism in Goa recovered strongly this year, officials said.|IN",
            "en|Clerics in Qom criticised the decision.|IR",
            // Mali, "financial" in Arabic and Persian, after the state's offices
            "ar|وزير خارجية مالي عبدالله ديوب يزور الجزائر.|ML",
            "fa|وزیر امور خارجه مالی عبدالله دیوپ به الجزایر سفر کرد.|ML",
            "fa|وزیر دفاع رژیم صهیونیستی از مرز لبنان بازدید کرد.|IL",
            // a plural that lost its people's ی (the Iraqis present) where the article writes the people's adjective
            "fa|مراسم در جمع عراقی‌ها برگزار شد و سخنران خطاب به عراق‌های حاضر از عراق و بغداد گفت.|IQ",
            // the vineyards of Takestan: the town right after the plural, and after a word for its county
            "fa|برداشت انگور از تاکستان‌های تاکستان آغاز شد. فرماندار شهرستان تاکستان گفت برداشت ادامه دارد.|IR",
            // a ZWNJ typed after a comma joins nothing
            "fa|ژاپن در رتبه سوم و،‌اسپانیا با ۱۸۰ میلیارد دلار در رتبه هشتم قرار گرفت.|ES",
            // the article's own name for a country, in a case form, before a person's name; and a language's own
            // name that another language shares (Spanish writes Chad too)
            "ru|Министр иностранных дел России Сергей Лавров провел переговоры.|RU",
            "ru|Туристы посетили Софию и Пловдив.|BG",
            "es|El presidente de Chad Mahamat Déby viajó a París.|TD",
            "ar|قال الرئيس التركي إن بلاده ستدعم الاتفاق.|TR",
            "ar|استقبلت الحكومة اليمنية الوفد في عدن.|YE",
            "ar|وصل الوفد إلى المدينة المنورة أمس.|SA",
            "fa|وزیر خارجه موریس با همتای خود دیدار کرد.|MU",
            "ar|سافر الوفد إلى جزيرة موريشيوس أمس.|MU",
            "ar|قالت اللجنة المنظمة إن ملاعب قطر 2022 م ستكون جاهزة قبل الموعد.|QA",
            "fa|تیم ملی قطر ۲ گل به حریف زد.|QA",
            "ar|أنشأت مزرعة صغيرة تبعد عن الرياض 60 كيلومترا.|SA",
            "ar|وصل المدرب القطري إلى الرياض أمس.|QA",
            "ar|فازت مصر على غانا بهدفين في تصفيات كأس العالم.|EG",
            "ar|طردت كوبا من منظمة الدول الأمريكية عام 1962.|CU",
            "fa|وزیر خارجه برای دیدار با مقامات به یمن سفر کرد.|YE",
            "ar|أعلنت أمانة بريدة افتتاح حديقة جديدة.|SA",
            "ar|وصل الوفد إلى جدة أمس قادما من القاهرة.|SA",
            "fa|فرماندار شهرستان گلوگاه از افتتاح یک مدرسه خبر داد.|IR",
            "fa|سیل در آمل خسارت زیادی به بار آورد.|IR",
            "fa|فرماندار املش از افتتاح یک مدرسه خبر داد.|IR",
            "ar|وصل الرئيس إلى كوتونو عاصمة بنين الاقتصادية أمس.|BJ",
            "fa|زائران ایرانی با پرواز مستقیم به جده رسیدند.|SA",
            "fa|سیل در ساری خسارت زیادی به بار آورد.|IR",
            "fa|وزیر نفت از افزایش تولید در میدان گازی پارس جنوبی خبر داد.|IR",
            "ar|وصل المبعوث الأممي إلى مأرب لبحث وقف إطلاق النار.|YE",
            "ar|شهدت بورصة عمان ارتفاعا في التداولات.|JO",
            "ar|ضرب زلزال بقوة 6 درجات إقليم الحوز.|MA",
            "ar|أعلن نادي الزمالك تعاقده مع مدرب جديد.|EG",
            "en|The naira fell to a record low against the dollar at the official window.|NG",
            "en|The zloty firmed after the central bank held rates.|PL",
            "de|Der Rubel fiel auf ein Rekordtief.|RU",
            "es|El rublo se desplomó frente al dólar.|RU",
            "en|The Lok Sabha passed the bill after a heated debate.|IN",
            "en|Manufacturers Hanover said net profit rose 12 pct in 1986.|US",
            "en|Norsk Hydro said it would cut aluminium output.|NO",
            "en|Fortescue said iron ore shipments rose.|AU",
            "en|Bollywood star Shah Rukh Khan attended the premiere.|IN",
            "en|Leaders gathered in Davos for the World Economic Forum.|CH",
            "en|Malacañang said the President would sign the measure next week.|PH",
            "en|The Duma approved the bill in the third reading.|RU",
            "en|Rescuers said a chemical attack on Duma, near Damascus, killed dozens.|SY",
            "en|Output at the South Pars gas field rose 5 pct, the oil minister said.|IR",
            "ar|وقعت شركة صينية عقدا لبناء الميناء.|CN",
            "fa|عراقی‌ها در انتخابات پارلمانی شرکت کردند.|IQ",
            "fa|صدراعظم آلمان در برلین با خبرنگاران گفت‌وگو کرد.|DE",
            "fa|سربازان آمریکا‌یی از پایگاه خارج شدند.|US",
            "fa|نیروهای ناتو در افغانستان‌ مستقر شدند.|AF",
            "fa|محموله از گمرک آذربایجان‌شرقی به جمهوری آذربایجان صادر شد.|AZ",
            "en|The Swiss franc firmed against the mark on Monday.|CH",
            "en|Exports to Japan rose by 5 pct to 1.2 billion dlrs.|JP",
            "en|China Light and Power Co Ltd sells electricity to China from next year.|CN",
            "en|Argentina sold 500,000 tonnes of wheat to the Soviet Union.|RU",
            "en|West German call money rates eased, dealers said.|DE",
            "en|U.K. money market rates eased on Tuesday, dealers said.|GB",
            "en|The U.A.E. central bank kept rates steady.|AE",
            "en|Turkey raised its wheat import quota, officials said.|TR",
            "en|The Ivory Coast main crop is expected to fall short of estimates.|CI",
            "en|Exports from Cote d'Ivoire rose in the quarter.|CI",
            "en|S. Korea and N.Z. signed a trade pact.|KR",
            "en|S. Korea and N.Z. signed a trade pact.|NZ",
            // Korea alone is the South: the North is always written so
            "en|The Bank of Korea raised its benchmark rate by a quarter point.|KR",
            "en|Czechoslovakia bought 200,000 tonnes of grain.|CZ",
            "en|Yugoslavia opened talks with its creditor banks.|RS",
            "en|Yugoslav inflation rose to 100 pct in the year.|RS",
            "en|The Netherlands Antilles government said the refinery would reopen.|CW",
            "en|Warplanes attacked Iran's Kharg terminal, officials said.|IR",
            "en|Workers struck at France's Total refinery on Monday.|FR",
            "en|Galatasaray beat the visitors 2-0 on Sunday.|TR",
            "tr|ABD ile Türkiye F-16 anlaşmasını imzaladı.|TR",
            "en|NASA delayed its crewed moon landing to 2027.|US",
            "de|Volkshochschulen in Hamburg und Schleswig-Holstein melden einen Ansturm.|DE",
            "en|Troops crossed into Congo-Brazzaville at dawn.|CG",
            "ar|يتصدر تشيلسي الدوري الإنجليزي الممتاز بفارق نقطتين.|GB",
            "ar|فاز المنتخب الإنكليزي على ضيفه بهدفين.|GB",
            "ar|توفيت المغنية في منزلها في ولاية جورجيا الأمريكية.|US",
            "ar|وصل الوزير إلى مسقط في زيارة رسمية.|OM",
            "ar|تطورات الأوضاع في اليمن تتسارع.|YE",
            "de|Ab Herbst bietet die Volkshochschule Dortmund doppelt so viele Kurse an.|DE",
            // a genitive s: "in parts of Somalia", not a man called Teilen Somalia
            "de|Es droht eine Hungersnot in Teilen Somalias.|SO",
            "de|Wieder kam es zu Gefechten in Teilen Kenias.|KE",
            "tr|İzmir'deki bir şarküteri zinciri günde iki ton sattığını açıkladı.|TR",
            "en|BEIRUT (AP) — An Israeli drone strike killed two people, Lebanon's state news agency said.|IL",
            "en|The High Court quashed permission for 220 homes on the outskirts of Midleton, Co Cork.|IE",
            "en|A road bridge in south Cumbria has been closed after engineers found damage.|GB",
            "ar|نقل المصابون إلى مستشفى صبيا العام امس.|SA",
            "ar|اعتقلت الشرطة شاباً سعودياً بتهمة الاعتداء على رجل.|SA",
            "fr|Le groupe industriel Valmorel rachète le fabricant liégeois de pompes hydrauliques.|BE",
            "fr|La Québécoise Maude Tremblay-Roy a remporté l'épreuve de bosses.|CA",
            "tr|Mali'de askeri yönetim seçim tarihini erteledi.|ML",
            "ru|АСТАНА. КАЗИНФОРМ — Сборная Казахстана по футзалу обыграла команду Узбекистана.|KZ",
            // either apostrophe: CLDR writes U+2019, wires type U+0027
            "fr|La Côte d'Ivoire a signé l'accord mardi.|CI",
            "fr|La Côte d’Ivoire a signé l’accord mardi.|CI",
            "en|Troops arrived in N'Djamena on Monday.|TD",
            "en|The HCM City metro line carried 3 million passengers in November.|VN",
            "en|Al Ahly beat Wydad 2-1 in the CAF Champions League final on Saturday.|EG",
            "en|Al Ahly beat Wydad 2-1 in the CAF Champions League final on Saturday.|MA",
            // به before the country, not its language: "travelled to France"
            "fa|وزیر امور خارجه به فرانسه سفر کرد.|FR",
            // a club of a hyphenated name after its town is no double-barrelled surname
            "en|Paris Saint-Germain beat Chelsea 2-0 on Sunday.|FR",
            // the city itself is no establishment: only the quoted name after ресторан is
            "ru|Президент прибыл в Прагу, где в ресторане «Прага» прошел прием.|CZ",
            // Mali, whose bare name is "financial" in Arabic and Persian, where a phrase can mean only the country
            "ar|قتل عشرة جنود في هجوم شمال مالي أمس.|ML",
            "ar|وصل وزير الخارجية إلى مالي في زيارة رسمية.|ML",
            "fa|ده سرباز در حمله‌ای در شمال مالی کشته شدند.|ML",
            // an institution's own name stays its country's after a company word, quoted as often as the article likes
            "ru|«Казатомпром» повысил прогноз добычи. Компания «Казатомпром» сообщила об этом в пятницу.|KZ",
            // abbreviations run their letters together: no initial of a person's name
            "en|Officials in Washington D.C. said the plan would go ahead.|US",
            "en|The Georgia U.S. Senate race tightened on Monday.|US",
            // a figure's thousands after a comma are no age
            "en|Chad Defence Forces, 2,000 strong, moved north on Monday.|TD",
            // Egypt's minister before a copula, with no بر (on) in the clause; and after بنا بر (according to)
            "fa|عمرو موسی پیش از این وزیر خارجه مصر بود.|EG",
            "fa|بنا بر این گزارش سفیر پیشین مصر است.|EG",
            // a government agency named by its field and its country names no person
            "en|The jobless rate fell, according to data released by Statistics Canada on Friday.|CA",
            "en|The MSP called on Transport Scotland to publish a firm date for the new vessels.|GB",
            "en|The team was fined, a statement from Cricket Australia said on Monday.|AU",
            "en|The trials will go ahead, according to a statement released by Athletics Kenya on Monday.|KE",
            // a day, a month or a body right before a clause's subject is no given name
            "en|Officials said that on Monday Brazil would suspend interest payments on its foreign debt.|BR",
            "en|The central bank said that in February Brazil suspended interest payments.|BR",
            "en|The minister told Parliament Japan would open its markets to farm imports.|JP",
            // an industry's noun opening a company's name before its country is no given name
            "en|The operator Telecom Argentina said its profit rose 12 pct.|AR",
            // the town a GeoNames alternate name "Gold" stands for keeps its own name
            "en|Heavy rain flooded streets on the Gold Coast on Monday.|AU",
            // Oman's territorial waters are Oman's
            "fa|کشتی‌ها در آب‌های سرزمینی عمان توقیف شدند.|OM",
            // a trade noun right after the place is the place's trade; a comma-set apposition of one word stays too
            "en|Sales at a Jordan store rose last year.|JO",
            "es|El ministro visitó Bogotá, Francia y Alemania, dijo su oficina.|FR",
            // a country's leader sworn in: a title, not a surname, follows the country's name
            "en|Chad President Idriss Deby was sworn in on Monday for a sixth term.|TD",
            // a nationality's voters, or its cuisine's exports, are the country's
            "en|Italian voters went to the polls on Sunday.|IT",
            // the player of the thing a perfume's grade names: the Saudi oud player, not Saudi oud
            "ar|أحيا عازف العود السعودي فهد الجابري أمسية موسيقية في جدة.|SA",
            // a town before a street word, in a story that names no other country, is the road to that town
            "en|Traffic on the Dublin Road was slow on Monday after a lorry shed its load.|IE",
            // the towns of everyday given names stay towns where no surname follows
            "en|Ships were diverted to Mobile, Alabama. Elizabeth, New Jersey, reported flooding.|US",
            "en|The parade in Elizabeth drew thousands of people on Sunday.|US",
            "en|Mary is the capital of Mary Province in Turkmenistan.|TM",
            "en|Jupiter, Florida, approved a new budget for its police.|US",
            "en|Hotels in Carolina, near San Juan, were full, Puerto Rico's tourism office said.|PR",
            "fa|رئیس‌جمهور کره جنوبی در سئول گفت که گفت‌وگوها ادامه دارد.|KR",
            "fa|وزیر برای دیدار با همتای اماراتی خود به دبی سفر کرد.|AE",
            "fa|وزیر خارجه به صوفیه پایتخت بلغارستان سفر کرد.|BG",
            "ar|شاركت 40 شركة سعودية في معرض كانتون التجاري في مدينة غوانغتشو الصينية.|CN",
            "en|Farmers in the Midlands province of Zimbabwe, around Gweru, expect a poor harvest.|ZW",
            "fr|Les inondations ont touché le département de l'Atlantique, au sud du Bénin, près de Cotonou.|BJ",
            "tr|Güney Kore'nin başkenti Seul'de düzenlenen zirve sona erdi.|KR",
            "en|Wine exports from Mendoza rose, Argentina's farm ministry said.|AR",
            // an Arabic adjective after an office is the office's country
            "ar|قال وزير الخارجية الهندي إن بلاده تدعم الحوار.|IN",
            "fa|وزیر خارجه هندی در سفر به تهران با همتای خود دیدار کرد.|IN",
            // Arabic names that share their letters with their adjective with the article (تشيلي, التشيلي), or that
            // CLDR's Arabic writes bare while the press also writes them with it (بيرو, البيرو), count bare
            "ar|قال رئيس تشيلي إن بلاده ستزيد الضرائب.|CL",
            "ar|ضرب زلزال قوي جنوب بيرو يوم الاثنين.|PE",
            "ar|اجتاح الإعصار هايتي وخلف عشرات القتلى.|HT",
            "ar|أعلنت حكومة زيمبابوي رفع الضرائب يوم الاثنين.|ZW",
            "ar|تتواصل المعارك في شمال سورية منذ أسابيع.|SY",
            // a Persian name written with a ZWNJ where CLDR's Arabic writes one word
            "fa|رئیس‌جمهور سری‌لانکا روز دوشنبه به تهران سفر کرد.|LK",
            // English adjectives of smaller states
            "en|The Salvadoran government said on Monday it would raise taxes.|SV",
            "en|Guinean officials said on Monday the mine would reopen.|GN",
            "en|The Equatorial Guinean president met Guinean officials.|GQ",
            // French adjectives of African states
            "fr|Le gouvernement ivoirien a annoncé lundi une hausse des impôts.|CI",
            "fr|L'armée burkinabée a lancé une offensive dans le nord.|BF",
            "fr|Le président tunisien a dissous le parlement lundi.|TN",
            // German adjectives and nouns of nationality, in their inflected forms
            "de|Die chinesische Regierung kündigte am Montag neue Zölle an.|CN",
            "de|Der iranische Außenminister sagte am Montag, die Gespräche gingen weiter.|IR",
            "de|Die türkischen Behörden nahmen am Montag 20 Verdächtige fest.|TR",
            // French masculine adjectives spelled like German names of the same countries
            "fr|Le régime syrien a annoncé lundi une amnistie générale.|SY",
            "fr|Le gouvernement italien a adopté le budget lundi soir.|IT",
            "fr|Le Premier ministre indien est arrivé lundi à Paris.|IN",
            // Turkish adjectives of smaller states
            "tr|Senegalli yetkililer pazartesi günü vergileri artıracaklarını açıkladı.|SN",
            "tr|Kamerunlu futbolcular Yaunde'de antrenmana başladı.|CM",
            // Spanish adjectives of African and Caribbean states
            "es|El Gobierno marfileño anunció el lunes una subida de impuestos.|CI",
            "es|La selección senegalesa ganó el lunes en Dakar.|SN",
            // Russian adjectives of African and Latin American states, in any case
            "ru|Переговоры прошли в сенегальской столице.|SN",
            "ru|Эквадорский президент заявил в понедельник о повышении налогов.|EC",
            // the French press's spellings of Abu Dhabi
            "fr|Le ministre s'est rendu lundi à Abou Dhabi.|AE",
            // capitals GeoNames spells in Arabic script count alone as the curated cities do
            "ar|وصل الوزير إلى أوتاوا يوم الاثنين.|CA",
            "ar|وصل الوزير إلى هانوي يوم الاثنين.|VN",
            "fa|وزیر روز دوشنبه وارد کانبرا شد.|AU",
            // English Guinea is the country; its guinea pigs and the island of New Guinea are not
            "en|Guinea's junta said on Monday it would hold elections next year.|GN",
            "en|Bauxite exports from Guinea rose 10 percent last year, the mines ministry said.|GN",
            // a trip to Kenya is no coalition named after its flag
            "de|Die Kenia-Reise des Bundespräsidenten beginnt am Montag.|KE",
            // after a translation word, a list of anything but languages keeps its places
            "fa|نسخه جدید این نرم‌افزار و فرانسه موضوع جلسه بود.|FR",
            "ar|تحدث الوزير باللغة العربية والتقى نظيره الفرنسي في باريس.|FR",
            "fa|سفر به انگلیس و فرانسه دو هفته طول کشید.|FR",
            // a Turkish province whose name is a word, named by its status after it
            "tr|Ordu Valisi sel nedeniyle okulları tatil etti.|TR",
            "tr|Tokat kentinde trafik kazası meydana geldi.|TR",
            "tr|Ağrı ilinde kar yağışı etkili oldu.|TR"})
    void titlesOfAPlaceAndCompoundsOfPlacesStayPlaces(String language, String body, String present) {
        assertThat(all(tag("x", body, language))).contains(present);
    }

    /** A French title keeps its meaning behind its elided article: "L'écrivain Israël Zangwill" is no Israel. */
    @Test
    void aFrenchTitleAfterItsElidedArticleIsStillATitle() {
        List<CountryTag> tags = tag("x", "L'écrivain Israël Zangwill a vécu à Londres.", "fr");
        assertThat(mentions(tags)).extracting(Mention::text).doesNotContain("Israël").contains("Londres");
    }

    /** A Lebanese minister's surname after his given name (Gaby Layoun) is no Lyon, though France is named beside it. */
    @Test
    void aTownAfterAnArabicGivenNameIsASurname() {
        List<CountryTag> tags = tag("x", "وكان وزير الثقافة غابي ليون قد أصدر قرارًا بنقل آثار مدرسة الحقوق في بيروت "
                + "بعد عودته من فرنسا.", "ar");
        assertThat(mentions(tags)).extracting(Mention::text).doesNotContain("ليون").contains("فرنسا", "بيروت");
    }

    /** A town GeoNames alone knows, closing a name of two words joined by a hyphen, is no place: Soekarno-Hatta. */
    @Test
    void theSecondWordOfAHyphenatedNameIsNoTown() {
        List<CountryTag> tags = tag("x", "The Indian team landed at Soekarno-Hatta International Airport in Jakarta on "
                + "Sunday.", "en");
        assertThat(mentions(tags)).extracting(Mention::text).doesNotContain("Hatta").contains("Jakarta", "Indian");
    }

    /**
     * A planet that GeoNames knows as a Florida town is the planet, even in a story the town's country fills; a team of
     * the Carolinas is no city of Puerto Rico, though GeoNames knows a Carolina there.
     */
    @Test
    void aPlanetIsNoTownAndACarolinaTeamNoCityOfPuertoRico() {
        List<CountryTag> space = tag("x", "Astronomers in Greenbelt, Maryland, said plumes rise from Jupiter's icy "
                + "moon Europa. Jupiter has 95 moons.", "en");
        assertThat(mentions(space)).extracting(Mention::text).doesNotContain("Jupiter's", "Jupiter");
        List<CountryTag> hockey = tag("x", "The Hurricanes won again: Carolina beat Chicago 4-2 at home in Carolina.",
                "en");
        assertThat(all(hockey)).doesNotContain("PR").contains("US");
    }

    /**
     * A saint's town in the possessive before a church's or a school's word, or owning nothing, is the church: St Paul's
     * Cathedral and "offices near St Paul's to the tower" are in London, not St Paul, Minnesota; the town's own
     * possessive (St. Paul's mayor) and a town named with the possessive (St. John's) stay.
     */
    @Test
    void aSaintsNameInThePossessiveIsAChurchOrASchool() {
        assertThat(all(tag("x", "A memorial service was held at St Paul's Cathedral in London on Friday.", "en")))
                .containsExactly("GB");
        assertThat(all(tag("x", "Staff will move from three offices near St Paul's to the tower in Canary Wharf.",
                "en"))).doesNotContain("US");
        assertThat(all(tag("x", "Minneapolis and St. Paul's mayor both backed the plan in Minnesota.", "en")))
                .containsExactly("US");
    }

    /**
     * A body's name that ends in a country ("Border Guard Bangladesh") names no person: the country's other mentions
     * stay, while "Foreign Minister Israel Katz" is a person, whom the article may name again by the surname alone.
     */
    @Test
    void aBodysNameEndingInACountryNamesNoPerson() {
        assertThat(all(tag("India, Bangladesh agree to step up joint border patrols", "India and Bangladesh agreed "
                + "on Saturday to step up joint patrols. Talks were held between the Border Security Force and Border "
                + "Guard Bangladesh.", "en"))).contains("IN", "BD");
        assertThat(all(tag("Talks on hostages", "Foreign Minister Israel Katz met the envoy in Rome on Monday.", "en")))
                .doesNotContain("IL");
    }

    /**
     * A country's name before its office or body is the state's, not a person's given name, even where the article
     * repeats the office alone, as a surname would be: Turkish writes "Fransa Cumhurbaşkanı" and then "Cumhurbaşkanı".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tr|Fransa Cumhurbaşkanı Macron açıklama yaptı. Cumhurbaşkanı, reformların süreceğini söyledi.|FR|Fransa",
            "tr|İran Dışişleri Bakanı açıklama yaptı. Dışişleri Bakanlığı, görüşmelerin süreceğini bildirdi.|IR|İran",
            "tr|Rusya Devlet Başkanı Putin konuştu. Devlet Başkanı, görüşmelerin süreceğini bildirdi.|RU|Rusya",
            "tr|Kıbrıs Dışişleri Bakanı, Ankara'da Türkiye Dışişleri Bakanı ile bir araya geldi.|TR|Türkiye",
            "tr|Almanya Merkez Bankası faizleri sabit tuttu. Merkez Bankası açıklama yaptı.|DE|Almanya",
            "tr|Pakistan Ordusu beş militanı etkisiz hale getirdi. Ordusu hazır.|PK|Pakistan",
            "tr|Bakanlık, Fransa Senatosu'nun kararını kınadı. Fransa Senatosu, tasarıyı geçen hafta kabul etmişti.|FR|Fransa",
            "en|Iran Foreign Minister Abbas Araqchi met reporters. The Foreign Minister said talks would go on.|IR|Iran"})
    void aCountryBeforeItsOfficeNamesNoPersonWhereTheOfficeRecurs(String language, String body, String code,
                                                                 String evidence) {
        List<CountryTag> tags = tag("", body, language);

        assertThat(WorldArticles.tagOf(tags, code).mentions()).extracting(Mention::text).contains(evidence);
        // a surname the article repeats alone still makes the place before it a given name
        assertThat(all(tag("", "Jordan Henderson scored twice. Henderson said the team played well.", "en")))
                .doesNotContain("JO");
    }

    /**
     * A company named after its own country (companies.tsv) is that country's, although a company word after a
     * country's name otherwise makes it no place: China Garden Restaurants is a British takeaway chain.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "China Mobile adds 5 million 5G users|China Mobile Ltd said it added 5.1 million 5G customers.|CN",
            "Kenya Airways cancels flights|Kenya Airways cancelled three flights because of the storm.|KE",
            "Singapore Airlines adds flights|Singapore Airlines will add a fourth daily flight to London.|SG",
            // its country's adjective after a capitalized word had read as a surname
            "Bank shares fall|Shares of Credit Suisse fell 3 pct on Monday.|CH",
            "Airline cuts flights|The carrier Aerolineas Argentinas said it would cut flights.|AR",
            // English has no adjective "Deutsche": the bank's name alone stood for nothing
            "Bank sets aside more|Deutsche Bank set aside more money for soured property loans.|DE"})
    void aCompanyNamedAfterItsOwnCountryIsThatCountrys(String title, String body, String code) {
        assertThat(all(tag(title, body, "en"))).contains(code);
    }

    /** A bank named after its home town stands for it, its legal form after the town notwithstanding. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Bank of Tokyo Ltd said it opened a branch to serve corporate clients.|JP",
            "en|Bank of Montreal Ltd said first quarter profit rose 12 pct.|CA",
            "es|El Banco de Bogotá S.A. informó que sus utilidades crecieron.|CO"})
    void aBankNamedAfterItsHomeTownStandsForIt(String language, String body, String code) {
        assertThat(primary(tag("Bank", body, language))).containsExactly(code);
        // any other company word after the town still makes it the company's name alone
        assertThat(all(tag("Utility", "Tokyo Electric Power Co said it would restart the reactor.", "en"))).isEmpty();
    }

    /** A vessel's name of two words after the word for it is the ship; "the tanker Iran seized" stays Iran. */
    @Test
    void aShipNamedAfterAPlaceIsTheShip() {
        assertThat(all(tag("BULK CARRIER AGROUND", "ROTTERDAM, Jan 27 - The bulk carrier Panama Spirit ran aground off "
                + "the Dutch coast early today, port officials said. Reuter", "en"))).doesNotContain("PA");
        assertThat(all(tag("Tanker released", "The tanker Iran seized in July was released on Monday.", "en")))
                .contains("IR");
    }

    @Test
    void aFoodNamedAfterAPlaceInTheSingularIsTheFood() {
        assertThat(all(tag("BRUSSELS SPROUT ACREAGE SEEN LOWER", "SALINAS, Calif., March 25 - California growers plan "
                + "to plant less this year, and Brussels sprout prices may rise. Reuter", "en"))).doesNotContain("BE");
        assertThat(all(tag("CANDY MAKER RAISES JORDAN ALMOND PRICES", "PROVIDENCE, R.I., April 6 - The candy maker said "
                + "it would raise Jordan almond prices by 12 pct. Reuter", "en"))).doesNotContain("JO");
    }

    /**
     * Russian уральский is the Urals' adjective before it is Uralsk's, and Израиль before a Russian surname is a man's
     * given name (the conductor Израиль Мазурин).
     */
    @Test
    void theUralsAdjectiveAndARussianGivenNameAreNoForeignPlace() {
        assertThat(all(tag("Концерт", "Уральский филармонический оркестр посвятит цикл концертов юбилею.", "ru")))
                .doesNotContain("KZ");
        assertThat(all(tag("Концерт", "Концерт посвящен 80-летию дирижера Израиля Мазурина.", "ru")))
                .doesNotContain("IL");
        assertThat(all(tag("Визит", "Премьер-министр Израиля прибыл в Москву.", "ru"))).contains("IL");
    }

    @Test
    void aHeadlineGivesTheSurnameTheBodyWritesAfterAGivenName() {
        var tags = tag("پرسپولیس با گل دیرهنگام عراقی از سد سپاهان گذشت",
                "تک گل این دیدار را علی عراقی، هافبک جوان سرخ‌پوشان، در دقیقه ۸۸ به ثمر رساند.", "fa");
        assertThat(all(tags)).doesNotContain("IQ");
        assertThat(all(tag("هافبک عراقی پرسپولیس", "هافبک عراقی این تیم در دقیقه ۸۸ گل زد.", "fa"))).contains("IQ");
        // later, opening a sentence or beside a verb of saying, the surname alone is the same person
        assertThat(all(tag("ساخت مکتب در هرات", "علی عراقی، رئیس معارف هرات، گفت که کار آغاز شده است. عراقی افزود که "
                + "ساخت مکتب‌ها تا بهار تمام می‌شود.", "fa"))).containsExactly("AF");
        assertThat(all(tag("مياه دمشق", "بدأت مؤسسة المياه في ريف دمشق تنفيذ خط جديد. وأوضح المهندس محمد الجزائري أن "
                + "الخط جاهز. وأشار الجزائري إلى أن الأعمال ستنجز قريبا.", "ar"))).containsExactly("SY");
        // after a word for a writer's works, the surname is the writer's; without the writer, the poets are Iraqi
        assertThat(all(tag("بزرگداشت شاعر", "آیین بزرگداشت فخرالدین عراقی، شاعر قرن هفتم، در همدان برگزار شد. در این "
                + "مراسم کتابی درباره غزلیات عراقی رونمایی شد.", "fa"))).containsExactly("IR");
        assertThat(all(tag("شب شعر", "در این نشست شاعران عراقی غزلیات عربی خواندند.", "fa"))).contains("IQ");
        // in Arabic, after any word but a definite noun it would qualify, the surname alone is the person too
        assertThat(all(tag("أوائل الثانوية في تعليم مكة", "كرمت إدارة التعليم بمنطقة مكة المكرمة 120 طالبا، وتصدرت "
                + "القائمة الطالبة رهف بنت سالم اليمني، تلاها الطالب أنس بن محمد العماني. وأكدت اليمني أنها تطمح إلى "
                + "دراسة الطب، فيما ينوي العماني دراسة الهندسة.", "ar"))).containsExactly("SA");
        assertThat(all(tag("طلاب متفوقون", "كرمت إدارة التعليم بمنطقة مكة المكرمة الطالب أنس بن محمد العماني، كما "
                + "كرمت الطالب العماني الزائر.", "ar"))).contains("OM");
    }

    /**
     * A club named after its town (Real Madrid, Leeds United) is no mention of the town but evidence of the club's
     * country, of kind "club": a match is both sides' story. Arabic-script news names foreign clubs mostly as a player's
     * former employer, so there the town stays no evidence at all.
     */
    @Test
    void aClubNamedAfterItsTownIsItsCountrysClub() {
        var tags = tag("Champions League", "Real Madrid beat Toronto FC 2-1 in a friendly on Wednesday.", "en");
        assertThat(Articles.primary(tags)).containsExactlyInAnyOrder("ES", "CA");
        assertThat(WorldArticles.mentions(tags)).extracting(Mention::kind).containsOnly("club");
        assertThat(WorldArticles.mentions(tags)).extracting(Mention::text).containsExactlyInAnyOrder("Madrid", "Toronto");
        assertThat(all(tag("x", "انتقل اللاعب السابق في ريال مدريد إلى الدوري.", "ar"))).doesNotContain("ES");
        var forest = tag("Forest climb out of the bottom three", "A late header won it as Nottingham Forest came from "
                + "behind to beat Brentford at the City Ground.", "en");
        assertThat(Articles.primary(forest)).containsExactly("GB");
        // Nottingham is the club's, not the town's; Brentford is a club of institutions.tsv
        assertThat(WorldArticles.mentions(forest)).extracting(Mention::kind).containsOnly("club", "institution");
    }

    @Test
    void aCompanyWrittenWholeInTheStoryIsTheCompanyWhereTheHeadlineShortensIt() {
        assertThat(all(tag("Jamaica Water Supply seeks rate rise",
                "NEW YORK, April 7 - Jamaica Water Supply Co asked the state for a 9 pct rate increase.", "en")))
                .containsExactly("US");
        // the place word before another word is still the place
        assertThat(all(tag("Jamaica tourism rises",
                "NEW YORK, April 7 - Jamaica Water Supply Co asked for a rate rise. Jamaica's tourism grew.", "en")))
                .contains("JM");
    }

    /** Arabic quotes a shop's name after the word for it, and the headline quotes the same name alone. */
    @Test
    void aRestaurantQuotedAfterItsWordIsTheRestaurantWhereTheHeadlineQuotesItAgain() {
        assertThat(all(tag("إغلاق «ليالي بيروت» و«مندي صنعاء» ضمن 9 منشآت", "أغلقت بلدية العليا في الرياض تسع "
                + "منشآت، بينها مطعم «ليالي بيروت» على طريق العروبة، ومطعم «مندي صنعاء» في حي الورود، ومحل «حلويات "
                + "دمشق» في شارع التحلية.", "ar"))).containsExactly("SA");
        // the establishment's word may open the quoted name itself, and so may the goods a shop sells
        assertThat(all(tag("إغلاق منشآت مخالفة في مكة", "مكة المكرمة – أغلقت أمانة العاصمة المقدسة مطعم «كراتشي» "
                + "و«بوفيه سمرقند» في حي جرول.", "ar"))).containsExactly("SA");
        assertThat(all(tag("ضبط بضائع مقلدة في «أزياء باريس» و«ساعات جنيف»", "جدة – ضبطت وزارة التجارة بضائع مقلدة في "
                + "محلين بجدة يحملان اسمي «أزياء باريس» و«ساعات جنيف».", "ar"))).containsExactly("SA");
    }

    /** Arabic words the match form folds onto a name but the text spells otherwise, and a Quranic phrase. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "كان الجيران يتبادلون الصحون، وكانت الجارة تؤنس وحدة المسنين في الحي.|TN",
            "قال المدرب إنه مصرّ على اللعب الهجومي في المباراة المقبلة.|EG",
            "ويمر القارئ بقصة موسى حين قال لفتاه: لا أبرح حتى أبلغ مجمع البحرين.|BH"})
    void anArabicWordSpelledOtherwiseThanTheNameIsNoPlace(String body, String code) {
        assertThat(all(tag("", body, "ar"))).doesNotContain(code);
        assertThat(all(tag("", "وصل الوفد إلى " + (code.equals("TN") ? "تونس" : code.equals("EG") ? "مصر" : "البحرين")
                + " أمس.", "ar"))).contains(code);
    }

    @Test
    void aShopNamedAfterItsFoundersIsTheShopInTheHeadlineThatShortensIt() {
        assertThat(all(tag("Former Jordan Marsh flagship to become apartments",
                "BOSTON (AP) - The downtown building that housed the Jordan Marsh department store will be turned "
                        + "into apartments and offices.", "en"))).containsExactly("US");
    }

    /**
     * A surname is used alone only where it is written as a name: "phosphate" in the headline is no use of "Jordan
     * Phosphate Mines Co" alone, so Jordan stays the country where the story names it on its own.
     */
    @Test
    void aCompanysWordInLowerCaseMakesNoFirstNameOfThePlace() {
        assertThat(Articles.primary(tag("Jordan signs phosphate deal",
                "The Jordan Phosphate Mines Co said it signed a supply contract. An official said Jordan hoped to "
                        + "raise exports.", "en"))).contains("JO");
    }

    /** A plural closing an institution's name is no given name: the UN's Libya mission still names Libya. */
    @Test
    void aPlaceAfterAnInstitutionsPluralIsNoSurname() {
        assertThat(Articles.primary(tag("Çatışma", "Trablus'ta çatışma çıktı. Birleşmiş Milletler Libya Destek Misyonu "
                + "ateşkes çağrısında bulundu.", "tr"))).contains("LY");
    }

    /** "Celtic Glasgow" is Glasgow's club, not a man named Celtic; the Scots are "les Écossais". */
    @Test
    void celticGlasgowIsAScottishClub() {
        var tags = tag("Le Club de Bruges tenu en échec", "Le Club de Bruges a été tenu en échec par le Celtic "
                + "Glasgow, avant que les Écossais n'égalisent.", "fr");
        assertThat(tags).filteredOn(t -> t.code().equals("GB")).flatExtracting(t -> t.mentions())
                .extracting("text").contains("Glasgow", "Écossais");
    }

    /** Brent is the crude benchmark in every oil report, not the Alabama town, even beside the United States. */
    @Test
    void brentIsTheCrude() {
        var tags = tag("Oil rises", "Brent crude rose 1.2 percent to $74.10 a barrel, and US crude gained 1 percent.", "en");
        assertThat(tags).filteredOn(t -> t.code().equals("US")).flatExtracting(t -> t.mentions())
                .extracting("text").doesNotContain("Brent");
    }

    /**
     * A GeoNames subdivision's own name does not corroborate it: the Slovenian municipality Store is the English word
     * at a sentence start or in a headline, and counts only beside its country or written after a place.
     */
    @Test
    void aSubdivisionNamedOnlyByItselfIsNoEvidence() {
        assertThat(all(tag("Store sales rise 5 pct", "Store sales rose 5 pct in February, retailers said.", "en")))
                .doesNotContain("SI");
        assertThat(all(tag("Shops report higher sales", "Shops in Store, Slovenia, reported higher sales.", "en")))
                .contains("SI");
    }

    /**
     * A GeoNames town at a sentence start, where a capital says nothing, is the word the article writes in lower case
     * elsewhere, even where its country is named (Mobile, Alabama and "mobile homes"); written as a name it stays.
     */
    @Test
    void aTownAtASentenceStartIsTheWordTheArticleWritesInLowerCase() {
        assertThat(WorldArticles.mentions(tag("Shipments up",
                "Mobile home shipments rose 4 pct in the U.S. last year as mobile home makers cut prices.", "en")))
                .extracting(Mention::text).doesNotContain("Mobile");
        assertThat(WorldArticles.mentions(tag("Port news",
                "Ships waited off Mobile as the U.S. port dredged its channel for mobile cranes.", "en")))
                .extracting(Mention::text).contains("Mobile");
    }

    /**
     * A nationality's adjective after a cue for the language a text is in, spoken, learnt or taught is that language,
     * the later items of its list too; the same adjective before a noun, or capitalized where languages are written in
     * lower case, stays the country's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The author's novel has been translated into French and German, her publisher in Lagos said.|FR|NG",
            "en|The author's novel has been translated into French and German, her publisher in Lagos said.|DE|NG",
            "en|In French, the minister told reporters in Dakar that talks would resume.|FR|SN",
            "en|Schools in Lagos will teach Spanish from next year, the state government said.|ES|NG",
            "fr|Le roman a été traduit en anglais et en allemand, selon son éditeur à Dakar.|DE|SN",
            "de|Das Buch erscheint auf Englisch und Französisch im Herbst, sagte der Verlag in Wien.|FR|AT",
            "de|Der Roman wurde ins Französische übersetzt, teilte der Verlag in Zürich mit.|FR|CH",
            "ru|Учебник издан на английском и французском языках в Казахстане.|FR|KZ",
            "ru|Роман переведут на китайский в следующем году, сообщили в Казахстане.|CN|KZ"})
    void aNationalitysAdjectiveAfterALanguageCueIsTheLanguage(String language, String body, String absent,
                                                              String present) {
        assertThat(all(tag("x", body, language))).doesNotContain(absent).contains(present);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Investors put money in Chinese and Indian stocks last week, fund trackers said.|CN",
            "en|Investors put money in Chinese and Indian stocks last week, fund trackers said.|IN",
            "en|The suspect was held in German custody, police said.|DE",
            "fr|Le Français a battu l'Espagnol en finale à Madrid.|FR",
            "fr|Le groupe Valmorel rachète le liégeois Pompes Mosanes pour 310 millions d'euros.|BE",
            "ru|Поставки на российский рынок выросли, сообщили в Минске.|RU",
            "ru|«Пахтакор» сыграл вничью с саудовским «Аль-Хилялем» в Ташкенте.|SA",
            // a town where an agreement was signed, and towns whose agreement it is
            "ru|Казахстан и Киргизия подписали в Бишкеке соглашение о строительстве ГЭС.|KG",
            "fa|توافق کابل و تاشکند برای آغاز مرحله نخست خط آهن ترانس‌افغان امضا شد.|AF",
            "en|Iran agreed to resume inspections after talks in Vienna. The agreement covers two sites.|AT",
            // an amount is paid where it is counted
            "ar|سرق اللصوص من المتجر مبالغ قدرت بنحو 24 ألف ريال سعودي.|SA",
            "fa|شرکت ۴ میلیارد روپیه هند به حساب فروشنده واریز کرد.|IN"})
    void aNationalitysAdjectiveBeforeANounStaysTheCountrys(String language, String body, String present) {
        assertThat(all(tag("x", body, language))).contains(present);
    }

    /**
     * A country's own name after a word for a river, a lake or a delta, or before English "River" and the Turkish
     * river word, is the water: the Niger runs through Mali, where the story is. Elsewhere in the same article the name
     * stays the country.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|Crue du fleuve Niger|La crue du fleuve Niger a inondé plusieurs quartiers de Bamako.|NE|ML",
            "es|Crecida del río Níger|La crecida del río Níger inundó varios barrios de Bamako.|NE|ML",
            "ru|Разлив реки Нигер|Разлив реки Нигер затопил несколько кварталов Бамако.|NE|ML",
            "tr|Nijer Nehri taştı|Nijer Nehri'nin taşması sonucu Bamako'da yüzlerce ev sular altında kaldı.|NE|ML",
            "fa|طغیان رود نیجر|طغیان رود نیجر چند محله در باماکو را زیر آب برد.|NE|ML",
            "de|Hochwasser in Bamako|Das Hochwasser des Flusses Niger hat in Bamako mehrere Viertel überflutet.|NE|ML",
            "fr|Marée noire dans le delta du Niger|Une fuite de pétrole a pollué le delta du Niger, au Nigeria.|NE|NG",
            "ar|تسرب نفطي في دلتا النيجر|أدى تسرب نفطي إلى تلوث دلتا النيجر جنوب نيجيريا.|NE|NG",
            "ar|انخفاض منسوب نهر الأردن|انخفض منسوب المياه في نهر الأردن قرب أريحا، بحسب مزارعين في المنطقة.|JO|",
            "en|Jordan River at a record low|Water levels on the Jordan River fell to a record low, farmers said.|JO|",
            "fr|Le lac Tchad se réduit|Les pêcheurs du lac Tchad affirment que le lac a perdu 90 % de sa surface.|TD|",
            "ru|Обмеление озера Чад|Рыбаки озера Чад говорят, что озеро сократилось на 90 процентов.|TD|"})
    void aCountrysNameForARiverOrALakeIsTheWater(String language, String title, String body, String absent,
                                                  String present) {
        Set<String> tagged = all(tag(title, body, language));
        assertThat(tagged).doesNotContain(absent);
        if (present != null) {
            assertThat(tagged).contains(present);
        }
    }

    /** A headline that names the US dollar is the dollar's own story, which the readers file under the US. */
    @Test
    void aHeadlineAboutTheDollarKeepsTheUs() {
        assertThat(primary(tag("ارتفاع الدولار الأميركي", "ارتفعت أسعار الدولار الأميركي مقابل معظم العملات "
                + "الرئيسة الأخرى أول من أمس.", "ar"))).containsExactly("US");
    }

    /** A headline that names a currency by its country is that currency's story, which is its country's. */
    @Test
    void aHeadlineAboutACurrencyKeepsItsCountry() {
        assertThat(primary(tag("الليرة التركية تهبط إلى مستوى قياسي", "هبطت الليرة التركية إلى مستوى قياسي أمام "
                + "الدولار اليوم.", "ar"))).containsExactly("TR");
    }

    /** Corona is the pandemic's name and a beer's, no longer the Californian town of 150,000. */
    @Test
    void coronaIsThePandemic() {
        assertThat(all(tag("Corona-Krise trifft Wirte", "Die Corona-Krise trifft die Gastronomie in München hart.",
                "de"))).doesNotContain("US");
        assertThat(all(tag("Corona beer sales rise", "Sales of Corona beer rose in Britain.", "en")))
                .doesNotContain("US");
    }

    /** The country beside its river: only the river's mention is the water. */
    @Test
    void aCountryNamedBesideItsRiverStaysTheCountry() {
        String body = "Les électeurs du Niger ont voté dimanche à Niamey, sur les rives du fleuve Niger.";
        List<CountryTag> tags = tag("Le Niger vote", body, "fr");
        assertThat(primary(tags)).containsExactly("NE");
        assertThat(mentions(tags)).extracting(Mention::start).contains(body.indexOf("Niger"))
                .doesNotContain(body.lastIndexOf("Niger"));
    }

    /** A place the article shows once as a local village named after it is that village in the headline too. */
    @Test
    void aVillageNamedAfterACountryIsThatVillageThroughout() {
        assertThat(all(tag("Sturmflut: Strände von Kalifornien und Brasilien überspült", "Schönberg (dpa) - Eine "
                + "Sturmflut traf die Badeorte Kalifornien und Brasilien in der Gemeinde Schönberg an der Ostsee.",
                "de"))).doesNotContain("BR").contains("DE");
    }

    /** A name Russian quotes after a word for an establishment is that establishment wherever it is quoted alone. */
    @Test
    void aQuotedEstablishmentIsNoPlaceWhereverTheArticleQuotesIt() {
        assertThat(all(tag("«Прага» и «Варшава» откроются после реконструкции", "Столичный ресторан «Прага» на Арбате "
                + "вновь примет гостей весной, а кинотеатр «Варшава» начнет показ фильмов в марте.", "ru")))
                .doesNotContain("CZ", "PL");
    }

    /**
     * A headline written in capitals shows no case: its names count as the body writes them. Lower case in the body
     * makes them words, a company's name in the body makes them the company, and a town the body does not name is no
     * evidence (CapitalsHeadline).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LIMA BEAN HARVEST FALLS|SACRAMENTO, Calif., March 4 - The lima bean harvest fell 12 pct, growers said.|PE",
            "CHINA CLAY PRICES FIRM|LONDON, March 4 - Prices of china clay firmed on demand from paper mills.|CN",
            "JORDAN MARSH TO OPEN STORES|BOSTON, March 4 - Jordan Marsh Co said it will open four stores this year.|JO",
            "MARCH SUGAR BEET PLANT TO SHUT|The plant will close next month after a poor harvest, the company said.|GB",
            // the headline's "CHAD MORROW" is no use of the name beside the body's: Morrow alone makes Chad a first name
            "ACME NAMES CHAD MORROW TREASURER|CLEVELAND, April 13 - Acme Inc said it named Chad Morrow treasurer. Morrow, 44, "
                    + "had been assistant treasurer.|TD",
            // a company's name that its stock ticker closes, which the body of a results table never writes
            "BRAZIL CLAY PRODUCTS CO <BRCP> 4TH QTR LOSS|TERRE HAUTE, Ind., March 4 - Qtr ended Dec 31 Shr loss 18 cts "
                    + "vs profit 11 cts. Reuter|BR",
            // a legal form closes a company's name even where the headline capitalizes every word
            "CHAD THERAPEUTICS INC 2ND QTR LOSS|CHATSWORTH, Calif., March 6 - Shr loss two cts vs profit one ct. Net "
                    + "loss 52,000 vs profit 31,000. Reuter|TD",
            "<JORDAN INDUSTRIES INC> SETS PAYOUT|DEERFIELD, Ill., March 6 - The company said its board declared a "
                    + "quarterly dividend of 10 cts a share. Reuter|JO",
            // the economic wire writes an unlisted company's name in angle brackets, with a legal form or without
            "<ARMENIA SAVINGS AND LOAN> NAMES PRESIDENT|PASADENA, Calif., March 6 - The savings bank said it named "
                    + "John Smith president. Reuter|AM",
            "<CUBA SUGAR CO> SETS DIVIDEND|MIAMI, March 6 - The company said it declared a dividend of five cts. "
                    + "Reuter|CU",
            "BRANCH SOLD|<Peru Savings> of Indiana said it agreed to sell a branch for 3.5 mln dlrs. Reuter|PE"})
    void aNameInAHeadlineInCapitalsCountsAsTheBodyWritesIt(String title, String body, String absent) {
        assertThat(all(tag(title, body, "en"))).doesNotContain(absent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LIMA COPPER TALKS RESUME|LIMA, March 4 - Copper miners resumed wage talks with the state company.|PE",
            "CHAD SEEKS FOOD AID|N'DJAMENA, March 4 - Chad asked donors for 40,000 tonnes of grain.|TD",
            "ECUADOR QUAKE HALTS CRUDE EXPORTS|The earthquake stopped pumping on the main pipeline, officials said.|EC",
            "U.K. MONEY MARKET GIVEN HELP|The Bank of England said it gave the market 215 mln stg of help.|GB",
            // a verb between the country and a company's ticker: the country acts
            "JAPAN TO BUY ABC CORP <ABC> UNIT|TOKYO, March 3 - The government will buy the unit. Reuter|JP",
            // a state's own company stays the state's, in angle brackets or in a headline's capitals
            "<KUWAIT PETROLEUM CORP> CUTS POSTINGS|The company cut its posted crude prices by 50 cts a barrel, the "
                    + "official news agency said. Reuter|KW",
            "KUWAIT PETROLEUM CORP CUTS POSTINGS|The company cut its posted crude prices by 50 cts a barrel, the "
                    + "official news agency said. Reuter|KW",
            // the body's "N.Z." is only a currency, but it names the country otherwise: the headline's stays
            "MINER BIDS FOR N.Z. GOLD EXPLORER|PERTH, April 1 - Goldfields Mining NL said it would offer 2.40 N.Z. dlrs "
                    + "a share for Kauri Reefs Ltd, whose mine lies in New Zealand. Reuter|NZ"})
    void aPlaceTheBodyBearsOutOrACountryStaysInAHeadlineInCapitals(String title, String body, String present) {
        assertThat(Articles.primary(tag(title, body, "en"))).contains(present);
    }

    /**
     * Everyday Arabic and Persian words that GeoNames or CLDR spell like a town give no mention even beside that
     * town's country (which a GeoNames-only name would need). Arabic: "the movement", "the Kaaba's cloth", "the
     * class", "the five", "the new", a derby, "billion" (ب+ليون), "we came" (Jena), "peacefully" (ب+سلمية). Persian:
     * "spring" (Bahar), "worthy" (Cheyenne), "Christmas" (Christmas Island); a GeoNames name with the adjective's ی
     * ("mental", Rouen's name); a whole word the not-places list has beside a known name with ی ("mathematics" for
     * Riyadh's, "prosperity" for Abadan's); the Amal movement (Amol).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar|قال ناشطون سوريون إن الحراك السلمي مستمر في سوريا.|الحراك",
            "ar|قال مسؤول سوري في دمشق إن الكسوة الجديدة للكعبة جاهزة.|الكسوة",
            "ar|تحدث الكاتب السوري عن الطبقة الوسطى في سوريا.|الطبقة",
            "ar|قال مسؤول ليبي إن الجوائز الخمس وزعت في ليبيا.|الخمس",
            "ar|افتتحت الحكومة المغربية الحديقة الجديدة في المغرب.|الجديدة",
            "ar|يترقب الجمهور في بريطانيا ديربي العاصمة مساء الجمعة.|ديربي",
            "ar|قال وزير فرنسي إن فرنسا أنفقت بليون يورو.|بليون",
            "ar|قال المدرب الألماني إننا جئنا إلى ألمانيا لنفوز.|جئنا",
            "ar|تظاهر السوريون بسلمية في سوريا.|بسلمية",
            "fa|در فصل بهار امسال بارندگی در ایران بیشتر بود.|بهار",
            "fa|شایان ذکر است که هیئت آمریکایی فردا به واشنگتن بازمی‌گردد.|شایان",
            "fa|فشار روانی بر بازیکنان فرانسوی در پاریس زیاد است.|روانی",
            "fa|المپیاد ریاضی دانش‌آموزان در عربستان برگزار شد.|ریاضی",
            "fa|توسعه و آبادانی استان بوشهر در دستور کار دولت ایران است.|آبادانی",
            "fa|تعطیلات کریسمس در استرالیا آغاز شد.|کریسمس",
            "fa|وزیران حزب امل و حزب‌الله به کابینه لبنان بازگشتند.|امل"})
    void everydayWordsSpelledLikeATownAreNoMentionBesideItsCountry(String language, String body, String word) {
        assertThat(WorldArticles.mentions(tag("x", body, language))).extracting(Mention::text).doesNotContain(word);
    }

    /**
     * A word is a mention only where it is the place. Persian: a town's adjective that ends a double surname (after a
     * given name or a title and a word in ی) or follows a title is the man's name; a noun in ی before one without a
     * name before it, or a lady of the province, is not. Arabic: a GeoNames town right after a given name is a family
     * name (عمر بخاري), not after the preposition على that folds into the name علي; "centre" in a mall's name is no
     * North Dakota town; the towns themselves stay mentions. An adjective after الله is a surname after a man's name
     * (عبد الله اللبناني) and a group's country after حزب الله or أنصار الله. Iranian towns an Arabic article names
     * count, مشهد ("scene") only as مدينة مشهد; Pyongyang as the Arabic press spells it. English: a town GeoNames alone
     * knows, in a list of people beside an everyday given name and a surname, is a player (Colton Sceviour); a title
     * after a word for a work (the FX series Fargo) is the work's, and Paramount the studio.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fa|آیت‌الله هاشمی رفسنجانی در دیدار با سفیر ژاپن از روابط دو کشور گفت.|رفسنجانی|false",
            "fa|آیت‌الله سیدمحمد علوی گرگانی امروز در قم با طلاب دیدار کرد.|گرگانی|false",
            "fa|مراسم سالگرد شهید همدانی در تهران برگزار شد.|همدانی|false",
            "fa|بیش از هزار بانوی کردستانی در سنندج خون اهدا کردند.|کردستانی|true",
            "fa|دربی اصفهانی امشب در ورزشگاه برگزار می‌شود.|اصفهانی|true",
            "fa|دانش‌آموزان تهرانی امروز به مشهد رفتند.|تهرانی|true",
            "ar|ضم المدرب عمر بخاري لاعب الوحدة إلى القائمة قبل المعسكر في أوزبكستان.|بخاري|false",
            "ar|قتل عشرة مسلحين في غارة على الرمادي غرب العراق.|الرمادي|true",
            "ar|افتتح مركز سيتي سنتر التجاري فرعا جديدا في الولايات المتحدة.|سنتر|false",
            "ar|وصل الوفد الفرنسي إلى ليون أمس.|ليون|true",
            "ar|قال الأمين العام لحزب الله اللبناني إن الحزب لن يغير موقفه.|اللبناني|true",
            "ar|أعلنت جماعة أنصار الله اليمنية سيطرتها على الموقع.|اليمنية|true",
            "ar|كرمت الجمعية الشيخ عبد الله اللبناني على عطائه.|اللبناني|false",
            "ar|أصيب عشرات الزوار بتسمم في مدينة مشهد شمال شرق البلاد.|مدينة مشهد|true",
            "ar|كان مشهد الجماهير في المدرجات مؤثرا.|مشهد|false",
            "fa|پرو کردن لباس در فروشگاه‌های تهران ممنوع شد.|پرو|false",
            "fa|حریق در تقاطع خیابان‌های فلسطین و ایتالیا مهار شد.|ایتالیا|false",

            "fa|رمان از ژاپنی به فارسی ترجمه شد.|ژاپنی|false",
            "fa|هیئت ژاپنی به فارسی سخن گفت و به تهران رفت.|ژاپنی|true",
            "fa|تیم ملی پرو در لیما تمرین کرد.|پرو|true",
            "ar|افتتح المعرض الدولي للسجاد في أصفهان أمس.|أصفهان|true",
            "ar|حذرت سول من أن بيونغ يانغ قد تطلق صاروخا جديدا.|بيونغ يانغ|true",
            // a town GeoNames alone knows, with a capitalized word after it, in a list beside a given name and a
            // surname is a player; the same town in a list of towns stays one
            "en|SUNRISE, Fla. (AP) — Jonathan Huberdeau, Colton Sceviour and Mike Hoffman also scored as the Panthers"
                    + " beat Los Angeles.|Colton|false",
            "en|COLUMBUS, Ohio (AP) — Eric Robinson and Boone Jenner also scored for the Blue Jackets.|Boone|false",
            "en|COLUMBUS, Ohio (AP) — Boone Jenner and Eric Robinson also scored for the Blue Jackets.|Boone|false",
            "en|LOS ANGELES (AP) — Storms flooded roads in Colton, Redlands and Riverside, California.|Colton|true",
            // a place's name after a word for a work, or before words only a title takes, is the work's title, and
            // again where nothing places it; a place named "in" it stays
            "en|LOS ANGELES (AP) — The FX series Fargo won three Emmys, and Fargo fans in Ohio celebrated.|Fargo|false",
            "en|LOS ANGELES (AP) — Noah Hawley, who created the Fargo TV series, will direct the film.|Fargo|false",
            "en|LOS ANGELES (AP) — The band Chicago will play two nights at the Hollywood Bowl.|Chicago|false",
            "en|LOS ANGELES (AP) — The FX series Fargo was shot in Calgary, not in Fargo, North Dakota.|Fargo|true",
            "tr|Paris filmi yeniden gösterime giriyor, Ankara sinemalarında.|Paris|false",
            // a quoted title after a word for a work and its adjective, and the same title quoted again
            "es|La película mexicana \"La Española\" ganó el premio del jurado en Marrakech.|Española|false",
            "es|El filme sigue al barco bautizado \"La Española\", como la película \"La Española\".|Española|false",
            // a sentence that opens with an everyday given name opens with a person, and a town after it is the
            // surname; the town stays one where it is named so
            "en|Abraham Lincoln wrote the letters in 1862, the auction house said.|Lincoln|false",
            "en|The letters were sold at an auction in Lincoln, Nebraska, on Monday.|Lincoln|true",
            "en|Adriana Lima walked the runway on Thursday.|Lima|false",
            "en|Joaquin Phoenix won the best actor award on Sunday night.|Phoenix|false",
            "en|Adriana said protesters marched in Lima on Thursday.|Lima|true",
            "fr|Adriana Lima a défilé jeudi à la Fashion Week.|Lima|false",
            "es|Adriana Lima desfiló el jueves en la pasarela.|Lima|false",
            "de|Joaquin Phoenix gewann am Sonntag den Preis als bester Darsteller.|Phoenix|false",
            // a town's name that is an English word and a studio's
            "en|LOS ANGELES (AP) — Paramount said the film earned $100 million in North America.|Paramount|false"})
    void aWordIsAMentionOnlyWhereItIsThePlace(String language, String body, String word, boolean place) {
        assertThat(WorldArticles.mentions(tag("x", body, language)).stream().map(Mention::text).toList()
                .contains(word)).isEqualTo(place);
    }

    /**
     * Persian کامرون is David Cameron and غنا "wealth" unless the article shows Cameroon or Ghana (their cities, their
     * people, Africa).
     */
    @Test
    void cameronAndWealthAreNoCountryWhereNothingShowsOne() {
        assertThat(all(tag("x", "کامرون خواستار تشکیل جلسه فوری پارلمان انگلیس شد.", "fa"))).doesNotContain("CM");
        assertThat(all(tag("x", "امروز جنگ حق و باطل، جنگ فقر و غنا است.", "fa"))).doesNotContain("GH");
        assertThat(all(tag("x", "تیم ملی کامرون در یائونده تمرین کرد.", "fa"))).contains("CM");
        assertThat(all(tag("x", "بازیکنان غنایی پس از بازگشت به آکرا از هواداران غنا تشکر کردند.", "fa")))
                .contains("GH");
    }

    /** Persian کیف is Kyiv where Ukraine is the story and a bag elsewhere. */
    @Test
    void kyivWhereUkraineIsTheStoryABagElsewhere() {
        assertThat(all(tag("x", "پلیس قم سارقی را که اقدام به سرقت کیف‌های زائران می‌کرد دستگیر کرد.", "fa")))
                .doesNotContain("UA");
        assertThat(all(tag("x", "پهپادها بامداد امروز کیف را هدف قرار دادند و زلنسکی خواستار پدافند شد.", "fa")))
                .contains("UA");
    }

    /**
     * Persian کریمه is Crimea only as the peninsula or the republic: bare, it is the title of the saint of Qom's shrine
     * (کریمه اهل بیت) or a given name.
     */
    @Test
    void crimeaInPersianOnlyAsThePeninsula() {
        assertThat(all(tag("زائران حرم", "زائران حرم کریمه اهل بیت (س) در قم به ده میلیون نفر رسید.", "fa")))
                .doesNotContain("UA");
        assertThat(all(tag("سفر پوتین", "پوتین به شبه جزیره کریمه سفر کرد و از پل کرچ بازدید کرد.", "fa")))
                .contains("UA");
    }

    /** The British thermal unit that gas is priced in names no country, in any language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Henry Hub gas traded at $3.10 per million British thermal units on Tuesday, traders said.",
            "fa|قیمت گاز طبیعی به ۳ دلار در ازای هر میلیون واحد حرارتی بریتانیا رسید.",
            "fa|قیمت گاز به ۶ دلار در ازای هر یک میلیون واحد انگلیسی حرارت رسید.",
            "ar|ارتفعت أسعار الغاز إلى 3 دولارات لكل مليون وحدة حرارية بريطانية."})
    void aBritishThermalUnitIsNoBritain(String language, String body) {
        assertThat(all(tag("x", body, language))).doesNotContain("GB");
    }

    /**
     * A headline shortens a firm the body names whole; when the short form is another country's company
     * (Societe Generale, the French bank) it is still the firm of the body (Societe Generale de Belgique).
     */
    @Test
    void aHeadlinesShortenedFirmIsTheBodysNotItsNamesake() {
        List<CountryTag> belgian = tag("SOCIETE GENERALE PROFIT RISES",
                "BRUSSELS, March 6 - Societe Generale de Belgique said its 1986 profit rose 12 pct. Reuter", "en");
        assertThat(all(belgian)).containsExactly("BE");

        assertThat(primary(tag("SOCIETE GENERALE PROFIT UP",
                "PARIS, March 6 - Societe Generale said its 1986 net profit rose 30 pct. Reuter", "en"))).containsExactly("FR");
    }

    /**
     * A small town named like a word of the article's language (everyday-word-names.tsv) is no town where any word
     * has a capital: Russian Игра ("game") opening a sentence, Golden of Golden State, Superior of a Superior Court.
     * Written as a name it stays: standing alone mid-sentence, with a Turkish apostrophe, beside another place in a
     * list, before its municipality's word, or as a French headline's opening place label.
     */
    @Test
    void aTownNamedLikeAWordIsATownOnlyWhereItsCapitalSaysSo() {
        assertThat(mentions(tag("x", "«Зенит» обыграл «Крылья Советов» в Москве. Игра прошла в понедельник, и "
                + "Россия ждет новый тур.", "ru"))).extracting(Mention::text).doesNotContain("Игра").contains("Москве");
        assertThat(mentions(tag("x", "Andre Whitfield scored 38 points and Golden State beat Phoenix. The United "
                + "States league resumes Friday.", "en"))).extracting(Mention::text).doesNotContain("Golden");
        assertThat(mentions(tag("x", "He pleaded guilty in Clarke County Superior Court, the United States attorney "
                + "said.", "en"))).extracting(Mention::text).doesNotContain("Superior");
        assertThat(mentions(tag("x", "Residents of Golden were told to leave as the fire spread, United States "
                + "officials said.", "en"))).extracting(Mention::text).contains("Golden");
        assertThat(mentions(tag("x", "Kemer ve Alanya'da bazı oteller yıl boyu açık kalacak. Türkiye'de turizm "
                + "büyüyor.", "tr"))).extracting(Mention::text).contains("Kemer");
        assertThat(mentions(tag("x", "Kemer Belediyesi sahili temizledi. Türkiye'de turizm büyüyor.", "tr")))
                .extracting(Mention::text).contains("Kemer");
        assertThat(mentions(tag("Vannes : dix-huit ans de réclusion pour le meurtre", "La cour d'assises a "
                + "rendu son verdict vendredi en France.", "fr"))).extracting(Mention::text).contains("Vannes");
    }

    /**
     * Another language's name of a place that is an everyday word of the article's language is no evidence there
     * (stop-names.tsv): Spanish "Gana el Real Madrid" (wins; Ghana in Turkish), "Polen y alergias" (pollen; Poland in
     * German), Turkish "Kabul edildi" (accepted; Kabul in English). The language's own name still counts.
     */
    @Test
    void anotherLanguagesNameThatIsAWordHereIsNoPlace() {
        assertThat(all(tag("Gana el Real Madrid y sigue líder", "El equipo venció por 2-0 y sigue en lo más alto.",
                "es"))).doesNotContain("GH");
        assertThat(all(tag("Polen y alergias", "Los especialistas recomiendan ventilar la casa por la mañana.", "es")))
                .doesNotContain("PL");
        assertThat(all(tag("Kabul edildi", "Meclis yeni yasayı salı günü kabul etti.", "tr"))).doesNotContain("AF");
        assertThat(all(tag("Antigua estación de tren será un museo", "El ayuntamiento aprobó el proyecto el martes.",
                "es"))).doesNotContain("AG");
        assertThat(primary(tag("Ghana vence a Nigeria", "Ghana derrotó a Nigeria 2-1 en Acra.", "es")))
                .contains("GH");
    }

    /**
     * A given name that opens a sentence, before a surname GeoNames knows as a town, is the person's: an English
     * one from given-names-en.txt (Yuri, whom the English wire gives Gagarin) and, in Russian, a Russian one in any
     * case (Юрий); mid-sentence it was so already.
     */
    @Test
    void aGivenNameOpeningASentenceMakesTheTownASurname() {
        assertThat(mentions(tag("x", "Yuri Gagarin flew into space in 1961, Russia recalled on Monday.", "en")))
                .extracting(Mention::text).doesNotContain("Gagarin").contains("Russia");
        assertThat(mentions(tag("x", "Юрий Гагарин полетел в космос в 1961 году, напомнили в России.", "ru")))
                .extracting(Mention::text).doesNotContain("Гагарин").contains("России");
        assertThat(mentions(tag("x", "Residents of Gagarin, a town in Russia, voted on Sunday.", "en")))
                .extracting(Mention::text).contains("Gagarin");
    }

    /**
     * A German town's name takes no determiner, so a capitalized word after a numeral, a quantifier or a possessive is
     * the noun: "nach zwei Siegen" (victories), not Siegen; the town stays where it stands bare.
     */
    @Test
    void aGermanNounAfterANumeralIsNoTown() {
        assertThat(mentions(tag("x", "Nach zwei Siegen in Folge steht die Mannschaft auf Platz drei.", "de")))
                .extracting(Mention::text).doesNotContain("Siegen");
        assertThat(mentions(tag("x", "Die Polizei in Siegen meldete am Montag einen Brand.", "de")))
                .extracting(Mention::text).contains("Siegen");
    }

    /**
     * A storm's word before a name makes it the storm's, there and wherever the story names it alone: storms take
     * people's names, and Milton, Florence and Harvey are towns too. The English verb ("Gunmen storm Mogadishu hotel")
     * is no storm's word, and the town stays where it is named as one.
     */
    @Test
    void aStormsNameIsTheStormWhereverTheStoryNamesIt() {
        assertThat(all(tag("Hurricane Milton nears", "Hurricane Milton strengthened on Monday. Milton made landfall "
                + "near Siesta Key, Florida, on Wednesday.", "en"))).containsExactly("US");
        assertThat(mentions(tag("x", "Hurricane Florence killed 50 people. Florence dumped rain on North Carolina.",
                "en"))).extracting(Mention::text).doesNotContain("Florence").contains("North Carolina");
        assertThat(mentions(tag("x", "Hurricane Harvey flooded Houston, Texas, in 2017.", "en")))
                .extracting(Mention::text).doesNotContain("Harvey");
        assertThat(all(tag("x", "El huracán Milton tocó tierra en Florida el miércoles.", "es"))).containsExactly("US");
        assertThat(all(tag("x", "Hurrikan Milton ist am Mittwoch in Florida auf Land getroffen.", "de")))
                .containsExactly("US");
        assertThat(all(tag("x", "Milton Kasırgası Florida'yı vurdu.", "tr"))).containsExactly("US");
        assertThat(primary(tag("Gunmen storm Mogadishu hotel", "Gunmen stormed a hotel near the presidential palace "
                + "on Sunday, police said.", "en"))).containsExactly("SO");
        assertThat(primary(tag("x", "A storm brought floods to Milton, Ontario, on Sunday.", "en")))
                .containsExactly("CA");
    }
}
