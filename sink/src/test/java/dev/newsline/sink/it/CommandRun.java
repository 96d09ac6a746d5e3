package dev.newsline.sink.it;

import dev.newsline.sink.cli.NewslineCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Test fixture: one {@code newsline} command line run in this JVM, with what it printed.
 *
 * @param exitCode the exit code it would give the shell
 * @param out      standard output
 * @param err      standard error
 */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NewslineCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
