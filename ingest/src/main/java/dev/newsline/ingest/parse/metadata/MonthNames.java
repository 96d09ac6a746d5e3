package dev.newsline.ingest.parse.metadata;

import dev.newsline.ingest.parse.text.MarkerFile;
import dev.newsline.ingest.parse.text.MarkerText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Month names of the Gregorian and Solar Hijri calendars in our languages, from {@code months.txt}. */
final class MonthNames {

    /** Which calendar a month name belongs to. */
    enum Calendar { GREGORIAN, PERSIAN }

    /** A month: its calendar, its number (1–12), and how many words its name has. */
    record Month(Calendar calendar, int number, int words) {
    }

    private final Map<String, Month> byFoldedName = new HashMap<>();

    MonthNames() {
        for (String entry : MarkerFile.load("/dev/newsline/ingest/parse/months.txt").section("")) {
            int colon = entry.indexOf(':');
            String[] head = entry.substring(0, colon).strip().split(" ");
            Calendar calendar = head[0].equals("p") ? Calendar.PERSIAN : Calendar.GREGORIAN;
            int number = Integer.parseInt(head[1]);
            for (String name : entry.substring(colon + 1).split("\\|")) {
                String folded = MarkerText.fold(name);
                if (!folded.isEmpty()) {
                    byFoldedName.putIfAbsent(folded, new Month(calendar, number, folded.split(" ").length));
                }
            }
        }
    }

    /** The month named by the folded tokens starting at {@code i} (two-word names first), or null. */
    Month at(List<String> tokens, int i) {
        if (i + 1 < tokens.size()) {
            Month two = byFoldedName.get(tokens.get(i) + " " + tokens.get(i + 1));
            if (two != null) {
                return two;
            }
        }
        return byFoldedName.get(tokens.get(i));
    }
}
