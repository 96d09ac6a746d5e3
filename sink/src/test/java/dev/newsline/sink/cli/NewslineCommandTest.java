package dev.newsline.sink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void aBadNewslineSettingStopsDemoRunAndProduceWithOneLineAndExitTwoBeforeAnythingStarts(@TempDir Path dir)
            throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.");
        // 127.0.0.1:1 answers nothing: the setting must be refused before any broker is tried
        List<String[]> commands = List.of(
                new String[] {"demo", "--input", article.toString(), "--set", "newsline.max.article.bytes=tiny"},
                new String[] {"run", "--bootstrap-server", "127.0.0.1:1", "--set", "newsline.max.article.bytes=tiny"},
                new String[] {"produce", "--bootstrap-server", "127.0.0.1:1", "--set", "newsline.max.article.bytes=tiny",
                        article.toString()});
        for (String[] command : commands) {
            err.getBuffer().setLength(0);
            assertThat(run(command)).as(command[0]).isEqualTo(2);
            assertThat(err.toString().strip()).as(command[0])
                    .startsWith("newsline: newsline.max.article.bytes=tiny is not valid: expected an integer from 1024 to")
                    .doesNotContain("\n").doesNotContain("Exception");
        }
    }

    @Test
    void anUnknownNewslineKeyInAConfigFileIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("app.properties"), "newsline.dedup.windows=P1D\n");
        int code = run("run", "--bootstrap-server", "127.0.0.1:1", "--config", config.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("newsline: unknown setting newsline.dedup.windows (known newsline.* settings: ")
                .doesNotContain("\n");
    }

    @Test
    void aNegativeDemoTimeoutIsRefused() {
        int code = run("demo", "--timeout", "-5");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("newsline: --timeout takes a number of seconds, 0 or more, got -5");
    }

    // newsline replay: its mistakes too are one line and exit 2, before any broker is contacted

    @Test
    void aMissingArchiveIsNamedInOneLine() {
        assertThat(run("replay", "--bootstrap-server", "127.0.0.1:1", "/no/such/archive.warc.gz")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("newsline: input not found: /no/such/archive.warc.gz (check the path)");
    }

    @Test
    void itNeedsExactlyOneOfABrokerAndTheEmbeddedOne(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "T\n\nB");
        assertThat(run("replay", a.toString())).isEqualTo(2);
        assertThat(run("replay", "--embedded", "--bootstrap-server", "127.0.0.1:1", a.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("newsline: ")
                .contains("--bootstrap-server").contains("--embedded"));
    }

    @Test
    void aRateOfZeroAndAnUnknownProgressModeAreRefused(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "T\n\nB");
        assertThat(run("replay", "--bootstrap-server", "127.0.0.1:1", "--max-rate", "0", a.toString())).isEqualTo(2);
        assertThat(run("replay", "--bootstrap-server", "127.0.0.1:1", "--progress", "fancy", a.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "newsline: --max-rate takes a number of articles per second, more than 0, got 0.0",
                "newsline: --progress takes auto, bar, lines or none, got fancy");
    }

    @Test
    void aCheckpointThatIsNotOneIsRefusedWithWhatToDo(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "T\n\nB");
        Path bogus = Files.writeString(dir.resolve("cp.json"), "[1, 2, 3]");
        assertThat(run("replay", "--bootstrap-server", "127.0.0.1:1", "--resume", "--checkpoint", bogus.toString(),
                a.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("newsline: cannot resume from " + bogus)
                .endsWith("(give the right --checkpoint, or replay without --resume)").doesNotContain("\n");
    }
}
