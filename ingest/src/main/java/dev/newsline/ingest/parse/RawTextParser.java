package dev.newsline.ingest.parse;

import dev.newsline.ingest.model.Attribution;
import dev.newsline.ingest.model.ParsedText;
import dev.newsline.ingest.parse.attribution.AttributionFinder;
import dev.newsline.ingest.parse.layout.LineUnwrapper;
import dev.newsline.ingest.parse.layout.TitleExtractor;
import dev.newsline.ingest.parse.metadata.Metadata;
import dev.newsline.ingest.parse.metadata.MetadataLineExtractor;
import dev.newsline.ingest.parse.tail.ReadAlsoSplitter;
import dev.newsline.ingest.parse.text.MarkerFile;
import dev.newsline.ingest.parse.text.TextLines;
import java.util.List;

/**
 * Reads a raw article as the feeds deliver it: title, re-joined body, metadata lines, "read also" tail.
 *
 * <p>Steps, in this order because each one needs the previous one's result: tidy the lines; cut the "read also"
 * tail (its own metadata lines belong to the other story); lift metadata lines out; take the title (joining a
 * split title); re-join the hard-wrapped rest into paragraphs; find the attribution at the start of the lead.
 */
public final class RawTextParser {

    private static final MarkerFile MARKERS = MarkerFile.load("/dev/newsline/ingest/parse/markers.txt");
    private static final MarkerFile ATTRIBUTIONS = MarkerFile.load("/dev/newsline/ingest/parse/attribution.txt");

    private final ReadAlsoSplitter readAlso = new ReadAlsoSplitter(MARKERS);
    private final MetadataLineExtractor metadata = new MetadataLineExtractor(MARKERS);
    private final TitleExtractor titles = new TitleExtractor();
    private final LineUnwrapper unwrapper = new LineUnwrapper();
    private final AttributionFinder attributions = new AttributionFinder(ATTRIBUTIONS);

    /** Parses decoded article text; never returns null, never throws on odd input. */
    public ParsedText parse(String text) {
        ReadAlsoSplitter.Split split = readAlso.split(TextLines.split(text));
        Metadata meta = metadata.extract(split.article());
        List<String> lines = meta.remaining();
        TitleExtractor.Title title = titles.extract(lines);
        List<String> paragraphs = unwrapper.paragraphs(lines.subList(Math.min(title.nextLine(), lines.size()),
                lines.size()));
        Attribution attribution = attributions.find(paragraphs);
        return new ParsedText(title.text(), String.join("\n\n", paragraphs), split.appended(), meta.publishedAt(),
                meta.sources(), meta.keywords(), attribution);
    }
}
