package dev.newsline.ingest.source;

import java.nio.file.Path;

/** One input read from disk, as the bytes that will go to news.raw unchanged. */
public record ArticleFile(Path path, byte[] bytes, String contentType) {
}
