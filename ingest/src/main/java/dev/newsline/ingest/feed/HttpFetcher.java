package dev.newsline.ingest.feed;

import dev.newsline.ingest.config.FeedSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs feeds and pages with {@link HttpClient}: conditional when validators are given, a connect timeout and a
 * deadline for the whole answer (headers and body), a size cap, and redirects followed here rather than by the
 * client so that a loop is named and their number capped.
 */
public final class HttpFetcher implements Fetcher {

    /** What a feed request accepts. */
    public static final String ACCEPT_FEED =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    /** What a page request accepts. */
    public static final String ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String USER_AGENT = "Newsline/0.1 (feed reader)";

    private final HttpClient client;
    private final Duration requestTimeout;
    private final int maxRedirects;

    public HttpFetcher(FeedSettings settings) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.requestTimeout = settings.requestTimeout();
        this.maxRedirects = settings.maxRedirects();
    }

    /**
     * @param validators sent as {@code If-None-Match} / {@code If-Modified-Since}; {@link Validators#NONE} for none
     * @param maxBytes   the largest body read
     * @throws FetchException for a timeout, a refused connection, a status other than 2xx or 304, a redirect loop or
     *                        too many redirects, or a body over {@code maxBytes}
     */
    @Override
    public FetchResult fetch(URI url, Validators validators, int maxBytes, String accept)
            throws FetchException, InterruptedException {
        List<URI> visited = new ArrayList<>(List.of(url));
        URI current = url;
        while (true) {
            HttpResponse<byte[]> response = send(current, validators, maxBytes, accept);
            int status = response.statusCode();
            if (status == 304) {
                return new FetchResult.NotModified();
            }
            if (status >= 200 && status < 300) {
                return new FetchResult.Fetched(current, response.headers().firstValue("Content-Type").orElse(null),
                        response.body(), new Validators(response.headers().firstValue("ETag"),
                        response.headers().firstValue("Last-Modified")));
            }
            Optional<String> location = response.headers().firstValue("Location");
            if (!REDIRECTS.contains(status) || location.isEmpty()) {
                throw new FetchException("HTTP " + status + " from " + current);
            }
            URI next = target(current, location.get());
            if (visited.contains(next)) {
                visited.add(next);
                throw new FetchException("redirect loop: " + String.join(" -> ", visited.stream().map(URI::toString).toList()));
            }
            visited.add(next);
            if (visited.size() - 1 > maxRedirects) {
                throw new FetchException("more than " + maxRedirects + " redirects from " + url
                        + " (newsline.feeds.max.redirects)");
            }
            current = next;
        }
    }

    private HttpResponse<byte[]> send(URI url, Validators validators, int maxBytes, String accept)
            throws FetchException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(requestTimeout)
                .header("User-Agent", USER_AGENT).header("Accept", accept);
        validators.etag().ifPresent(etag -> request.header("If-None-Match", etag));
        validators.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request.build(), info ->
                info.statusCode() >= 200 && info.statusCode() < 300 ? new CappedBody(maxBytes)
                        : BodySubscribers.replacing(new byte[0]));
        try {
            // HttpRequest.timeout bounds the wait for the headers only; this bounds the body too
            return answer.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new FetchException("no complete answer from " + url + " within " + seconds(requestTimeout)
                    + " (newsline.feeds.read.timeout)");
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw failure(url, e.getCause(), maxBytes);
        }
    }

    private FetchException failure(URI url, Throwable cause, int maxBytes) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLargeException) {
                return new FetchException(url + " sent more than " + maxBytes + " bytes: not read further");
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new FetchException("no connection to " + url.getHost() + " within "
                        + seconds(client.connectTimeout().orElse(requestTimeout)) + " (newsline.feeds.connect.timeout)");
            }
            if (t instanceof HttpTimeoutException) {
                return new FetchException("no answer from " + url + " within " + seconds(requestTimeout)
                        + " (newsline.feeds.read.timeout)");
            }
            if (t instanceof ConnectException) {
                return new FetchException("cannot connect to " + url.getHost() + ": connection refused");
            }
        }
        String what = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage()
                : String.valueOf(cause);
        return new FetchException("GET " + url + " failed: " + what.replaceAll("\\s+", " "));
    }

    private static URI target(URI from, String location) throws FetchException {
        try {
            URI next = from.resolve(location.strip());
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                return next;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new FetchException(from + " redirects to '" + location + "', not an http or https URL");
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
