package dev.newsline.ingest.feed;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the feeds file: UTF-8, tab-separated, a header line {@code url name language country} first; then
 * one feed a line. Language and country may be empty or left out; blank lines and lines starting with
 * {@code #} are skipped. Names are unique, as they name the feed in the state file and in every record.
 */
public final class FeedsFile {

    /** The header line's columns, in order. */
    public static final List<String> COLUMNS = List.of("url", "name", "language", "country");
    private static final int MAX_NAME_CHARS = 200;

    private FeedsFile() {
    }

    /** @throws FeedsFileException naming the file and line for the first mistake, or when it cannot be read */
    public static List<FeedSource> read(Path file) throws FeedsFileException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new FeedsFileException("feeds file not found: " + file + " (check --feeds)");
        } catch (CharacterCodingException e) {
            throw new FeedsFileException("feeds file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new FeedsFileException("cannot read feeds file " + file + ": " + e.getMessage());
        }
        return parse(file.toString(), lines);
    }

    /** @param where the file's name, for messages */
    static List<FeedSource> parse(String where, List<String> lines) throws FeedsFileException {
        List<FeedSource> feeds = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            // an editor's byte order mark must not make the header line unreadable
            String raw = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String at = where + " line " + (i + 1) + ": ";
            String[] cells = raw.split("\t", -1);
            if (!headerSeen) {
                List<String> header = List.of(cells).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
                if (!header.equals(COLUMNS.subList(0, Math.min(header.size(), COLUMNS.size())))
                        || header.size() < 2) {
                    throw new FeedsFileException(at + "expected the header line 'url<TAB>name<TAB>language<TAB>country'");
                }
                headerSeen = true;
                continue;
            }
            FeedSource feed = feed(at, cells);
            if (!names.add(feed.name())) {
                throw new FeedsFileException(at + "the name '" + feed.name() + "' is used by an earlier feed");
            }
            feeds.add(feed);
        }
        if (feeds.isEmpty()) {
            throw new FeedsFileException(where + " lists no feed (a header line, then one 'url<TAB>name' a line)");
        }
        return List.copyOf(feeds);
    }

    private static FeedSource feed(String at, String[] cells) throws FeedsFileException {
        if (cells.length < 2 || cells.length > COLUMNS.size()) {
            throw new FeedsFileException(at + "expected 2 to 4 tab-separated columns (url, name, language, country), found "
                    + cells.length);
        }
        URI url = url(at, cells[0].strip());
        String name = cells[1].strip();
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS || name.chars().anyMatch(Character::isISOControl)) {
            throw new FeedsFileException(at + "the name must be 1 to " + MAX_NAME_CHARS + " characters, no control characters");
        }
        Optional<String> language = hint(at, cells, 2, "[a-z]{2}", "an ISO 639-1 code such as en");
        Optional<String> country = hint(at, cells, 3, "[A-Z]{2}", "an ISO 3166-1 alpha-2 code such as TR");
        return new FeedSource(url, name, language.map(l -> l.toLowerCase(Locale.ROOT)),
                country.map(c -> c.toUpperCase(Locale.ROOT)));
    }

    private static URI url(String at, String text) throws FeedsFileException {
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below, with the line
        }
        throw new FeedsFileException(at + "'" + text + "' is not an http or https URL");
    }

    private static Optional<String> hint(String at, String[] cells, int column, String pattern, String expected)
            throws FeedsFileException {
        String value = cells.length > column ? cells[column].strip() : "";
        if (value.isEmpty()) {
            return Optional.empty();
        }
        boolean upper = Character.isUpperCase(pattern.charAt(1));
        String normal = upper ? value.toUpperCase(Locale.ROOT) : value.toLowerCase(Locale.ROOT);
        if (!normal.matches(pattern)) {
            throw new FeedsFileException(at + "the " + COLUMNS.get(column) + " '" + value + "' is not " + expected);
        }
        return Optional.of(normal);
    }
}
