package dev.newsline.sink.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsline} command line: demo, run, produce. */
@Command(name = "newsline", mixinStandardHelpOptions = true, version = "newsline 0.1.0",
        description = "Streaming multilingual news ingestion on Kafka Streams.",
        subcommands = {DemoCommand.class, RunCommand.class, ProduceCommand.class, AuditCommand.class})
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
            if (ex instanceof UserError) {
                err.println("newsline: " + ex.getMessage());
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
}
