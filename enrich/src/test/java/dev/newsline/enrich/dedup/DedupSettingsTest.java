package dev.newsline.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsline.ingest.config.NewslineSettings;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DedupSettingsTest {

    @Test
    void theSettingsDefaultsAreTheMeasuredDefaults() {
        assertThat(DedupSettings.from(NewslineSettings.defaults())).isEqualTo(DedupSettings.defaults());
    }

    @Test
    void windowAndCopyRuleThresholdsComeFromConfiguration() {
        Properties p = new Properties();
        p.put("newsline.dedup.window", "P1D");
        p.put("newsline.dedup.min.similarity", "0.6");
        p.put("newsline.dedup.contained.min.similarity", "0.4");
        p.put("newsline.dedup.min.containment", "0.9");
        DedupSettings d = DedupSettings.from(NewslineSettings.from(p));
        assertThat(d.window()).isEqualTo(Duration.ofDays(1));
        assertThat(d.isCopy(0.59, 0.0)).isFalse();
        assertThat(d.isCopy(0.6, 0.0)).isTrue();
        assertThat(d.isCopy(0.45, 0.89)).isFalse();
        assertThat(d.isCopy(0.45, 0.9)).isTrue();
        assertThat(d.isCopy(0.39, 1.0)).isFalse();
    }
}
