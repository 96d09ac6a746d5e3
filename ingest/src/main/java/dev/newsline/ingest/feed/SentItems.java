package dev.newsline.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the feed reader has done, per feed: the keys of items it is done with (acknowledged by the broker, or
 * skipped for good; the newest {@link #MAX_KEYS_PER_FEED}) and the validators of the last feed document fully handled. Kept in a small JSON
 * file, rewritten whole and moved into place atomically after each poll, so a crash leaves the old file or the
 * new one, never half of one. An item is remembered only once the broker has acknowledged it: a crash in between
 * sends it again (at least once), and dedup then sees the same id (an exact duplicate).
 */
public final class SentItems {

    /** Keys kept per feed; older ones are forgotten first (feeds list their newest items, far fewer than this). */
    public static final int MAX_KEYS_PER_FEED = 10_000;
    private static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final Map<String, LinkedHashSet<String>> sent = new HashMap<>();
    private final Map<String, Validators> validators = new HashMap<>();

    private SentItems(Path file) {
        this.file = file;
    }

    /**
     * The state in {@code file}, empty when the file does not exist yet.
     *
     * @throws IOException when the file exists but cannot be read or is not a state file
     */
    public static SentItems load(Path file) throws IOException {
        SentItems state = new SentItems(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return state;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IOException("not a feeds state file (bad JSON: " + e.getOriginalMessage() + ")");
        }
        if (root == null || root.path("format").asInt() != FORMAT || !root.path("feeds").isObject()) {
            throw new IOException("not a feeds state file of format " + FORMAT);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("feeds").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> feed = it.next();
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            feed.getValue().path("sent").forEach(key -> keys.add(key.asText()));
            state.sent.put(feed.getKey(), keys);
            state.validators.put(feed.getKey(), new Validators(text(feed.getValue(), "etag"),
                    text(feed.getValue(), "last_modified")));
        }
        return state;
    }

    /** True when the item {@code key} of {@code feed} was sent and acknowledged, or skipped for good. */
    public synchronized boolean contains(String feed, String key) {
        return sent.getOrDefault(feed, new LinkedHashSet<>()).contains(key);
    }

    /** Remembers an item acknowledged by the broker, or skipped for good. */
    public synchronized void add(String feed, String key) {
        LinkedHashSet<String> keys = sent.computeIfAbsent(feed, f -> new LinkedHashSet<>());
        keys.add(key);
        Iterator<String> oldest = keys.iterator();
        while (keys.size() > MAX_KEYS_PER_FEED) {
            oldest.next();
            oldest.remove();
        }
    }

    /** The validators for the next conditional GET of {@code feed}. */
    public synchronized Validators validators(String feed) {
        return validators.getOrDefault(feed, Validators.NONE);
    }

    /** Keeps the validators of a feed document whose every item has been handled. */
    public synchronized void setValidators(String feed, Validators next) {
        validators.put(feed, next);
    }

    /** Writes the state: to a temporary file beside it, synced, then moved over the old one. */
    public synchronized void save() throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode feeds = root.putObject("feeds");
        for (String feed : sortedFeeds()) {
            ObjectNode node = feeds.putObject(feed);
            Validators v = validators(feed);
            v.etag().ifPresent(etag -> node.put("etag", etag));
            v.lastModified().ifPresent(date -> node.put("last_modified", date));
            ArrayNode keys = node.putArray("sent");
            sent.getOrDefault(feed, new LinkedHashSet<>()).forEach(keys::add);
        }
        Path absolute = file.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(bytes));
            channel.force(true);
        }
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Iterable<String> sortedFeeds() {
        TreeSet<String> names = new TreeSet<>(sent.keySet());
        names.addAll(validators.keySet());
        return names;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? Optional.empty() : Optional.of(value.asText());
    }
}
