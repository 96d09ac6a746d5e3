package dev.newsline.enrich.tag.country;

import static dev.newsline.enrich.tag.country.Articles.TAGGER;
import static dev.newsline.enrich.tag.country.Articles.all;
import static dev.newsline.enrich.tag.country.Articles.input;
import static dev.newsline.enrich.tag.country.Articles.primary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.ingest.model.ParsedText;
import dev.newsline.ingest.parse.RawTextParser;
import dev.newsline.ingest.source.SharedFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real seed articles in ../shared/seeds (never copied into the project): the floor the tagger must meet. */
class SeedCountriesTest {

    /** The parser may not cut the "read also" tail yet: cut it here so only the article is tagged. */
    private static final Pattern READ_ALSO = Pattern.compile("[إا]قرأ أيضا[ًً]?");

    @ParameterizedTest
    @CsvSource({"000,AM AZ RU,", "001,AM AZ RU,", "002,AM AZ RU,EG GW", "003,AM AZ RU,", "004,AM AZ RU,"})
    void seedPrimaryCountries(String id, String expectedPrimary, String absent) throws IOException {
        Optional<Path> seeds = SharedFolder.locate("seeds");
        Assumptions.assumeTrue(seeds.isPresent(), "../shared/seeds is absent: seed floor not checked");
        Path file;
        try (Stream<Path> s = Files.list(seeds.get())) {
            file = s.filter(p -> p.getFileName().toString().startsWith(id + "_")).findFirst().orElse(null);
        }
        Assumptions.assumeTrue(file != null, "seed " + id + " is absent");
        ParsedText parsed = new RawTextParser().parse(Files.readString(file, StandardCharsets.UTF_8));
        String body = parsed.body();
        Matcher m = READ_ALSO.matcher(body);
        if (m.find()) {
            body = body.substring(0, m.start());
        }
        List<CountryTag> tags = TAGGER.tag(input(parsed.title(), body, id.equals("002") ? "ar" : "fa"));
        System.out.printf("seed %s: %s%n", id, tags.stream()
                .map(t -> t.code() + (t.primary() ? "*" : "") + "=" + t.score() + "x" + t.mentions().size() + (t.primary() ? "" : t.mentions().stream().map(x -> x.text()).toList())).toList());
        assertThat(primary(tags)).isEqualTo(Set.of(expectedPrimary.split(" ")));
        if (absent != null) {
            assertThat(all(tags)).doesNotContainAnyElementsOf(List.of(absent.split(" ")));
        }
        if (id.equals("004")) {
            assertThat(all(tags)).contains("US", "FR");
        }
    }
}
