package dev.newsline.sink.cli;

import dev.newsline.ingest.config.InvalidSettingException;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/** The {@code newsline} command line: demo, run, produce, feeds, audit, replay. */
@Command(name = "newsline", mixinStandardHelpOptions = true, version = "newsline 0.1.0",
        description = "Streaming multilingual news ingestion on Kafka Streams.",
        subcommands = {DemoCommand.class, RunCommand.class, ProduceCommand.class, AuditCommand.class,
                ReplayRejectedCommand.class, BenchCommand.class, ReplayCommand.class, FeedsCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (produce: every file sent or skipped with its reason)",
                "1:the pipeline failed (demo: not every record accounted for in time; run: the instance died; audit: records missing, doubled or stray; feeds --once: a feed failed)",
                "2:a mistake to fix: option, setting, input path, unreachable broker, credentials, TLS, ACLs"})
public final class NewslineCommand implements Runnable {

    /** Exit code for mistakes the user can fix. */
    static final int USER_ERROR = 2;
    /** Exit code for failures of the pipeline itself. */
    static final int FAILURE = 1;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: one-line errors, no stack traces for user mistakes. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewslineCommand());
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("newsline: " + ex.getMessage() + " (see 'newsline "
                    + ex.getCommandLine().getCommandName().replace("newsline", "").strip() + " --help')");
            return USER_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            Optional<String> mistake = userMistake(ex, parseResult);
            if (mistake.isPresent()) {
                err.println("newsline: " + mistake.get());
                return USER_ERROR;
            }
            err.println("newsline: failed: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            if (System.getenv("NEWSLINE_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return FAILURE;
        });
        return cli;
    }

    /** The one line for a failure the user can fix: ours, a bad setting, or Kafka refusing the client. */
    private static Optional<String> userMistake(Exception ex, ParseResult parseResult) {
        if (ex instanceof UserError) {
            return Optional.of(ex.getMessage());
        }
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidSettingException) {
                return Optional.of(t.getMessage());
            }
        }
        return KafkaTrouble.explain(bootstrapServers(parseResult), ex);
    }

    private static String bootstrapServers(ParseResult parseResult) {
        ParseResult command = parseResult.subcommand();
        return command != null && command.hasMatchedOption("--bootstrap-server")
                ? command.matchedOptionValue("--bootstrap-server", "") : "the embedded broker";
    }
}
