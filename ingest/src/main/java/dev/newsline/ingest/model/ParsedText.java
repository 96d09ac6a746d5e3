package dev.newsline.ingest.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code RawTextParser} reads out of one raw article: reassembled title and body, the
 * "read also" tail kept apart, and the metadata lines lifted out of the body.
 *
 * @param title       the title on one line, never null (empty when the text had none)
 * @param body        paragraphs separated by a single blank line ("\n\n"), hard wraps re-joined
 * @param appended    text after a "read also" marker, or null; never analysed as this article
 * @param publishedAt publication date from a metadata line, or null
 * @param sources     source lines ("المصدر: …"), in order
 * @param keywords    keyword lines split into keywords, in order
 * @param attribution the attribution phrase at the start of the lead, or null (it stays in the body)
 */
public record ParsedText(
        String title,
        String body,
        String appended,
        LocalDate publishedAt,
        List<String> sources,
        List<String> keywords,
        Attribution attribution) {

    public ParsedText {
        sources = sources == null ? List.of() : List.copyOf(sources);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
