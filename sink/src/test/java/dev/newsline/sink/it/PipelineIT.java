package dev.newsline.sink.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsline.ingest.source.ArticleFile;
import dev.newsline.ingest.source.ArticleFiles;
import dev.newsline.ingest.source.SharedFolder;
import dev.newsline.ingest.topology.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The walking pipeline on a real broker: seeds, the project's samples and bad inputs, end to end. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineIT {

    private static final int MAX_ARTICLE_BYTES = 100_000;

    private static final String PERSIAN = """


            بارش شدید باران در شمال کشور

            سازمان هواشناسی اعلام کرد که بارش شدید باران در استان های گیلان و مازندران تا پایان هفته ادامه
            دارد و مردم باید از سفرهای غیرضروری خودداری کنند.

            به گفته کارشناسان، احتمال وقوع سیلاب در مناطق کوهستانی زیاد است و نیروهای امدادی در حالت آماده باش قرار دارند.
            """;

    private static final String ARABIC = """
            الأمطار الغزيرة تغلق الطرق في جنوب المملكة

            أعلنت المديرية العامة للدفاع المدني اليوم أن الأمطار الغزيرة أغلقت عدة طرق في منطقة جازان، ودعت السكان إلى
            توخي الحذر وعدم الاقتراب من مجاري السيول.

            وأوضح المتحدث الرسمي أن فرق الإنقاذ تعاملت مع عشرات البلاغات خلال الساعات الماضية.
            """;

    /** Domestic items that name their country's institutions and no place: filed only under a declared home. */
    private static final String MINISTRY_ITEM = """
            خدمة جديدة للمنشآت

            أطلقت وزارة العمل خدمة تتيح للمنشآت إصدار التأشيرات إلكترونيا دون مراجعة الفروع.
            """;
    private static final String AUTHORITY_ITEM = """
            حفل معايدة للموظفين

            أقامت الهيئة حفلا لمنسوبيها بمناسبة العيد بحضور نائب المحافظ ومديري الإدارات.
            """;

    private RunningPipeline pipeline;
    private Map<String, List<JsonNode>> outputs;
    private final List<String> sharedSeedTitles = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    private int sharedSeeds;
    private int ownSeeds;

    @BeforeAll
    void givenARunningPipelineAndEveryKindOfInput() throws Exception {
        Properties config = new Properties();
        config.put("newsline.max.article.bytes", String.valueOf(MAX_ARTICLE_BYTES));
        pipeline = RunningPipeline.start(2, 1, config);

        Optional<Path> shared = SharedFolder.locate("seeds");
        if (shared.isPresent()) {
            for (ArticleFile f : ArticleFiles.collect(List.of(shared.get()))) {
                sent.add(pipeline.send(f.read(), "filename", f.name()));
                sharedSeeds++;
            }
        } else {
            System.out.println("PipelineIT: ../shared/seeds not found: the five real seed articles are not checked here");
        }
        Path own = Path.of(System.getProperty("newsline.repo.root", ".."), "seeds");
        if (Files.isDirectory(own)) {
            for (ArticleFile f : ArticleFiles.collect(List.of(own))) {
                sent.add(pipeline.send(f.read(), "filename", f.name(), "content-type", f.contentType()));
                ownSeeds++;
            }
        }

        sent.add(pipeline.send(new byte[0], "filename", "empty"));
        sent.add(pipeline.send(" \n\t\n  ".getBytes(StandardCharsets.UTF_8), "filename", "blank"));
        sent.add(pipeline.send(binary(), "filename", "binary.png"));
        sent.add(pipeline.send(invalidUtf8(), "filename", "invalid-utf8"));
        sent.add(pipeline.send(utf16LeWithBom(PERSIAN), "filename", "utf16-fa"));
        sent.add(pipeline.send(ARABIC.getBytes(Charset.forName("windows-1256")), "filename", "cp1256-ar"));
        sent.add(pipeline.send("{\"title\": \"broken\", \"body\": ".getBytes(StandardCharsets.UTF_8), "filename", "bad-json",
                "content-type", "application/json"));
        sent.add(pipeline.send("{\"id\": \"x-1\", \"title\": \"No body here\"}".getBytes(StandardCharsets.UTF_8),
                "filename", "json-no-body", "content-type", "application/json"));
        sent.add(pipeline.send(MINISTRY_ITEM.getBytes(StandardCharsets.UTF_8), "filename", "home-sa",
                "country-hint", "SA"));
        sent.add(pipeline.send(AUTHORITY_ITEM.getBytes(StandardCharsets.UTF_8), "filename", "home-invalid",
                "country-hint", "Saudi"));
        sent.add(pipeline.send(("Huge\n\n" + "word ".repeat(MAX_ARTICLE_BYTES / 4)).getBytes(StandardCharsets.UTF_8),
                "filename", "huge"));

        outputs = pipeline.awaitAccounted(sent.size(), Duration.ofSeconds(120));
    }

    @AfterAll
    void stop() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void thenEveryRawRecordIsAccountedForExactlyOnce() {
        // Read to the end of every output partition: a record twice, or one that was never sent, would show.
        assertThat(sent).hasSize(sharedSeeds + ownSeeds + 11);
        assertThat(RunningPipeline.origins(outputs)).containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void thenTheSharedSeedsGetTheirTitlesAndLanguages() {
        org.junit.jupiter.api.Assumptions.assumeTrue(sharedSeeds == 5, "../shared/seeds not found: skipping");
        Map<String, JsonNode> byFile = byFilename(Topics.ENRICHED);
        assertThat(byFile.get("000_bead2748a85d8c52.txt").path("title").asText())
                .isEqualTo("لاوروف: روسیه آماده کمک به عادیسازی روابط ارمنستان و جمهوری آذربایجان است");
        assertThat(byFile.get("003_9f977fb7910c05ec.txt").path("title").asText())
                .isEqualTo("لاوروف: مسائل زیادی در قره باغ باید حل شود");
        assertThat(byFile.get("002_85166882b8e78257.txt").path("published_at").asText()).startsWith("2024-03-01");
        assertThat(byFile.get("002_85166882b8e78257.txt").path("appended").asText()).contains("غينيا بيساو");
        assertThat(byFile.get("002_85166882b8e78257.txt").path("body").asText()).doesNotContain("غينيا بيساو");
        Map<String, String> languages = byFile.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().path("language").path("code").asText()));
        assertThat(languages).containsEntry("000_bead2748a85d8c52.txt", "fa").containsEntry("001_92939b7ea02c0a90.txt", "fa")
                .containsEntry("002_85166882b8e78257.txt", "ar").containsEntry("003_9f977fb7910c05ec.txt", "fa")
                .containsEntry("004_8d361f31d28c0cf1.txt", "fa");
    }

    @Test
    void thenLegacyAndUtf16EncodingsAreDecoded() {
        Map<String, JsonNode> byFile = byFilename(Topics.ENRICHED);
        assertThat(byFile.get("utf16-fa").path("title").asText()).isEqualTo("بارش شدید باران در شمال کشور");
        assertThat(byFile.get("utf16-fa").path("language").path("code").asText()).isEqualTo("fa");
        assertThat(byFile.get("cp1256-ar").path("title").asText()).isEqualTo("الأمطار الغزيرة تغلق الطرق في جنوب المملكة");
        assertThat(byFile.get("cp1256-ar").path("language").path("code").asText()).isEqualTo("ar");
    }

    @Test
    void thenBadInputsAreRejectedWithTheirReasonAndOriginalBytes() {
        Map<String, JsonNode> rejected = byFilename(Topics.REJECTED);
        assertThat(rejected.get("empty").path("reason").asText()).isEqualTo("EMPTY");
        assertThat(rejected.get("blank").path("reason").asText()).isEqualTo("EMPTY");
        assertThat(rejected.get("binary.png").path("reason").asText()).isEqualTo("NOT_TEXT");
        assertThat(rejected.get("invalid-utf8").path("reason").asText()).isEqualTo("BAD_ENCODING");
        assertThat(rejected.get("bad-json").path("reason").asText()).isEqualTo("BAD_JSON");
        assertThat(rejected.get("json-no-body").path("reason").asText()).isEqualTo("NO_BODY");
        assertThat(rejected.get("huge").path("reason").asText()).isEqualTo("TOO_LARGE");
        JsonNode binary = rejected.get("binary.png");
        assertThat(java.util.Base64.getDecoder().decode(binary.path("original_base64").asText())).isEqualTo(binary());
        assertThat(rejected.values()).allSatisfy(r -> assertThat(r.path("message").asText()).isNotBlank().doesNotContain("\n"));
    }

    @Test
    void thenADomesticItemIsFiledUnderTheHomeItsSourceDeclares() {
        Map<String, JsonNode> enriched = byFilename(Topics.ENRICHED);
        // a valid country-hint header: the ministry is the evidence, cut from the body as written
        JsonNode home = enriched.get("home-sa");
        assertThat(home.path("countries")).hasSize(1);
        JsonNode sa = home.path("countries").get(0);
        assertThat(sa.path("code").asText()).isEqualTo("SA");
        assertThat(sa.path("primary").asBoolean()).isTrue();
        JsonNode m = sa.path("mentions").get(0);
        assertThat(m.path("kind").asText()).isEqualTo("home-institution");
        assertThat(home.path(m.path("field").asText()).asText().substring(m.path("start").asInt(), m.path("end").asInt()))
                .isEqualTo(m.path("text").asText()).isEqualTo("وزارة");
        // a header that is no ISO code declares nothing: the item names no country, so it has none
        assertThat(enriched.get("home-invalid").path("countries")).isEmpty();
    }

    @Test
    void thenTheProjectsOwnSeedsAllBecomeArticles() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ownSeeds > 0, "seeds/ is empty");
        List<JsonNode> fromSeeds = new ArrayList<>();
        outputs.get(Topics.REJECTED).stream().filter(r -> !isBadInputFixture(r)).forEach(fromSeeds::add);
        assertThat(fromSeeds).as("own seeds rejected").isEmpty();
        assertThat(outputs.get(Topics.ENRICHED)).allSatisfy(a -> {
            assertThat(a.path("title").asText()).isNotBlank();
            assertThat(a.path("body").asText()).isNotBlank();
        });
    }

    /**
     * The seeds' copies are sent in path order from one thread but processed by two stream threads on two
     * partitions, so a copy can be processed just after its sample and still reach the dedup index first (the race
     * of docs/dedup.md that the original's hold closes). Whichever member is the original, a story is on
     * news.enriched once.
     */
    @Test
    void thenEachSeedStoryAndItsCopiesAreOnNewsEnrichedOnceAndTheCopiesPointIntoTheStory() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ownSeeds > 0, "seeds/ is empty");
        Map<String, List<String>> stories = Map.of(
                "fa-01-tehran-baku.txt", List.of("dup-fa-01-exact-copy.txt",
                        "dup-fa-01-arabic-letters-ascii-digits.txt", "dup-fa-01-rewrapped-isna-credit.txt"),
                "ar-01-mohadathat-alqahira.txt", List.of("dup-ar-01-reworded-qna-credit.txt"));
        stories.forEach((sample, copies) -> {
            List<String> members = new ArrayList<>(copies);
            members.add(sample);
            List<JsonNode> originals = membersOn(Topics.ENRICHED, members);
            List<JsonNode> duplicates = membersOn(Topics.DUPLICATES, members);
            assertThat(originals).as("%s on news.enriched", sample).hasSize(1);
            assertThat(duplicates).as("copies of %s on news.duplicates", sample).hasSize(copies.size());
            List<String> storyIds = new ArrayList<>();
            originals.forEach(o -> storyIds.add(o.path("id").asText()));
            duplicates.forEach(d -> storyIds.add(d.path("id").asText()));
            assertThat(duplicates).allSatisfy(d -> assertThat(storyIds).contains(d.path("duplicate_of").asText()));
        });
    }

    private List<JsonNode> membersOn(String topic, List<String> files) {
        return outputs.get(topic).stream().filter(n -> files.stream().anyMatch(f ->
                n.path("headers").path("filename").asText().endsWith(f))).toList();
    }

    private static boolean isBadInputFixture(JsonNode rejected) {
        return List.of("empty", "blank", "binary.png", "invalid-utf8", "bad-json", "json-no-body", "huge")
                .contains(rejected.path("headers").path("filename").asText());
    }

    private Map<String, JsonNode> byFilename(String topic) {
        return outputs.get(topic).stream().collect(Collectors.toMap(
                n -> n.path("headers").path("filename").asText(), n -> n, (a, b) -> a));
    }

    private static byte[] binary() {
        byte[] png = new byte[512];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        System.arraycopy(header, 0, png, 0, header.length);
        for (int i = header.length; i < png.length; i++) {
            png[i] = (byte) (i * 31 % 7 == 0 ? 0 : i * 73);
        }
        return png;
    }

    private static byte[] invalidUtf8() {
        ByteBuffer b = ByteBuffer.allocate(64);
        b.put("Title\n\nBody ".getBytes(StandardCharsets.US_ASCII));
        b.put(new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xE2, 0x28, (byte) 0xA1,
                (byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC, (byte) 0xF8, (byte) 0xA1, (byte) 0xA1});
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    private static byte[] utf16LeWithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }
}
