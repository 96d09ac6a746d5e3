package dev.newsline.enrich.tag.country;

import dev.newsline.ingest.source.SharedFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScratchThresholdTest {
    @Test
    void sweep() {
        Path corpus = SharedFolder.locate("corpus").get();
        var geonames = SharedFolder.locate("geonames");
        CountryTagger tagger = new CountryTagger(CountryTaggerOptions.allLocales(geonames), PrimaryModel.untrained());
        List<PrimaryModelTrainer.Example> a = new ArrayList<>(), b = new ArrayList<>();
        a.addAll(PrimaryModelTrainer.examples(tagger, "b1ar", LabelledArticles.corpus("/eval/country-blind-ar.tsv", corpus.resolve("ar-saudinewsnet"))));
        a.addAll(PrimaryModelTrainer.examples(tagger, "b1fa", LabelledArticles.corpus("/eval/country-blind-fa.tsv", corpus.resolve("fa-farsnews"))));
        a.addAll(PrimaryModelTrainer.examples(tagger, "w1", LabelledArticles.wire("/eval/country-wire.tsv")));
        a.addAll(PrimaryModelTrainer.examples(tagger, "te", LabelledArticles.earlier("/eval/tagging-eval.jsonl")));
        b.addAll(PrimaryModelTrainer.examples(tagger, "b2ar", LabelledArticles.corpus("/eval/country-blind2-ar.tsv", corpus.resolve("ar-saudinewsnet"))));
        b.addAll(PrimaryModelTrainer.examples(tagger, "b2fa", LabelledArticles.corpus("/eval/country-blind2-fa.tsv", corpus.resolve("fa-farsnews"))));
        b.addAll(PrimaryModelTrainer.examples(tagger, "w2", LabelledArticles.wire("/eval/country-wire-2.tsv")));
        StringBuilder out = new StringBuilder();
        for (double t = 0.25; t <= 0.76; t += 0.05) {
            PrimaryModel ma = PrimaryModelTrainer.train(b, PrimaryModelTrainer.COST, 0.0, t);
            PrimaryModel mb = PrimaryModelTrainer.train(a, PrimaryModelTrainer.COST, 0.0, t);
            Map<String, CountryEvalScore> sa = PrimaryModelTrainer.score(ma, a), sb = PrimaryModelTrainer.score(mb, b);
            out.append(String.format("t=%.2f", t));
            for (String l : List.of("ar", "fa", "en")) {
                out.append(String.format("  %s %.3f/%.3f", l, sa.get(l).primary.f1(), sb.get(l).primary.f1()));
            }
            out.append('\n');
        }
        System.out.println("SWEEP\n" + out);
    }
}
