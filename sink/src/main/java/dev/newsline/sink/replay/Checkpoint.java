package dev.newsline.sink.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsline.ingest.serde.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the broker acknowledged of each input file, saved in a small JSON file so that {@code replay --resume}
 * sends none of it again. Per input (by absolute path): every entry below a mark, plus the few above it
 * acknowledged out of order, and the file's size and modification time, so that a file changed since is
 * replayed whole rather than partly skipped. Saved by writing a new file and moving it over the old one, so
 * an interrupted save leaves the previous checkpoint.
 */
public final class Checkpoint {

    private static final int VERSION = 1;

    private final Path file;
    private final Map<String, Progress> inputs;
    private final Set<String> checked = new HashSet<>();
    private int changedInputs;

    private Checkpoint(Path file, Map<String, Progress> inputs) {
        this.file = file;
        this.inputs = inputs;
    }

    /** An empty checkpoint that will be saved to {@code file}. */
    public static Checkpoint fresh(Path file) {
        return new Checkpoint(file, new HashMap<>());
    }

    /**
     * The checkpoint saved in {@code file}; empty if there is none yet.
     *
     * @throws IOException when the file cannot be read or is not a checkpoint
     */
    public static Checkpoint load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return fresh(file);
        }
        JsonNode root = JsonMapper.get().readTree(file.toFile());
        if (root == null || root.path("version").asInt() != VERSION || !root.path("inputs").isObject()) {
            throw new IOException(file + " is not a newsline replay checkpoint (version " + VERSION + ")");
        }
        Map<String, Progress> inputs = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("inputs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode n = e.getValue();
            Progress p = new Progress(n.path("size").asLong(-1), n.path("modified").asLong(-1));
            p.below = n.path("done_below").asLong();
            n.path("done_also").forEach(o -> p.above.add(o.asLong()));
            inputs.put(e.getKey(), p);
        }
        return new Checkpoint(file, inputs);
    }

    /** Where it is saved. */
    public Path file() {
        return file;
    }

    /** True when the broker acknowledged entry {@code ordinal} of {@code input} in an earlier run. */
    public boolean acknowledged(String input, long ordinal) {
        Progress p = inputs.get(input);
        if (p == null) {
            return false;
        }
        if (checked.add(input) && !p.matches(Path.of(input))) {
            inputs.remove(input); // the file changed: its old ordinals name other articles now
            changedInputs++;
            return false;
        }
        return p.done(ordinal);
    }

    /** Records that the broker acknowledged entry {@code ordinal} of {@code input}. */
    public void acknowledge(String input, long ordinal) {
        inputs.computeIfAbsent(input, i -> Progress.of(Path.of(i))).add(ordinal);
    }

    /** Inputs whose checkpointed progress was dropped because the file changed since. */
    public int changedInputs() {
        return changedInputs;
    }

    /** Writes the checkpoint (a new file moved over the old one). */
    public void save() throws IOException {
        ObjectNode root = JsonMapper.get().createObjectNode();
        root.put("version", VERSION);
        ObjectNode all = root.putObject("inputs");
        new TreeSet<>(inputs.keySet()).forEach(input -> {
            Progress p = inputs.get(input);
            ObjectNode n = all.putObject(input);
            n.put("size", p.size);
            n.put("modified", p.modified);
            n.put("done_below", p.below);
            ArrayNode also = n.putArray("done_also");
            p.above.forEach(also::add);
        });
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        Files.writeString(tmp, root.toPrettyString());
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** One input's acknowledged entries: all below {@code below}, and those in {@code above}. */
    private static final class Progress {
        private final long size;
        private final long modified;
        private final TreeSet<Long> above = new TreeSet<>();
        private long below;

        Progress(long size, long modified) {
            this.size = size;
            this.modified = modified;
        }

        static Progress of(Path input) {
            try {
                return new Progress(Files.size(input), Files.getLastModifiedTime(input).toMillis());
            } catch (IOException e) {
                return new Progress(-1, -1); // gone already: it will not match on resume, so it is replayed whole
            }
        }

        boolean matches(Path input) {
            Progress now = of(input);
            return now.size == size && now.modified == modified && size >= 0;
        }

        boolean done(long ordinal) {
            return ordinal < below || above.contains(ordinal);
        }

        void add(long ordinal) {
            if (ordinal < below) {
                return;
            }
            above.add(ordinal);
            while (above.remove(below)) {
                below++;
            }
        }
    }
}
