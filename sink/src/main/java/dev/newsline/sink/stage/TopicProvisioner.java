package dev.newsline.sink.stage;

/** Makes sure a per-country or per-topic topic exists before the first record is written to it. */
@FunctionalInterface
public interface TopicProvisioner {

    /** Provisioner for tests and clusters that auto-create topics. */
    TopicProvisioner NONE = topic -> { };

    /** Creates {@code topic} if it does not exist yet; returns once it does. */
    void ensure(String topic);
}
