package dev.newsline.sink.stage;

import java.util.Collection;

/** Makes sure a per-country or per-topic topic exists before the first record is written to it. */
@FunctionalInterface
public interface TopicProvisioner {

    /** Provisioner for tests and clusters that auto-create topics. */
    TopicProvisioner NONE = topics -> { };

    /** Creates those of {@code topics} that do not exist yet, in one request; returns once they do. */
    void ensure(Collection<String> topics);
}
