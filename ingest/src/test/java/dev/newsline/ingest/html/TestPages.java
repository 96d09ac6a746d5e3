package dev.newsline.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written test pages under {@code src/test/resources/html/} (invented stories). */
public final class TestPages {

    /** A news page with navigation, sharing, an ad, related stories, comments, a sidebar and a footer. */
    public static final String HARBOUR_FERRY = "harbour-ferry.html";

    private TestPages() {
    }

    /** The bytes of a test page. */
    public static byte[] bytes(String name) {
        try (InputStream in = TestPages.class.getResourceAsStream("/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test page " + name + " is missing from the test resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The main text a page must give: its {@code .body.txt} companion. */
    public static String expectedBody(String name) {
        return new String(bytes(name.replace(".html", ".body.txt")), StandardCharsets.UTF_8);
    }
}
