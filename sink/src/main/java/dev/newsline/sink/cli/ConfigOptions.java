package dev.newsline.sink.cli;

import dev.newsline.ingest.config.InvalidSettingException;
import dev.newsline.ingest.config.NewslineSettings;
import dev.newsline.ingest.config.SettingKeys;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.Option;

/** {@code --config FILE} and {@code --set key=value}: any Kafka client/streams setting or {@code newsline.*} setting. */
public final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file of Kafka Streams/client settings and newsline.* settings.")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "One setting, on top of --config (repeatable), e.g. --set num.stream.threads=4.")
    List<String> settings = new ArrayList<>();

    /**
     * The settings, file first, then each --set.
     *
     * @throws InvalidSettingException for an unknown {@code newsline.*} key or a bad value, before anything starts
     */
    public Properties toProperties() {
        Properties p = new Properties();
        if (configFile != null) {
            if (!Files.isRegularFile(configFile)) {
                throw new UserError("config file not found: " + configFile + " (check the --config path)");
            }
            try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UserError("cannot read config file " + configFile + ": " + e.getMessage());
            }
        }
        for (String kv : settings) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new UserError("--set takes KEY=VALUE, got '" + kv + "'");
            }
            p.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
        NewslineSettings.from(p);
        SettingKeys.ALL.forEach(key -> key.read(p)); // the keys other parts read (feeds, source country) too
        return p;
    }
}
