package dev.newsline.enrich.dedup;

import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.apache.kafka.streams.errors.TaskMigratedException;

/**
 * Exceptions by which Kafka Streams takes a task away (its producer fenced, its state corrupted) reach a
 * processor through the stores it writes. They are not this article failing: the task must stop here and its
 * transaction abort, so a processor that turns failures into verdicts or rejections lets them through.
 */
final class TaskLoss {

    private TaskLoss() {
    }

    /** Throws {@code e} again if it means the task is lost; otherwise returns. */
    static void rethrowIfTaskLost(RuntimeException e) {
        if (e instanceof TaskMigratedException || e instanceof TaskCorruptedException) {
            throw e;
        }
    }
}
