package dev.newsline.ingest.parse;

import dev.newsline.ingest.limit.StepBudget;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a raw article as the feeds deliver it: title, re-joined body, metadata lines, "read also" tail.
 *
 * <p>Steps, in this order because each one needs the previous one's result: tidy the lines; cut the "read also"
 * tail (its own metadata lines belong to the other story); lift metadata lines out; take the title (joining a
 * split title); re-join the hard-wrapped rest into paragraphs; find the attribution at the start of the lead.
 * Every step is linear in the text; the few regular expressions (publication dates, attribution) read bounded
 * slices through a {@link StepBudget}.
 */
public final class RawTextParser {

    private static final MarkerFile MARKERS = MarkerFile.load("/dev/newsline/ingest/parse/markers.txt");
    private static final MarkerFile ATTRIBUTIONS = MarkerFile.load("/dev/newsline/ingest/parse/attribution.txt");

    private final ReadAlsoSplitter readAlso = new ReadAlsoSplitter(MARKERS);
    private final MetadataLineExtractor metadata = new MetadataLineExtractor(MARKERS);
    private final TitleExtractor titles = new TitleExtractor();
    private final LineUnwrapper unwrapper = new LineUnwrapper();
    private final AttributionFinder attributions = new AttributionFinder(ATTRIBUTIONS);

    /** Parses decoded article text; never returns null; on odd input, at most a TOO_COMPLEX rejection. */
    public ParsedText parse(String text) {
        return parse(null, text);
    }

    /** {@link #parse(String, String, StepBudget)} with the budget of a record of this title and body. */
    public ParsedText parse(String title, String body) {
        int chars = (title == null ? 0 : title.length()) + (body == null ? 0 : body.length());
        return parse(title, body, StepBudget.forText(chars));
    }

    /**
     * Parses an article whose title is known apart (the JSON form): {@code body} is read like raw text but none
     * of it is taken as the title. A null or blank {@code title} means "find it in the text", as {@link #parse(String)}.
     *
     * @throws dev.newsline.ingest.validate.InputRejectedException with TOO_COMPLEX when {@code budget} runs out
     */
    public ParsedText parse(String title, String body, StepBudget budget) {
        boolean titleGiven = title != null && !title.isBlank();
        List<String> titleLines = titleGiven ? TextLines.split(title) : List.of();
        List<String> bodyLines = TextLines.split(body);
        // a "read also" marker needs some text before it: the given title counts
        List<String> all = new ArrayList<>(titleLines);
        all.add("");
        all.addAll(bodyLines);
        ReadAlsoSplitter.Split split = readAlso.split(titleGiven ? all : bodyLines);
        List<String> article = titleGiven ? split.article().subList(Math.min(titleLines.size() + 1,
                split.article().size()), split.article().size()) : split.article();
        Metadata meta = metadata.extract(article, budget);
        List<String> lines = meta.remaining();
        String titleText;
        int from;
        if (titleGiven) {
            titleText = String.join(" ", titleLines.stream().filter(l -> !l.isEmpty()).toList());
            from = 0;
        } else {
            TitleExtractor.Title found = titles.extract(lines);
            titleText = found.text();
            from = Math.min(found.nextLine(), lines.size());
        }
        List<String> paragraphs = unwrapper.paragraphs(lines.subList(from, lines.size()));
        Attribution attribution = attributions.find(paragraphs, budget);
        return new ParsedText(titleText, String.join("\n\n", paragraphs), split.appended(), meta.publishedAt(),
                meta.sources(), meta.keywords(), attribution);
    }
}
