package dev.newsline.ingest.parse.metadata;

import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import dev.newsline.ingest.limit.StepBudget;
import dev.newsline.ingest.parse.text.MarkerText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date written the way news sites write it, in any of our languages.
 *
 * <p>Accepted: ISO and numeric dates ({@code 2024-03-01}, {@code 2024/3/1}, {@code 01.03.2024}, {@code 1/3/2024}:
 * day first unless the first number cannot be a day-of-month… month), dates with month names in ar, fa, en, fr,
 * de, es, ru, tr, ur ({@code 1st, March 2024 GMT}, {@code March 1, 2024}, {@code 1 de marzo de 2024},
 * {@code ١ آذار ٢٠٢٤}), and Solar Hijri dates ({@code ۱۱ اسفند ۱۴۰۲}, {@code 1402/12/11}, years 1300–1499),
 * converted with ICU's {@link PersianCalendar}. When a value holds a Gregorian and another date, the Gregorian
 * one wins. Lunar Hijri dates ("25 شوال 1436 هـ") are not read. Native digits are read as ASCII. Values longer
 * than {@value #MAX_VALUE} characters are not read; the patterns (bounded quantifiers, one character class per
 * separator run) run in linear time, metered by the record's {@link StepBudget}.
 */
public final class PublicationDateParser {

    private static final Pattern YEAR_FIRST = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern YEAR_LAST = Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?!\\d)");
    private static final Pattern ORDINAL = Pattern.compile("(?<=\\d)(?:st|nd|rd|th|er|eme|e|º|ª|\\.)(?=\\s|,|$)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,،.\\-/()\\[\\]|:]+");
    static final int MAX_VALUE = 200;
    private static final String STEP = "publication date";

    private final MonthNames months = new MonthNames();

    /** The date in {@code value}, or null when there is none we can read. */
    public LocalDate parse(String value) {
        return parse(value, StepBudget.forText(value == null ? 0 : value.length()));
    }

    /**
     * The date in {@code value}, or null when there is none we can read.
     *
     * @throws dev.newsline.ingest.validate.InputRejectedException with TOO_COMPLEX when {@code budget} runs out
     */
    public LocalDate parse(String value, StepBudget budget) {
        if (value == null || value.isBlank() || value.length() > MAX_VALUE) {
            return null;
        }
        String folded = MarkerText.fold(value);
        LocalDate numeric = numeric(folded, budget);
        if (numeric != null) {
            return numeric;
        }
        return named(folded, budget);
    }

    private static LocalDate numeric(String s, StepBudget budget) {
        Matcher m = budget.matcher(YEAR_FIRST, s, STEP);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = budget.matcher(YEAR_LAST, s, STEP);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            // day first, as everywhere but the US; month first only when the second number cannot be a month
            return b > 12 && a <= 12 ? date(year, a, b) : date(year, b, a);
        }
        return null;
    }

    private LocalDate named(String s, StepBudget budget) {
        String cleaned = budget.matcher(ORDINAL, s, STEP).replaceAll("");
        List<String> tokens = new ArrayList<>();
        for (String t : SEPARATORS.split(budget.meter(cleaned, STEP))) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        LocalDate persian = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (isNumber(tokens.get(i))) {
                continue;
            }
            MonthNames.Month month = months.at(tokens, i);
            if (month == null) {
                continue;
            }
            int end = i + month.words();
            Integer day = number(tokens, i - 1, -1, 2, 1, 31);
            Integer year;
            if (day != null) {
                year = number(tokens, end, 1, 3, 1000, 9999);
            } else {
                day = number(tokens, end, 1, 2, 1, 31);
                year = number(tokens, end + (day == null ? 0 : 1), 1, 3, 1000, 9999);
            }
            if (day == null || year == null) {
                continue;
            }
            if (month.calendar() == MonthNames.Calendar.GREGORIAN) {
                LocalDate d = gregorian(year, month.number(), day);
                if (d != null) {
                    return d;
                }
            } else if (persian == null) {
                persian = persian(year, month.number(), day);
            }
        }
        return persian;
    }

    /** The first number within {@code reach} tokens from {@code from} in direction {@code step}, if in range. */
    private static Integer number(List<String> tokens, int from, int step, int reach, int min, int max) {
        for (int k = 0, i = from; k < reach && i >= 0 && i < tokens.size(); k++, i += step) {
            String t = tokens.get(i);
            if (isNumber(t)) {
                int v = Integer.parseInt(t);
                return v >= min && v <= max ? v : null;
            }
        }
        return null;
    }

    /** One to four ASCII digits. */
    private static boolean isNumber(String t) {
        if (t.isEmpty() || t.length() > 4) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(int year, int month, int day) {
        return year >= 1300 && year < 1500 ? persian(year, month, day) : gregorian(year, month, day);
    }

    private static LocalDate gregorian(int year, int month, int day) {
        if (year < 1800 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate persian(int year, int month, int day) {
        if (year < 1300 || year >= 1500 || month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) {
            return null;
        }
        PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE);
        calendar.clear();
        calendar.setLenient(false);
        calendar.set(year, month - 1, day);
        try {
            int julianDay = calendar.get(com.ibm.icu.util.Calendar.JULIAN_DAY);
            return LocalDate.ofEpochDay(julianDay - 2_440_588L);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
