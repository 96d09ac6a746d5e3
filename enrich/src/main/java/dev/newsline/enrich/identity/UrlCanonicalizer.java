package dev.newsline.enrich.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Canonical form of an article URL, so the same page fetched twice gets one identity. */
public final class UrlCanonicalizer {

    private UrlCanonicalizer() {
    }

    /**
     * Lower-case scheme and host, no default port, no fragment, no tracking parameters (utm_*, fbclid,
     * gclid), no trailing slash; {@code http} and {@code https} are one. Returns null for blank input and
     * the trimmed input for text that is not a URI.
     */
    public static String canonicalize(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() == null) {
                return trimmed;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty())
                    .filter(p -> !isTracking(p.toLowerCase(Locale.ROOT)))
                    .sorted()
                    .collect(Collectors.joining("&"));
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 80 || port == 443;
            return "//" + host + (defaultPort ? "" : ":" + port) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private static boolean isTracking(String param) {
        return param.startsWith("utm_") || param.startsWith("fbclid=") || param.startsWith("gclid=")
                || param.startsWith("mc_cid=") || param.startsWith("mc_eid=");
    }
}
