package dev.newsline.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The entries of one archive as they are met: which must be left out before a byte of them is read
 * (links, unsafe paths, a second entry of one name, too large by the archive's own word, one too many),
 * and the bounded read of those that may be read. Nothing is ever extracted to disk, so an unsafe path
 * could do no harm here; it is still refused, because no honest news archive holds one.
 */
final class ArchiveEntries {

    private final SourceLimits limits;
    private final Set<String> names = new HashSet<>();
    private int count;

    ArchiveEntries(SourceLimits limits) {
        this.limits = limits;
    }

    /** Why the entry {@code name} must be left out, if it must; {@code declaredSize} is -1 when unknown. */
    Optional<String> refusal(String name, boolean link, long declaredSize) {
        count++;
        if (count > limits.maxEntries()) {
            return Optional.of("more than " + limits.maxEntries() + " entries in one archive (InputLimits.MAX_ARCHIVE_ENTRIES)");
        }
        if (link) {
            return Optional.of("a symbolic or hard link: links in archives are never followed");
        }
        if (unsafe(name)) {
            return Optional.of("an unsafe path (absolute, or climbing out with ..): never extracted");
        }
        if (!names.add(name)) {
            return Optional.of("a second entry of the same name in one archive: the first one was read");
        }
        if (declaredSize > limits.maxArticleBytes()) {
            return Optional.of(limits.tooLarge(declaredSize));
        }
        return Optional.empty();
    }

    /** True for a name that is absolute (Unix or Windows) or has a {@code ..} segment. */
    static boolean unsafe(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** True for entries that describe an archive rather than being news: hidden files and READMEs. */
    static boolean notAnArticle(String name) {
        String base = name.substring(name.replace('\\', '/').lastIndexOf('/') + 1);
        return base.isEmpty() || base.startsWith(".") || base.toUpperCase(Locale.ROOT).startsWith("README");
    }

    /** At most {@code max} bytes of {@code in}, or null if it holds more (reading stops at {@code max + 1}). */
    static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }
}
