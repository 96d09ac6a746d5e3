package dev.newsline.enrich.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids: the producer's id, else the canonical URL, else the hash of the content's match form. */
public final class ArticleIdentity {

    private ArticleIdentity() {
    }

    /**
     * The id of an article: {@code suppliedId} verbatim when present; else {@code url:} + hash of the
     * canonical URL; else {@code content:} + {@code contentHash}.
     */
    public static String idOf(String suppliedId, String url, String contentHash) {
        if (suppliedId != null && !suppliedId.isBlank()) {
            return suppliedId.strip();
        }
        String canonical = UrlCanonicalizer.canonicalize(url);
        if (canonical != null) {
            return "url:" + sha256Hex(canonical).substring(0, 24);
        }
        return "content:" + contentHash;
    }

    /** Hash of the match form of title + body: equal for copies that differ only in letter forms, digits, spacing. */
    public static String contentHash(String matchForm) {
        return sha256Hex(matchForm).substring(0, 24);
    }

    private static String sha256Hex(String s) {
        return HexFormat.of().formatHex(sha256(s));
    }

    /** SHA-256 of the UTF-8 bytes of {@code s}: the one digest behind ids and dedup's exact keys. */
    public static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
