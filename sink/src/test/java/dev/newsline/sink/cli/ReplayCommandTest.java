package dev.newsline.sink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsline replay}'s mistakes: one line, exit code 2, before any broker is contacted. */
class ReplayCommandTest {

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = NewslineCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

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
