package dev.newsline.sink.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.source.ArticleOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ReplayTallyTest {

    private static ArticleOutcome sent(long bytes) {
        return new ArticleOutcome("in", 0, "a", bytes, 0, 0, null, false);
    }

    private static ArticleOutcome skipped(String reason) {
        return new ArticleOutcome("in", 1, "b", 10, -1, -1, reason, false);
    }

    private static ArticleOutcome failed(String reason) {
        return new ArticleOutcome("in", -1, "c", -1, -1, -1, reason, true);
    }

    @Test
    void theSummaryCountsSentSkippedAndFailedWithReasonsGroupedWithoutSizes() {
        ReplayTally tally = new ReplayTally();
        tally.add(sent(1000));
        tally.add(sent(2048));
        tally.add(skipped("3000 bytes (2.9 KiB), more than newsline.max.article.bytes=2048"));
        tally.add(skipped("52428800 bytes (50.0 MiB), more than newsline.max.article.bytes=2048"));
        tally.add(skipped("a WARC request record, not a response"));
        tally.add(failed("cut short after line 12 (Unexpected end of ZLIB input stream): what came before was read"));
        tally.addResumed();

        assertThat(tally.summary(2.0)).containsExactly(
                "replay: 2 sent (3.0 KiB) in 2.0 s, 1 articles/s; 3 skipped; 1 failed; 1 already acknowledged before (--resume), not sent again",
                "  skipped 2: more than newsline.max.article.bytes=2048",
                "  skipped 1: a WARC request record, not a response",
                "  failed 1: cut short after line 12 (Unexpected end of ZLIB input stream): what came before was read");
    }

    @Test
    void distinctReasonsAreCappedSoASummaryStaysShort() {
        ReplayTally tally = new ReplayTally();
        for (int i = 0; i < 100; i++) {
            tally.add(skipped("not an HTML response (Content-Type type/" + i + ")"));
        }

        assertThat(tally.skipReasons()).hasSize(ReplayTally.MAX_REASONS + 1).containsEntry("(other reasons)", 60L);
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndElsewhereLinesArePrintedNowAndThen() {
        FakeTicker clock = new FakeTicker();
        StringWriter bar = new StringWriter();
        StringWriter lines = new StringWriter();
        ProgressDisplay onTerminal = new ProgressDisplay(new PrintWriter(bar), ProgressDisplay.Mode.BAR, clock, 4096);
        ProgressDisplay inLog = new ProgressDisplay(new PrintWriter(lines), ProgressDisplay.Mode.LINES, clock, 4096);
        ReplayTally tally = new ReplayTally();
        tally.add(sent(100));

        for (int i = 0; i < 50; i++) { // 50 updates over 12.5 fake seconds
            clock.advance(250_000_000L);
            onTerminal.update(tally, 1024);
            inLog.update(tally, 1024);
        }
        onTerminal.finish();

        assertThat(bar.toString()).startsWith("\r[######..................]  25% 1 articles, 1.0 KiB of 4.0 KiB read")
                .contains("ETA").endsWith("\n").doesNotContain("\n\r");
        assertThat(bar.toString().split("\r")).hasSize(51);
        assertThat(lines.toString().lines()).hasSize(1)
                .allSatisfy(l -> assertThat(l).startsWith(" 25% 1 articles").doesNotContain("\r"));
    }
}
