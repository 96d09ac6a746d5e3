package dev.newsline.sink.app;

import dev.newsline.sink.stage.TopicProvisioner;
import java.util.Collection;
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
    public void ensure(Collection<String> topics) {
        List<String> unknown = topics.stream().filter(t -> !known.contains(t)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        try {
            creator.create(unknown);
            known.addAll(unknown);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics " + unknown, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics " + unknown + ": " + e.getCause().getMessage(), e);
        }
    }
}
