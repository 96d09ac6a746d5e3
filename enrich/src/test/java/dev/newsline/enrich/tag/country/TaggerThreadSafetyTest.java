package dev.newsline.enrich.tag.country;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.enrich.model.CountryTag;
import dev.newsline.enrich.tag.TaggingInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One tagger serves every stream thread: tagging the same articles from several threads gives the same tags. */
class TaggerThreadSafetyTest {

    @Test
    void concurrentTaggingGivesTheSameTagsAsOneThread() throws Exception {
        List<TaggingInput> inputs = List.of(
                Articles.input("Gas restored", "PORTLAND, Ore., Feb 26 (Reuters) - A utility in Portland, Oregon, restored gas.", "en"),
                Articles.input("Floods", "Floods hit Córdoba, Spain, and Hyderabad, Sindh, on Monday.", "en"),
                Articles.input("x", "الرياض: أغلقت الأمطار طرقا في جازان، وقال الدفاع المدني إن فرقه تعمل.", "ar"),
                Articles.input("x", "به گزارش خبرگزاری فارس از تبریز، دمای هوا کاهش یافت.", "fa"));
        List<List<CountryTag>> expected = inputs.stream().map(WorldArticles.TAGGER::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 300; round++) {
                        int i = round % inputs.size();
                        if (!WorldArticles.TAGGER.tag(inputs.get(i)).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
