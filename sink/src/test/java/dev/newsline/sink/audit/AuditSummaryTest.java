package dev.newsline.sink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary names each fault with its first positions and ends with the verdict. */
class AuditSummaryTest {

    @Test
    void aBrokenAuditNamesTheFirstPositionsOfEachFaultAndSaysSo() {
        AuditReport r = new AuditReport(10, 6, 2, 1, 1, 0,
                Map.of("news.enriched", 6L, "news.duplicates", 3L, "news.rejected", 0L),
                List.of(new RawPosition(0, 3), new RawPosition(1, 8)),
                List.of(new Doubling(new RawPosition(2, 5), List.of("news.enriched", "news.duplicates"))),
                List.of(new Stray(new OutputLocation("news.rejected", 0, 4), "no origin")));

        List<String> lines = AuditSummary.lines(r);

        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("missing:").contains("2 ")
                .contains("news.raw-0@3, news.raw-1@8"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("doubled:")
                .contains("news.raw-2@5 on news.enriched + news.duplicates"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("strays:").contains("news.rejected-0@4 names no origin"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("conservation BROKEN: 2 missing, 1 doubled, 1 strays");
    }

    @Test
    void aCleanAuditSaysConservationHoldsAndListsNoPositions() {
        AuditReport r = new AuditReport(4, 4, 0, 0, 0, 0, Map.of("news.enriched", 4L), List.of(), List.of(), List.of());

        List<String> lines = AuditSummary.lines(r);

        assertThat(lines).noneMatch(l -> l.contains("@"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("conservation holds");
    }
}
