package dev.newsline.sink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Mistakes a user can make get one line saying what is wrong and what to do, and a non-zero exit code. */
class NewslineCommandTest {

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = NewslineCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void aMissingInputFileIsOneLineAndExitCodeTwo() {
        int code = run("produce", "--bootstrap-server", "localhost:9092", "/no/such/article.txt");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("newsline: input not found: /no/such/article.txt")
                .doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void theDemoRefusesAMissingInputBeforeStartingAnything() {
        int code = run("demo", "--input", "/no/such/folder");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).contains("input not found").doesNotContain("\n");
    }

    @Test
    void anUnknownOptionSaysSoInOneLine() {
        int code = run("demo", "--frobnicate");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).contains("Unknown option").contains("--help").doesNotContain("\n");
    }

    @Test
    void aMissingConfigFileIsOneLine(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.");
        int code = run("produce", "--bootstrap-server", "localhost:9092", "--config", "/no/such.properties",
                article.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("newsline: config file not found").doesNotContain("\n");
    }

    @Test
    void anUnreachableBrokerIsOneLineNotAStackTrace(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.");
        int code = run("produce", "--bootstrap-server", "127.0.0.1:1", article.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("newsline: cannot reach Kafka at 127.0.0.1:1")
                .doesNotContain("\n").doesNotContain("Exception");
    }
}
