package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsline.ingest.serde.JsonMapper;
import dev.newsline.ingest.source.ArticleFile;
import dev.newsline.ingest.source.ArticleFiles;
import dev.newsline.ingest.topology.Topics;
import dev.newsline.sink.api.ApiServer;
import dev.newsline.sink.api.HttpEndpoint;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk page in a real headless Chromium against the real application on an embedded broker: the project's
 * seeds plus articles written for this test, a filter by Armenia, the evidence highlighted at its offsets, an
 * article arriving live, a copy folded under its original. Skips when chromium/chromedriver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskBrowserIT {

    private static final Path SCREENSHOT = Path.of("target", "desk-screenshot.png");
    private static final Duration WAIT = Duration.ofSeconds(60);

    // Written for this test (made-up news, no outlet's text): a Persian article about Yerevan, so the AM
    // filter has an article among the seeds and the reader shows right-to-left text with its evidence.
    private static final String YEREVAN_FA_ID = "desk-it-fa-yerevan";
    private static final String YEREVAN_FA_TITLE = "گشایش نمایشگاه صنایع دستی قفقاز در ایروان";
    private static final String YEREVAN_FA_BODY = """
            نمایشگاه صنایع دستی قفقاز روز شنبه در ایروان گشایش یافت و هنرمندانی از ارمنستان و گرجستان آثار خود را \
            به نمایش گذاشتند.

            به گفته برگزارکنندگان، این نمایشگاه تا پایان ماه ادامه دارد و بخشی از درآمد آن صرف آموزش هنرجویان جوان \
            در ارمنستان می شود.

            شهردار ایروان در مراسم افتتاح گفت که شهر امسال میزبان بازدیدکنندگان بیشتری خواهد بود.""";

    // Sent while the page is open: two about Armenia (they must appear), one about Chile (it must not).
    private static final List<String[]> LIVE_ARMENIA = List.of(
            new String[] {"desk-it-live-metro", "Yerevan metro extends its night service",
                "Armenia's capital Yerevan will run metro trains until two in the morning from next week, the city "
                    + "transport office said on Monday.\n\nThe change follows requests from hospital staff and "
                    + "other workers on late shifts, the office added."},
            new String[] {"desk-it-live-orchard", "Apricot harvest in Armenia starts early after a warm spring",
                "Farmers in the Ararat valley of Armenia began picking apricots ten days earlier than usual, a "
                    + "growers' association said.\n\nExporters in Yerevan expect the first lorries to leave for "
                    + "Georgia by the end of the week."});
    private static final String[] LIVE_CHILE = {"desk-it-live-santiago", "Santiago opens a long cycle lane",
        "Chile's capital Santiago opened a twelve-kilometre cycle lane along the Mapocho river on Sunday, the city "
            + "council said.\n\nThe lane links three parks and two metro stations."};

    private RunningPipeline pipeline;
    private ApiServer api;
    private ChromeDriver browser;
    private String deskUrl;
    private Map<String, List<JsonNode>> outputs;
    private final List<Long> latencies = new ArrayList<>();

    @BeforeAll
    void givenTheAppWithItsDeskTheSeedsAndABrowser() throws Exception {
        Optional<HeadlessChromium.Installed> chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), "DeskBrowserIT skipped: " + HeadlessChromium.MISSING);

        HttpEndpoint endpoint = new HttpEndpoint("127.0.0.1", freePort());
        pipeline = RunningPipeline.start(2, 1, endpoint.advertisedIn(new Properties()));
        api = ApiServer.start(pipeline.instance(0), endpoint, pipeline.bootstrapServers(),
                pipeline.settings());
        deskUrl = endpoint.url();

        int sent = 0;
        Path seeds = Path.of(System.getProperty("newsline.repo.root", ".."), "seeds");
        for (ArticleFile f : ArticleFiles.collect(List.of(seeds))) {
            pipeline.send(f.read(), "filename", f.name(), "content-type", f.contentType());
            sent++;
        }
        pipeline.send(json(YEREVAN_FA_ID, YEREVAN_FA_TITLE, YEREVAN_FA_BODY), "filename", "desk-it-fa-yerevan.json",
                "content-type", "application/json");
        sent++;
        outputs = pipeline.awaitAccounted(sent, WAIT.multipliedBy(2));

        browser = chromium.get().start(1400, 1000);
    }

    @AfterAll
    void stop() throws Exception {
        // The server first, while the page is still connected: it ends its event streams cleanly.
        if (api != null) {
            api.close();
        }
        if (browser != null) {
            browser.quit();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (!latencies.isEmpty()) {
            System.out.println("DeskBrowserIT: send-to-page latency (producer send to item in the list) ms: "
                    + latencies + "; screenshot " + SCREENSHOT.toAbsolutePath());
        }
    }

    @Test
    @Order(1)
    void whenFilteringByArmenia_thenTheListHoldsExactlyTheArticlesWithArmeniaAsAPrimaryCountry() {
        browser.get(deskUrl);
        waitFor(() -> "true".equals(list().getAttribute("data-loaded")));
        waitFor(() -> !optionValues("f-country").isEmpty() && optionValues("f-country").contains("AM"));

        new Select(browser.findElement(By.id("f-country"))).selectByValue("AM");

        List<String> expected = enrichedWithPrimaryCountry("AM");
        assertThat(expected).as("the AM articles among the outputs").contains(YEREVAN_FA_ID);
        waitFor(() -> listedIds().size() == expected.size() && browser.getCurrentUrl().contains("country=AM"));
        assertThat(listedIds()).containsExactlyInAnyOrderElementsOf(expected);
        List<String> copies = outputs.get(Topics.DUPLICATES).stream().map(d -> d.path("id").asText()).toList();
        assertThat(listedIds()).as("copies are folded, never listed").doesNotContainAnyElementsOf(copies);

        WebElement item = listItem(YEREVAN_FA_ID);
        assertThat(item.findElement(By.cssSelector(".title a")).getText()).isEqualTo(YEREVAN_FA_TITLE);
        assertThat(item.findElement(By.cssSelector(".title a")).getAttribute("dir")).isEqualTo("auto");
        assertThat(item.findElements(By.cssSelector(".chip-country")).stream().map(WebElement::getText))
                .contains("AM");
        assertThat(item.findElement(By.cssSelector(".lang")).getText()).isEqualToIgnoringCase("fa");
    }

    @Test
    @Order(2)
    void whenOpeningAnArticle_thenEveryMentionIsHighlightedAtItsOffsetsAndNamesItsTag() {
        JsonNode record = enriched(YEREVAN_FA_ID);
        listItem(YEREVAN_FA_ID).findElement(By.cssSelector(".title a")).click();
        WebElement reader = browser.findElement(By.id("reader-article"));
        waitFor(() -> YEREVAN_FA_ID.equals(reader.getAttribute("data-id")) && "true".equals(reader.getAttribute("data-loaded")));
        assertThat(browser.getCurrentUrl()).contains("country=AM").contains("article=");

        List<Mark> marks = marks();
        assertThat(marks).isNotEmpty();
        // Every mark shows exactly the text at its offsets, and lies inside at least one mention.
        List<Mention> mentions = mentions(record);
        for (Mark mark : marks) {
            String field = record.path(mark.field()).asText();
            assertThat(mark.text()).as("mark at %s %d-%d", mark.field(), mark.start(), mark.end())
                    .isEqualTo(field.substring(mark.start(), mark.end()));
            assertThat(mentions).as("a mention covering %s", mark).anyMatch(m -> m.covers(mark));
        }
        // Every mention is covered, edge to edge, by marks naming its tag; the marks' text is the mention's text.
        for (Mention mention : mentions) {
            List<Mark> inside = marks.stream().filter(mention::covers).toList();
            assertThat(inside).as("marks of %s", mention).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.tags()).contains(mention.tag()))
                    .allSatisfy(m -> assertThat(m.title()).contains(mention.title()));
            assertThat(inside.stream().map(Mark::text).collect(Collectors.joining())).isEqualTo(mention.text());
            assertThat(inside.get(0).start()).isEqualTo(mention.start());
            assertThat(inside.get(inside.size() - 1).end()).isEqualTo(mention.end());
        }
        assertThat(mentions).anyMatch(m -> m.tag().equals("country:AM") && m.text().equals("ایروان"));
        assertThat(marks).anyMatch(m -> m.title().contains("Country: Armenia (AM)"));

        // Right to left: one paragraph per "\n\n" block, each dir="auto", resolved to rtl for this Persian text.
        List<WebElement> paragraphs = reader.findElements(By.cssSelector(".body p"));
        assertThat(paragraphs).hasSize(record.path("body").asText().split("\n\n").length);
        assertThat(paragraphs).allSatisfy(p -> {
            assertThat(p.getAttribute("dir")).isEqualTo("auto");
            assertThat(p.getCssValue("direction")).isEqualTo("rtl");
        });
    }

    @Test
    @Order(3)
    void whenArticlesArriveWhileThePageIsOpen_thenThoseMatchingTheFilterAppearLiveAndOthersDoNot() throws Exception {
        js("window.deskSeen = {};"
                + "const note = () => { for (const li of document.querySelectorAll('#articles > li')) {"
                + "  if (!(li.dataset.id in window.deskSeen)) window.deskSeen[li.dataset.id] = Date.now(); } };"
                + "note(); new MutationObserver(note).observe(document.getElementById('articles'), {childList: true});");
        pipeline.send(json(LIVE_CHILE[0], LIVE_CHILE[1], LIVE_CHILE[2]), "content-type", "application/json");
        pipeline.awaitAccounted(accountedSoFar() + 1, WAIT);

        for (String[] article : LIVE_ARMENIA) {
            long sentAt = System.currentTimeMillis();
            pipeline.send(json(article[0], article[1], article[2]), "content-type", "application/json");
            waitFor(() -> listedIds().contains(article[0]));
            Number seenAt = (Number) js("return window.deskSeen[arguments[0]];", article[0]);
            latencies.add(seenAt.longValue() - sentAt);
            System.out.printf("DeskBrowserIT: %s on the page %d ms after the send%n", article[0],
                    seenAt.longValue() - sentAt);
        }

        assertThat(listedIds()).contains(LIVE_ARMENIA.get(0)[0], LIVE_ARMENIA.get(1)[0])
                .doesNotContain(LIVE_CHILE[0]);
        assertThat(listItem(LIVE_ARMENIA.get(1)[0]).findElement(By.cssSelector(".title a")).getText())
                .isEqualTo(LIVE_ARMENIA.get(1)[1]);
        assertThat(listedIds().indexOf(LIVE_ARMENIA.get(1)[0])).as("newest first")
                .isLessThan(listedIds().indexOf(YEREVAN_FA_ID));
    }

    @Test
    @Order(4)
    void whenACopyArrives_thenItIsFoldedUnderItsOriginalWithACount() throws Exception {
        String[] original = LIVE_ARMENIA.get(0);
        int before = listedIds().size();
        // Another id, the same words: a copy by content (an exact-id copy would carry the original's own id).
        pipeline.send(json(original[0] + "-copy", original[1], original[2]), "content-type", "application/json");

        WebElement copies = listItem(original[0]).findElement(By.cssSelector("details.copies"));
        waitFor(() -> copies.isDisplayed() && copies.getText().startsWith("1 copy"));
        assertThat(listedIds()).hasSize(before);
        JsonNode copy = pipeline.readAll(Topics.DUPLICATES).stream()
                .filter(d -> d.path("duplicate_of").asText().equals(original[0])).findFirst().orElseThrow();
        copies.findElement(By.tagName("summary")).click();
        assertThat(copies.findElements(By.cssSelector("a[data-open]")).stream().map(a -> a.getAttribute("data-open")))
                .containsExactly(copy.path("id").asText()).containsExactly(original[0] + "-copy");
    }

    @Test
    @Order(5)
    void whenSearching_thenTheListNarrowsToMatchingArticlesAndTheAddressKeepsTheSearch() {
        List<String> all = listedIds();
        WebElement search = browser.findElement(By.id("f-q"));
        search.sendKeys("apricot");
        waitFor(() -> listedIds().equals(List.of(LIVE_ARMENIA.get(1)[0])));
        assertThat(browser.getCurrentUrl()).contains("country=AM").contains("q=apricot");

        browser.findElement(By.id("f-q")).clear();
        js("document.getElementById('f-q').dispatchEvent(new Event('input'));");
        waitFor(() -> listedIds().size() == all.size());
        assertThat(listedIds()).containsExactlyElementsOf(all);
        assertThat(browser.getCurrentUrl()).doesNotContain("q=");
    }

    @Test
    @Order(6)
    void thenThePageMadeNoRequestOutsideTheAppAndAScreenshotIsSaved() throws Exception {
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) js(
                "return performance.getEntriesByType('resource').map(e => e.name);");
        String origin = deskUrl.replaceAll("^(https?://[^/]+).*$", "$1");
        assertThat(resources).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin));
        // The chart counts what the topics hold for AM in the last 24 hours (the seeds' 2024 dates are older).
        Instant since = Instant.now().minus(Duration.ofHours(24));
        String originals = String.valueOf(withPrimaryCountry(pipeline.readAll(Topics.ENRICHED), "AM", since).size());
        String copies = String.valueOf(withPrimaryCountry(pipeline.readAll(Topics.DUPLICATES), "AM", since).size());
        assertThat(Integer.parseInt(originals)).as("the Persian article and two live ones").isGreaterThanOrEqualTo(3);
        WebElement chart = browser.findElement(By.id("chart"));
        // The page asks again a few seconds after each arrival and then every minute: wait past one minute.
        new WebDriverWait(browser, Duration.ofSeconds(90), Duration.ofMillis(200)).until(d ->
                originals.equals(chart.getAttribute("data-originals")) && copies.equals(chart.getAttribute("data-duplicates")));
        assertThat(chart.findElements(By.cssSelector("rect.originals"))).isNotEmpty();

        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(SCREENSHOT).isNotEmptyFile();
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // ---- page helpers --------------------------------------------------------------------------------------

    private WebElement list() {
        return browser.findElement(By.id("articles"));
    }

    private List<String> listedIds() {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) js(
                "return [...document.querySelectorAll('#articles > li')].map(li => li.dataset.id);");
        return ids;
    }

    private WebElement listItem(String id) {
        return list().findElements(By.cssSelector(":scope > li")).stream()
                .filter(li -> id.equals(li.getAttribute("data-id"))).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not in the list " + listedIds()));
    }

    private List<String> optionValues(String selectId) {
        return browser.findElement(By.id(selectId)).findElements(By.tagName("option")).stream()
                .map(o -> o.getAttribute("value")).toList();
    }

    private List<Mark> marks() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> raw = (List<Map<String, Object>>) js(
                "return [...document.querySelectorAll('#reader-article mark')].map(m => ({text: m.textContent,"
                        + " field: m.dataset.field, start: m.dataset.start, end: m.dataset.end, tags: m.dataset.tags,"
                        + " title: m.title}));");
        return raw.stream().map(m -> new Mark((String) m.get("field"), Integer.parseInt((String) m.get("start")),
                Integer.parseInt((String) m.get("end")), (String) m.get("text"),
                List.of(((String) m.get("tags")).split(" ")), (String) m.get("title"))).toList();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT, Duration.ofMillis(20)).until(d -> condition.getAsBoolean());
    }

    // ---- the records the pipeline wrote -------------------------------------------------------------------

    private List<String> enrichedWithPrimaryCountry(String code) {
        return withPrimaryCountry(outputs.get(Topics.ENRICHED), code, Instant.EPOCH).stream()
                .map(a -> a.path("id").asText()).toList();
    }

    private static List<JsonNode> withPrimaryCountry(List<JsonNode> records, String code, Instant since) {
        return records.stream()
                .filter(a -> StreamSupport.stream(a.path("countries").spliterator(), false)
                        .anyMatch(c -> c.path("primary").asBoolean() && c.path("code").asText().equals(code)))
                .filter(a -> !Instant.parse(a.path("event_time").asText()).isBefore(since))
                .toList();
    }

    private JsonNode enriched(String id) {
        return outputs.get(Topics.ENRICHED).stream().filter(a -> a.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not on " + Topics.ENRICHED));
    }

    private int accountedSoFar() {
        return outputs.values().stream().mapToInt(List::size).sum();
    }

    private static List<Mention> mentions(JsonNode record) {
        List<Mention> all = new ArrayList<>();
        for (JsonNode c : record.path("countries")) {
            String title = "Country: " + c.path("name").asText() + " (" + c.path("code").asText() + ")";
            c.path("mentions").forEach(m -> all.add(Mention.of("country:" + c.path("code").asText(), title, m)));
        }
        for (JsonNode t : record.path("topics")) {
            String title = "Topic: " + t.path("name").asText();
            t.path("mentions").forEach(m -> all.add(Mention.of("topic:" + t.path("slug").asText(), title, m)));
        }
        return all;
    }

    private static byte[] json(String id, String title, String body) {
        ObjectNode article = JsonMapper.get().createObjectNode();
        article.put("id", id).put("title", title).put("body", body).put("source", "desk-it");
        return article.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A highlighted piece of the reader's text, as the page drew it. */
    private record Mark(String field, int start, int end, String text, List<String> tags, String title) {
    }

    /** One mention of one tag in the enriched record. */
    private record Mention(String tag, String title, String field, int start, int end, String text) {

        static Mention of(String tag, String title, JsonNode m) {
            return new Mention(tag, title, m.path("field").asText(), m.path("start").asInt(), m.path("end").asInt(),
                    m.path("text").asText());
        }

        boolean covers(Mark mark) {
            return field.equals(mark.field()) && start <= mark.start() && mark.end() <= end;
        }
    }
}
