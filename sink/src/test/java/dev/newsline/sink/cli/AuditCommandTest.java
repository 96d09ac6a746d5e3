package dev.newsline.sink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code newsline audit} without a reachable broker: one line, exit 2, no stack trace. */
class AuditCommandTest {

    @Test
    void anUnreachableBrokerIsOneLineAndExitCodeTwo() {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        CommandLine cli = NewslineCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));

        int code = cli.execute("audit", "--bootstrap-server", "127.0.0.1:1");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("newsline: cannot reach Kafka at 127.0.0.1:1")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }
}
