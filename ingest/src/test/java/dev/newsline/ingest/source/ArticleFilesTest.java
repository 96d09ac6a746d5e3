package dev.newsline.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @Test
    void listsEveryArticleInNameOrderWithItsSizeAndTypeAndSkipsHiddenAndReadmeFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Bee\n\nbody");
        Files.writeString(dir.resolve("a.json"), "{\"title\":\"A\"}");
        Files.writeString(dir.resolve("README.md"), "about this folder");
        Files.writeString(dir.resolve(".hidden"), "x");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("c.txt"), "Sea");

        List<ArticleFile> files = ArticleFiles.collect(List.of(dir));

        assertThat(files).extracting(ArticleFile::name).containsExactly("a.json", "b.txt", "c.txt");
        assertThat(files).extracting(ArticleFile::size).containsExactly(13L, 9L, 3L);
        assertThat(files).extracting(ArticleFile::contentType).containsExactly("application/json", "text/plain", "text/plain");
    }

    @Test
    void readsNoBytesUntilAFileIsSent(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "first version");
        ArticleFile listed = ArticleFiles.collect(List.of(article)).get(0);

        Files.writeString(article, "second version, written after the listing");

        assertThat(listed.size()).isEqualTo("first version".length());
        assertThat(new String(listed.read(), StandardCharsets.UTF_8)).isEqualTo("second version, written after the listing");
    }

    @Test
    void aMissingPathIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> ArticleFiles.collect(List.of(dir.resolve("nope"))))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("nope");
    }
}
