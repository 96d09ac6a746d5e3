package dev.newsline.ingest.feed;

/** Feed documents written for these tests (no copied text): RSS 2.0 and Atom, friendly and hostile. */
public final class TestFeeds {

    private TestFeeds() {
    }

    /**
     * RSS 2.0 with two items: one with full text in {@code content:encoded}, one with only a summary whose link
     * is {@code pageUrl}.
     */
    public static String rss(String pageUrl) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>Harbour Gazette</title>
                    <link>http://example.org/</link>
                    <description>Test feed</description>
                    <item>
                      <title>Ferry service resumes after the storm</title>
                      <link>http://example.org/news/ferry</link>
                      <guid isPermaLink="false">harbour-2025-0001</guid>
                      <pubDate>Tue, 04 Mar 2025 08:30:00 GMT</pubDate>
                      <description>Ferries run again.</description>
                      <content:encoded><![CDATA[<p>The ferry between the two islands ran again on Tuesday morning &amp; its crew
                        said the crossing was calm.</p><p>Harbour officials in Norway said the storm had damaged
                        two piers.<br/>Repairs start next week.</p><script>track()</script>]]></content:encoded>
                    </item>
                    <item>
                      <title>Council votes on the new bridge</title>
                      <link>%s</link>
                      <guid>harbour-2025-0002</guid>
                      <pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate>
                      <description>The council voted on Wednesday.</description>
                    </item>
                  </channel>
                </rss>
                """.formatted(pageUrl);
    }

    /** Atom with an entry with full content and one with only a summary (linked to {@code pageUrl}). */
    public static String atom(String pageUrl) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Valley Courier</title>
                  <id>urn:uuid:valley-courier</id>
                  <updated>2025-03-06T12:00:00Z</updated>
                  <entry>
                    <title type="html">Orchard harvest &lt;b&gt;doubles&lt;/b&gt;</title>
                    <id>tag:valley.example,2025:orchard</id>
                    <link rel="alternate" href="http://valley.example/orchard"/>
                    <published>2025-03-06T09:15:00Z</published>
                    <updated>2025-03-06T11:00:00Z</updated>
                    <content type="html">&lt;p&gt;Farmers in Chile picked twice as many apples as last year.&lt;/p&gt;&lt;p&gt;Prices fell at the market.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>Library opens a reading room</title>
                    <id>tag:valley.example,2025:library</id>
                    <link rel="alternate" href="%s"/>
                    <updated>2025-03-07T07:00:00Z</updated>
                    <summary>A new reading room opened.</summary>
                  </entry>
                </feed>
                """.formatted(pageUrl);
    }

    /** RSS whose item pulls a local file in through an external entity. */
    public static String xxe(String fileUri) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE rss [ <!ENTITY secret SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>t</title><link>http://x.example/</link><description>d</description>
                <item><title>leak</title><guid>xxe-1</guid><description>&secret;</description></item>
                </channel></rss>
                """.formatted(fileUri);
    }

    /** RSS with nested entities that would expand to 10^9 copies of "lol" ("billion laughs"). */
    public static String billionLaughs() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [\n <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String ref = "&lol" + (i - 1) + ";";
            doctype.append(" <!ENTITY lol").append(i).append(" \"").append(ref.repeat(10)).append("\">\n");
        }
        doctype.append("]>\n");
        return "<?xml version=\"1.0\"?>\n" + doctype + """
                <rss version="2.0"><channel><title>t</title><link>http://x.example/</link><description>d</description>
                <item><title>laughs</title><guid>lol-1</guid><description>&lol9;</description></item>
                </channel></rss>
                """;
    }

    /** A page for an item's link, its text in ISO-8859-1 while its {@code <meta>} claims UTF-8. */
    public static String page(String title, String paragraph) {
        return """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>%s</title></head>
                <body><nav>Home | World</nav><article><h1>%s</h1><p>%s</p></article></body></html>
                """.formatted(title, title, paragraph);
    }
}
