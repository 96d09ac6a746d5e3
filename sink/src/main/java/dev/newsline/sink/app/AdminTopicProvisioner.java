package dev.newsline.sink.app;

import dev.newsline.sink.stage.TopicProvisioner;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/** Creates per-tag topics on first use through the Admin API; remembers what exists so it asks once. */
final class AdminTopicProvisioner implements TopicProvisioner {

    private final TopicCreator creator;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    AdminTopicProvisioner(TopicCreator creator) {
        this.creator = creator;
    }

    @Override
    public void ensure(String topic) {
        if (known.contains(topic)) {
            return;
        }
        try {
            creator.create(List.of(topic));
            known.add(topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause().getMessage(), e);
        }
    }
}
